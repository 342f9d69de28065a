import { describe, expect, it } from 'vitest';
import { daysUntil, deadlineFromInput, deadlineStatus } from './deadline.ts';

const today = new Date(2026, 2, 10, 23, 30); // 10 March 2026, late in the evening, local time

describe('deadlines', () => {
  it('count whole calendar days from today, whatever the hour', () => {
    expect(daysUntil('2026-03-15', today)).toBe(5);
    expect(daysUntil('2026-03-11', today)).toBe(1);
    expect(daysUntil('2026-03-10', today)).toBe(0);
    expect(daysUntil('2026-03-08', today)).toBe(-2);
    expect(daysUntil('2026-04-01', today)).toBe(22);
    expect(daysUntil('15/03/2026', today)).toBeNull();
  });

  it('say “due in 5 days” and “overdue by 2 days” in the UI language', () => {
    expect(deadlineStatus('2026-03-15', today, 'en')).toEqual({ kind: 'due', days: 5, relative: 'in 5 days' });
    expect(deadlineStatus('2026-03-11', today, 'en')).toMatchObject({ relative: 'tomorrow' });
    expect(deadlineStatus('2026-03-10', today, 'en')).toMatchObject({ kind: 'due', days: 0, relative: 'today' });
    expect(deadlineStatus('2026-03-08', today, 'en')).toEqual({ kind: 'overdue', days: 2, overdue: '2 days' });
    expect(deadlineStatus('2026-03-15', today, 'ja')).toMatchObject({ relative: '5 日後' });
    expect(deadlineStatus('2026-03-15', today, 'fr')).toMatchObject({ relative: 'dans 5 jours' });
    expect(deadlineStatus('2026-03-09', today, 'es')).toEqual({ kind: 'overdue', days: 1, overdue: '1 día' });
    expect(deadlineStatus('soon', today, 'en')).toBeNull();
  });

  it('read a date field: a full date, or nothing to clear the deadline', () => {
    expect(deadlineFromInput('2026-12-24')).toBe('2026-12-24');
    expect(deadlineFromInput('')).toBeNull();
  });
});
