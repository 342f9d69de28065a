import { describe, expect, it } from 'vitest';
import { containsEmailAddress, creditLines } from './credits.ts';

describe('containsEmailAddress', () => {
  it.each([
    ['ana@example.org', true],
    ['Ana (ana.k@mail.example.com)', true],
    ['Ana K.', false],
    ['@ana_translates', false],
    ['Ana at example dot org', false],
  ])('%s → %s', (text, expected) => {
    expect(containsEmailAddress(text)).toBe(expected);
  });
});

describe('creditLines', () => {
  it('credits translators then reviewers, each under their chosen name, in the language’s order', () => {
    const lines = creditLines(
      [
        { name: 'Zoé', roles: ['translator'] },
        { name: 'Émile', roles: ['translator', 'reviewer'] },
        { name: 'Kei', roles: ['reviewer'] },
      ],
      'fr',
    );
    expect(lines).toEqual([
      { role: 'translator', name: 'Émile' },
      { role: 'translator', name: 'Zoé' },
      { role: 'reviewer', name: 'Émile' },
      { role: 'reviewer', name: 'Kei' },
    ]);
  });

  it('never shows a name that holds an e-mail address', () => {
    expect(creditLines([{ name: 'ana@example.org', roles: ['translator'] }], 'en')).toEqual([]);
  });
});
