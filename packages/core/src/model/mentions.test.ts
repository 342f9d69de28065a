import { describe, expect, it } from 'vitest';
import { findMentions } from './mentions.ts';

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
