import { describe, expect, it } from 'vitest';
import { findMentions, replaceMentionsOf } from './mentions.ts';

const people = [
  { id: 1, name: 'Ana Lima', email: 'ana.lima@example.org' },
  { id: 2, name: 'Kenji Sato', email: 'k.sato@example.org' },
  { id: 3, name: 'Ana Costa', email: 'acosta@example.org' },
];

describe('findMentions', () => {
  it.each([
    ['@ana.lima please check', [1]],
    ['@AnaLima and @k.sato', [1, 2]],
    ['@kenji, thoughts?', [2]],
    ['@ana is ambiguous', []],
    ['mail me at someone@example.org', []],
    ['@nobody here', []],
    ['@acosta @acosta twice', [3]],
  ])('%s → %j', (body, ids) => {
    expect(findMentions(body, people).map((p) => p.id)).toEqual(ids);
  });
});

describe('replaceMentionsOf', () => {
  it('rewrites every handle naming the person, and only those', () => {
    const ana = people[0]!;
    expect(replaceMentionsOf('@ana.lima, @AnaLima and @Ana. Also @k.sato and ana@example.org.', ana, 'former volunteer')).toBe(
      '@former volunteer, @former volunteer and @former volunteer. Also @k.sato and ana@example.org.',
    );
    expect(replaceMentionsOf('nothing here', ana, 'former volunteer')).toBe('nothing here');
  });
});
