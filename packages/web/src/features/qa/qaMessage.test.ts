import { describe, expect, it } from 'vitest';
import { messageValues } from './qaMessage.ts';

describe('messageValues', () => {
  it('joins a finding’s lists as the UI language joins a list, and keeps numbers and words', () => {
    const values = { items: ['{name}', '%s'], count: 2, mark: '«' };
    expect(messageValues(values, 'en')).toEqual({ items: '{name} and %s', count: 2, mark: '«' });
    expect(messageValues({ items: ['2024', '12', '8'] }, 'en').items).toBe('2024, 12, and 8');
    expect(messageValues({ items: ['2024', '12', '8'] }, 'fr').items).toBe('2024, 12 et 8');
    expect(messageValues({ items: ['2024', '12'] }, 'ja').items).toBe('2024、12');
  });
});
