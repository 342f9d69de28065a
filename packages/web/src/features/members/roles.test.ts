import { describe, expect, it } from 'vitest';
import { inviteLanguages, summarizeMembers } from './roles.ts';

describe('summarizeMembers', () => {
  it('lists each person once, with each role and its languages', () => {
    const people = summarizeMembers([
      { userId: 3, name: 'Kenji Sato', email: 'kenji@example.org', role: 'translator', lang: 'ja' },
      { userId: 2, name: 'Ana Lima', email: 'ana@example.org', role: 'reviewer', lang: 'fr' },
      { userId: 3, name: 'Kenji Sato', email: 'kenji@example.org', role: 'reviewer', lang: null },
      { userId: 2, name: 'Ana Lima', email: 'ana@example.org', role: 'translator', lang: 'fr' },
      { userId: 2, name: 'Ana Lima', email: 'ana@example.org', role: 'reviewer', lang: 'es' },
    ]);
    expect(people).toEqual([
      {
        userId: 2,
        name: 'Ana Lima',
        email: 'ana@example.org',
        roles: [
          { role: 'translator', langs: ['fr'] },
          { role: 'reviewer', langs: ['es', 'fr'] },
        ],
      },
      {
        userId: 3,
        name: 'Kenji Sato',
        email: 'kenji@example.org',
        roles: [
          { role: 'translator', langs: ['ja'] },
          { role: 'reviewer', langs: null },
        ],
      },
    ]);
  });
});

describe('inviteLanguages', () => {
  it('names the chosen languages, or none for every language and for coordinators', () => {
    expect(inviteLanguages('translator', false, ['fr'])).toEqual(['fr']);
    expect(inviteLanguages('reviewer', true, ['fr'])).toBeNull();
    expect(inviteLanguages('coordinator', false, ['fr'])).toBeNull();
  });
});
