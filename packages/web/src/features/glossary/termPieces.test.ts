import { describe, expect, it } from 'vitest';
import { findTerms, glossaryTerm } from '@tessera/core';
import { termPieces } from './termPieces.ts';

const terms = [glossaryTerm({ source: 'judicial order', target: 'décision judiciaire' }), glossaryTerm({ source: 'data', target: 'données' })];

/** The pieces of each text part of a source, as `[text, marked?, first?]`. */
function cut(parts: string[]) {
  const matches = findTerms(parts.join(''), terms, 'en');
  let offset = 0;
  return parts.map((part) => {
    const pieces = termPieces(part, offset, matches);
    offset += part.length;
    return pieces.map((p) => [p.text, p.match?.term.source ?? null, p.first]);
  });
}

describe('marking terms in the parts of a source', () => {
  it('keeps the text as it is around the terms', () => {
    expect(cut(['An independent judicial order before any access to personal data.'])).toEqual([
      [
        ['An independent ', null, false],
        ['judicial order', 'judicial order', true],
        [' before any access to personal ', null, false],
        ['data', 'data', true],
        ['.', null, false],
      ],
    ]);
  });

  it('marks a term split by an inline code in both parts, describing it once', () => {
    // "An independent **judicial** order": the bold closes inside the term.
    expect(cut(['An independent judicial', ' order.'])).toEqual([
      [
        ['An independent ', null, false],
        ['judicial', 'judicial order', true],
      ],
      [
        [' order', 'judicial order', false],
        ['.', null, false],
      ],
    ]);
  });

  it('leaves a part without terms whole', () => {
    expect(cut(['Nothing here.'])).toEqual([[['Nothing here.', null, false]]]);
  });
});
