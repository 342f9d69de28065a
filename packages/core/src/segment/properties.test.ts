import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segmentSentences, sentenceBoundaries } from './index.ts';

const LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'ru', 'ja', 'zh', 'ar', 'hy', 'el', 'kk', 'da', 'sk', 'bg', 'fa', 'hi', 'und', 'xx', ''];

/** The pieces join back to the text, none is empty, and only a text of white space is one blank piece. */
function expectNonDestructive(text: string, lang: string): void {
  const pieces = segmentSentences(text, lang);
  expect(pieces.join('')).toBe(text);
  expect(pieces.every((piece) => piece !== '')).toBe(true);
  if (pieces.length > 1) expect(pieces.every((piece) => piece.trim() !== '')).toBe(true);
  const boundaries = sentenceBoundaries(text, lang);
  expect(boundaries.every((b, i) => b > (boundaries[i - 1] ?? 0) && b < text.length)).toBe(true);
}

/** The characters and words the rules look at, to be mixed at random. */
const piece = fc.constantFrom(
  ...[...'.!?。！？…．"\'()[]{}«»“”‘’„「」《》:;,،؟-–—•⁃'],
  ' ', '  ', '\n', '\r\n', '\t', '\u00a0', '\u3000', '\u202a', '\u202c',
  '0', '1', '12', '3.14', '1,000', '$100.00', '27.10.14',
  'a', 'A', 'I', 'word', 'Word', 'The', 'the', 'Smith', 'é', 'Ж', 'ж', 'ا', 'Ի', 'Ω', '日本', 'です', 'と',
  'Mr.', 'Dr.', 'e.g.', 'E.g.', 'U.S.', 'J.', 'a.m.', 'etc.', 'Co.', 'No.', 'z. B.', 'Nov..', 'Yahoo!',
  '1.', '2.', 'a.', 'b.', '1)', 'a)', '(i)', '(ii)', '1.)', '. . .', '...', '[...]', '[1]', '--"',
  'https://x.org/a.b?c=d', 'www.a.B.com', 'a@b.org', 'IP.rec',
);
const mixed = fc.array(piece, { maxLength: 80 }).map((parts) => parts.join(''));
const language = fc.constantFrom(...LANGUAGES);

describe('segmentSentences never loses, duplicates or invents a character', () => {
  it('for arbitrary strings (any UTF-16, lone surrogates included)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), language, expectNonDestructive), { numRuns: 1000 });
  });

  it('for strings in every script', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), language, expectNonDestructive), { numRuns: 500 });
  });

  it('for random mixes of the punctuation, numbers, URLs, abbreviations, CJK and white space its rules look at', () => {
    fc.assert(fc.property(mixed, language, expectNonDestructive), { numRuns: 3000 });
  });

  it('for any language tag', () => {
    fc.assert(fc.property(mixed, fc.string({ maxLength: 12 }), expectNonDestructive), { numRuns: 500 });
  });
});
