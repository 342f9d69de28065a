import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segmentSentences } from './index.ts';

describe('segmentSentences', () => {
  // [language, text, expected pieces]
  const cases: [string, string, string[]][] = [
    ['en', 'One sentence. Another one! A third? Yes.', ['One sentence. ', 'Another one! ', 'A third? ', 'Yes.']],
    ['en', 'It ends here.  Two spaces stay with it.', ['It ends here.  ', 'Two spaces stay with it.']],
    // abbreviations
    ['en', 'Some states, e.g. Jordan, object. Others agree.', ['Some states, e.g. Jordan, object. ', 'Others agree.']],
    ['en', 'Rights, i.e. Human rights, come first.', ['Rights, i.e. Human rights, come first.']],
    ['en', 'Mr. Smith and Dr. Jones met Prof. Lee. They talked.', ['Mr. Smith and Dr. Jones met Prof. Lee. ', 'They talked.']],
    ['en', 'See No. 5 and Art. 12 of the draft. It matters.', ['See No. 5 and Art. 12 of the draft. ', 'It matters.']],
    ['en', 'Apples, pears, etc. Fruit is good.', ['Apples, pears, etc. Fruit is good.']],
    ['en', 'E.g. This one stays whole.', ['E.g. This one stays whole.']],
    ['en', 'Read it (cf. Annex A) first.', ['Read it (cf. Annex A) first.']],
    // initials
    ['en', 'The U.S. Government and the U.N. Secretariat spoke.', ['The U.S. Government and the U.N. Secretariat spoke.']],
    ['en', 'J. R. R. Tolkien wrote it. He was English.', ['J. R. R. Tolkien wrote it. ', 'He was English.']],
    // numbers, URLs, e-mail addresses and names with dots
    ['en', 'Pi is 3.14 and 1.000.000 is large. Fine.', ['Pi is 3.14 and 1.000.000 is large. ', 'Fine.']],
    ['en', 'See https://example.org/a.b?Page=2#Top. Then go.', ['See https://example.org/a.b?Page=2#Top. ', 'Then go.']],
    ['en', 'Write to info@example.org. We answer.', ['Write to info@example.org. ', 'We answer.']],
    ['en', 'Signed by IP.rec and Epicenter.works today.', ['Signed by IP.rec and Epicenter.works today.']],
    // quotes
    ['en', 'They said “Stop.” Then they left.', ['They said “Stop.” ', 'Then they left.']],
    // Chinese and Japanese full stops break without a space
    ['ja', '条約を拒否する。人権を守れ！本当か？はい。', ['条約を拒否する。', '人権を守れ！', '本当か？', 'はい。']],
    ['ja', '「止めて！」と言った。次に進む。', ['「止めて！」と言った。', '次に進む。']],
    ['ja', '「止めて！」次に進む。', ['「止めて！」', '次に進む。']],
    ['zh', '我们反对。请修改！', ['我们反对。', '请修改！']],
    // other languages' abbreviations
    ['de', 'Das gilt z.B. Für alle. Ende.', ['Das gilt z.B. Für alle. ', 'Ende.']],
    ['es', 'El Sr. García habló. Luego calló.', ['El Sr. García habló. ', 'Luego calló.']],
    // edges
    ['en', '', []],
    ['en', '   ', ['   ']],
    ['en', 'No final stop', ['No final stop']],
    ['xx-invalid-tag!', 'Still works. Yes.', ['Still works. ', 'Yes.']],
  ];

  it.each(cases)('[%s] %j', (lang, text, expected) => {
    expect(segmentSentences(text, lang)).toEqual(expected);
  });

  it('gives the same pieces for a long text as for its parts (it is segmented a window at a time)', () => {
    const paragraph = 'The U.S. delegation spoke first. Mr. Smith agreed, e.g. On data. See https://example.org/x?y=1. Done! ';
    const one = segmentSentences(paragraph, 'en');
    expect(one).toHaveLength(4);
    const repeated = paragraph.repeat(300);
    expect(segmentSentences(repeated, 'en')).toEqual(Array.from({ length: 300 }, () => one).flat());
  });

  it('finds boundaries after a sentence longer than a window', () => {
    const long = `${'word '.repeat(3000)}end. Next sentence.`;
    expect(segmentSentences(long, 'en')).toEqual([`${'word '.repeat(3000)}end. `, 'Next sentence.']);
  });

  it('is fast on a 5 MB line of sentences', () => {
    const text = 'A sentence of some length, as a statement has. '.repeat(110_000);
    const start = Date.now();
    expect(segmentSentences(text, 'en')).toHaveLength(110_000);
    expect(Date.now() - start).toBeLessThan(3000);
  });
});

describe('segmentSentences is non-destructive', () => {
  const check = (text: string): void => {
    const pieces = segmentSentences(text, 'en');
    expect(pieces.join('')).toBe(text);
    expect(pieces.every((piece) => piece.length > 0)).toBe(true);
  };

  it('for arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), check), { numRuns: 500 });
  });

  it('for strings made of the pieces its rules look at', () => {
    const piece = fc.constantFrom(
      'Mr.', 'e.g.', 'E.g.', 'U.S.', 'J.', '3.14', 'https://x.org/a?b=c', 'a@b.org', 'IP.rec', 'word', 'Word',
      '.', '?', '!', '。', '！', '」', '“', '”', '(', ')', ' ', '  ', '\n', '\u00a0', '\u3000', '\t',
    );
    fc.assert(fc.property(fc.array(piece, { maxLength: 60 }).map((parts) => parts.join('')), check), { numRuns: 1000 });
  });
});
