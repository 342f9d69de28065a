import { describe, expect, it } from 'vitest';
import { CHECKS } from '@tessera/core';
import { QA_CHECKS, qaLines } from './qaLabels.ts';
import en from '../../../../../locales/en/ui.json';

describe('qaLines', () => {
  it('names every check the core runs, with a message in the catalogue', () => {
    expect([...QA_CHECKS].sort()).toEqual(CHECKS.map((check) => check.id).sort());
    for (const check of QA_CHECKS) expect(en.qa.checks[check]).toMatch(/\w/);
  });

  it('maps known checks to their catalogue key and keeps the server’s message as the detail', () => {
    expect(
      qaLines([
        { check: 'numbers', message: 'The number 2026 is missing.' },
        { check: 'end-punctuation', message: 'The source ends with “.”.' },
      ]),
    ).toEqual([
      { check: 'numbers', key: 'qa.checks.numbers', detail: 'The number 2026 is missing.' },
      { check: 'end-punctuation', key: 'qa.checks.end-punctuation', detail: 'The source ends with “.”.' },
    ]);
  });

  it('shows an unknown check by the server’s message alone, and each check once', () => {
    expect(
      qaLines([
        { check: 'glossary', message: 'Use “encryption”.' },
        { check: 'urls', message: 'A link is missing.' },
        { check: 'urls', message: 'Another link is missing.' },
      ]),
    ).toEqual([
      { check: 'glossary', key: null, detail: 'Use “encryption”.' },
      { check: 'urls', key: 'qa.checks.urls', detail: 'A link is missing.' },
    ]);
  });
});
