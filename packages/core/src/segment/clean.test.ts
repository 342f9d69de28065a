import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText, segmentSentences, type CleanOptions } from './index.ts';

/** [language, text, options, cleaned text] */
type Case = [string, string, CleanOptions, string];

const PDF: CleanOptions = { docType: 'pdf' };

const rules: Record<string, Case[]> = {
  'an errant line break becomes a space: white space before it, and a lowercase letter or a bracket after it': [
    ['en', 'It was a cold \nnight in the city.', {}, 'It was a cold night in the city.'],
    ['en', 'the hammer falls initiating \na shot.', {}, 'the hammer falls initiating a shot.'],
    ['en', 'up to 400 yd \n( 365.8 m ).', {}, 'up to 400 yd ( 365.8 m ).'],
    ['de', 'Schwangere Frauen sollten während der \nersten drei Monate', {}, 'Schwangere Frauen sollten während der ersten drei Monate'],
    ['ru', 'Он сказал, что \nпридёт завтра.', {}, 'Он сказал, что придёт завтра.'],
  ],
  'a line break that ends a line on purpose stays': [
    ['en', 'features\ncontact manager\nevents, activities\n', {}, 'features\ncontact manager\nevents, activities'],
    ['en', 'This is a sentence\ncut off in the middle because pdf.', {}, 'This is a sentence\ncut off in the middle because pdf.'],
    ['en', 'Signatories \nDouwe Korff', {}, 'Signatories\nDouwe Korff'],
    ['en', 'It ends here. \nand goes on', {}, 'It ends here.\nand goes on'],
    ['en', 'He said "Stop." \nthen he left', {}, 'He said "Stop."\nthen he left'],
    ['en', 'We demand: \na) one thing \nb) another', {}, 'We demand:\na) one thing\nb) another'],
    ['en', 'Items \n(iv) the fourth', {}, 'Items\n(iv) the fourth'],
    ['en', 'One paragraph \n\nanother paragraph', {}, 'One paragraph\n\nanother paragraph'],
    ['ar', 'هذه جملة \nتستمر هنا', {}, 'هذه جملة\nتستمر هنا'],
  ],
  'PDF text (hard-wrapped lines): either sign joins the lines': [
    ['en', 'This is a sentence\ncut off in the middle because pdf.', PDF, 'This is a sentence cut off in the middle because pdf.'],
    ['de', 'Andere \nFischsorten weisen einen erhöhten Quecksilbergehalt \nauf.', PDF, 'Andere Fischsorten weisen einen erhöhten Quecksilbergehalt auf.'],
    ['es', 'la Ingeniera LAURA MILENA LEÓN \nSANDOVAL, identificada', PDF, 'la Ingeniera LAURA MILENA LEÓN SANDOVAL, identificada'],
    ['en', 'in Bangalore – \nIndia.', PDF, 'in Bangalore – India.'],
    ['ar', 'هذه جملة \nتستمر هنا', PDF, 'هذه جملة تستمر هنا'],
    ['en', 'A title\nThe text starts here.', PDF, 'A title\nThe text starts here.'],
    ['en', 'It ends here. \nThe next one.', PDF, 'It ends here.\nThe next one.'],
    ['en', '• 9. Stop smoking \n• 10. Get some rest \n \nYou have the best chance if you follow \na few simple guidelines:  \n\n1. Organise your care early',
      PDF, '• 9. Stop smoking\n• 10. Get some rest\n\nYou have the best chance if you follow a few simple guidelines:\n\n1. Organise your care early'],
  ],
  'between CJK characters the break goes, without a space, after a comma or a linking particle (and always in a PDF)': [
    ['ja', 'これは父の\n家です。', {}, 'これは父の家です。'],
    ['ja', 'フフーの\n主たる債務', {}, 'フフーの主たる債務'],
    ['ja', '本を \n読みました。', {}, '本を読みました。'],
    ['zh', '他们步入入境大厅时神情落寞，\n不发一语。', {}, '他们步入入境大厅时神情落寞，不发一语。'],
    ['ja', 'これは山です \nこれは山です \nこれは山です（「これは山です」） \n', {}, 'これは山です\nこれは山です\nこれは山です（「これは山です」）'],
    ['ja', 'はじめに\n本書は', {}, 'はじめに\n本書は'],
    ['ja', '東京で、\n1.）次の項目', {}, '東京で、\n1.）次の項目'],
    ['ja', '条約を拒否する。\n人権を守れ！', {}, '条約を拒否する。\n人権を守れ！'],
    ['zh', '我们今天去\n公园玩', {}, '我们今天去\n公园玩'],
    ['zh', '我们今天去\n公园玩', PDF, '我们今天去公园玩'],
    ['ja', 'これは山です \nこれは山です', PDF, 'これは山ですこれは山です'],
    ['ko', '안녕하세요 \n반갑습니다', {}, '안녕하세요\n반갑습니다'],
    ['ko', '안녕하세요 \n반갑습니다', PDF, '안녕하세요 반갑습니다'],
  ],
  'a line of only sentence punctuation belongs to the line before': [
    ['en', 'See our services or contact us for pricing\n.\n\n\nPricing Additional Info\n', {}, 'See our services or contact us for pricing.\n\nPricing Additional Info'],
    ['en', 'contact us for pricing\n. Pricing Additional Info', {}, 'contact us for pricing. Pricing Additional Info'],
    ['en', 'Really\n?!', {}, 'Really?!'],
    ['en', 'We use\n.NET here', {}, 'We use\n.NET here'],
  ],
  'white space: runs of three or more become one space, lines are trimmed, blank lines become one': [
    ['en', 'Git rid of   unnecessary white space.', {}, 'Git rid of unnecessary white space.'],
    ['en', '*       *       *', {}, '* * *'],
    ['en', 'Tel.  (57-1) 3239300. It has  two spaces.', {}, 'Tel.  (57-1) 3239300. It has  two spaces.'],
    ['en', '        DOWN THE RABBIT-HOLE\n\n        Alice was beginning', {}, 'DOWN THE RABBIT-HOLE\n\nAlice was beginning'],
    ['en', '\n \nOne\n \n \n\n\nTwo\n\n', {}, 'One\n\nTwo'],
    ['en', 'One.\r\nTwo.\rThree.\u2028Four.\fFive.\u2029Six.', {}, 'One.\nTwo.\nThree.\nFour.\nFive.\n\nSix.'],
    ['fr', 'Il a dit\u00a0: «\u00a0Non\u202f!\u00a0»', {}, 'Il a dit\u00a0: «\u00a0Non\u202f!\u00a0»'],
    ['en', '  \n \t ', {}, ''],
    ['en', '', {}, ''],
  ],
  'markup: tags go, block tags become a paragraph break': [
    ['en', 'This is the U.S. Senate my friends. <em>Yes.</em> <em>It is</em>!', {}, 'This is the U.S. Senate my friends. Yes. It is!'],
    ['en', '<h2 class="lined">Hello</h2>\n<p>This is a test. Another test.</p>\n<div class="center"><p>\n<img src="/images/content/example.jpg">\n</p></div>', {},
      'Hello\n\nThis is a test. Another test.'],
    ['en', '<p>One.</p><p>Two.</p>', {}, 'One.\n\nTwo.'],
    ['en', 'Line one<br/>line two', {}, 'Line one\n\nline two'],
    ['en', '<bpt i="0" type="bold">&lt;b&gt;</bpt>J1.txt<ept i="1">&lt;/b&gt;</ept>', {}, 'J1.txt'],
    ['en', 'A &lt;a href="x"&gt;link&lt;/a&gt; here', {}, 'A link here'],
    ['en', '<b></b>', {}, ''],
    ['en', 'If x < y and y > z, then x <= z.', {}, 'If x < y and y > z, then x <= z.'],
    ['en', 'a <-- b and 3<4', {}, 'a <-- b and 3<4'],
    ['en', 'Write AT&amp;T, &lt; and &gt; as they are.', {}, 'Write AT&amp;T, &lt; and &gt; as they are.'],
  ],
  'not done (not general, or they would change the words)': [
    ['en', 'Hello World. \\r\\n Hello.', {}, 'Hello World. \\r\\n Hello.'],
    ['en', 'Hello{b^&gt;1&lt;b^} hello{b^>1<b^}.', {}, 'Hello{b^&gt;1&lt;b^} hello{b^>1<b^}.'],
    ['en', 'About Me.............5', {}, 'About Me.............5'],
    ['en', 'Remove long strings of dots........please.', {}, 'Remove long strings of dots........please.'],
    ['en', '\nW\nA\nRN\nI\nNG\n', {}, 'W\nA\nRN\nI\nNG'],
    ['en', '\n3\n\nIntroduction\n\n', {}, '3\n\nIntroduction'],
    ['en', '__________\nEl Board', {}, '__________\nEl Board'],
  ],
};

describe('cleanText', () => {
  for (const [rule, cases] of Object.entries(rules)) {
    describe(rule, () => {
      it.each(cases)('[%s] %j %j', (lang, text, options, expected) => {
        expect(cleanText(text, lang, options)).toBe(expected);
      });
    });
  }
});

describe('segmentSentences in clean mode', () => {
  it('segments the cleaned text; the default mode is unchanged', () => {
    expect(segmentSentences('これは父の\n家です。', 'ja', { clean: true })).toEqual(['これは父の家です。']);
    expect(segmentSentences('これは父の\n家です。', 'ja')).toEqual(['これは父の\n', '家です。']);
    expect(segmentSentences('これは父の\n家です。', 'ja', {})).toEqual(['これは父の\n', '家です。']);
    expect(segmentSentences('これは父の\n家です。', 'ja', { clean: false })).toEqual(['これは父の\n', '家です。']);
    expect(segmentSentences('This is a sentence\ncut off here. Next.', 'en', { clean: true, docType: 'pdf' })).toEqual([
      'This is a sentence cut off here. ',
      'Next.',
    ]);
    expect(segmentSentences('<p>One.</p><p>Two</p>', 'en', { clean: true })).toEqual(['One.\n\n', 'Two']);
    expect(segmentSentences('<b></b>', 'en', { clean: true })).toEqual([]);
  });

  it('takes about the same time per character on a long text (linear)', () => {
    const paragraph = 'It was a cold \nnight in the city.   <em>Yes.</em> これは父の\n家です。\n\n';
    const time = (text: string): number => {
      const started = performance.now();
      segmentSentences(text, 'en', { clean: true });
      return performance.now() - started;
    };
    time(paragraph.repeat(2000));
    const small = time(paragraph.repeat(5000));
    const large = time(paragraph.repeat(20_000));
    expect(large / small).toBeLessThan(12);
    for (const evil of ['<a'.repeat(50_000), `<a${' '.repeat(100_000)}`, `&lt;a ${'x'.repeat(100_000)}`, 'x \n'.repeat(50_000)]) {
      const started = performance.now();
      cleanText(evil, 'en');
      expect(performance.now() - started).toBeLessThan(2000);
    }
  });
});

// ── properties ──────────────────────────────────────────────────────────────────────────────────────

const LANGUAGES = ['en', 'de', 'fr', 'es', 'ru', 'ja', 'zh', 'ko', 'ar', 'hy', 'el', 'kk', 'und'];
const language = fc.constantFrom(...LANGUAGES);
const options = fc.constantFrom<CleanOptions>({}, { docType: 'pdf' }, { docType: null });

/** White space as cleaning sees it: JavaScript's `\s`, and NEL, which it treats as a line break. */
const withoutWhiteSpace = (text: string): string => text.replace(/[\s\u0085]/gu, '');

/** The pieces of text the rules look at, with no `<` or `&` (so no markup). */
const piece = fc.constantFrom(
  ' ', '  ', '   ', '\t', '\n', '\n\n', ' \n', '\n \n', '\r\n', '\r', '\f', '\v', '\u0085', '\u2028', '\u2029', '\u00a0', '\u3000',
  '.', '!', '?', '。', '！', '…', '、', '，', '"', "'", '”', '」', '(', ')', '[', '（', '）', '•', '-', '* ', '・', '※', '①',
  'a', 'A', 'word', 'Word', 'the', 'I', 'é', 'Ж', 'ж', 'ا', 'Ի', 'の', 'を', 'です', '家', '山', 'フ', '안녕', '1', '12', '1.', 'a)', '(iv)', '1.）',
  'Mr.', 'e.g.', 'U.S.', '>', '/', '=', '"x"',
);
const textWithoutMarkup = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(''));
const anyTextWithoutMarkup = fc.oneof(
  textWithoutMarkup,
  fc.string({ unit: 'binary', maxLength: 200 }).map((text) => text.replace(/[<&]/g, '')),
  fc.string({ unit: 'grapheme', maxLength: 120 }).map((text) => text.replace(/[<&]/g, '')),
);

/** Tags as the markup rule recognises them: opening, closing, empty, with attributes, escaped. */
const tagName = fc.constantFrom('p', 'div', 'br', 'em', 'b', 'span', 'h2', 'img', 'bpt', 'ept', 'a', 'li', 'x:y');
const attributes = fc.constantFrom('', ' class="lined"', ' i="0" type="bold"', " href='x.html?a=1'", ' hidden', '\n  id="z"');
const tag = fc
  .tuple(tagName, attributes, fc.constantFrom('open', 'close', 'empty'), fc.boolean())
  .map(([name, attrs, kind, escaped]) => {
    const inner = kind === 'close' ? `/${name}` : kind === 'empty' ? `${name}${attrs}/` : `${name}${attrs}`;
    return escaped ? `&lt;${inner}&gt;` : `<${inner}>`;
  });

describe('clean mode, properties', () => {
  it('never throws, and changes only white space in text without markup', () => {
    fc.assert(
      fc.property(anyTextWithoutMarkup, language, options, (text, lang, opts) => {
        const cleaned = cleanText(text, lang, opts);
        expect(withoutWhiteSpace(cleaned)).toBe(withoutWhiteSpace(text));
        const pieces = segmentSentences(text, lang, { ...opts, clean: true });
        expect(withoutWhiteSpace(pieces.join(''))).toBe(withoutWhiteSpace(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('removes markup tags whole and keeps everything else but white space', () => {
    const interleaved = fc.array(fc.tuple(textWithoutMarkup, tag), { maxLength: 8 }).chain((pairs) =>
      textWithoutMarkup.map((last) => ({ text: pairs.map(([t, g]) => t + g).join('') + last, kept: pairs.map(([t]) => t).join('') + last })),
    );
    fc.assert(
      fc.property(interleaved, language, options, ({ text, kept }, lang, opts) => {
        expect(withoutWhiteSpace(cleanText(text, lang, opts))).toBe(withoutWhiteSpace(kept));
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on any string, and only deletes: what it keeps is a subsequence of the input', () => {
    const isSubsequence = (small: string, big: string): boolean => {
      let k = 0;
      for (let i = 0; i < big.length && k < small.length; i++) if (big[i] === small[k]) k++;
      return k === small.length;
    };
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 150 })), language, options, (text, lang, opts) => {
        const cleaned = cleanText(text, lang, opts);
        expect(isSubsequence(withoutWhiteSpace(cleaned), withoutWhiteSpace(text))).toBe(true);
        expect(segmentSentences(text, lang, { ...opts, clean: true }).join('')).toBe(cleaned);
      }),
      { numRuns: 2000 },
    );
  });

  it('is idempotent on text without markup, and its pieces join back to the cleaned text', () => {
    fc.assert(
      fc.property(anyTextWithoutMarkup, language, options, (text, lang, opts) => {
        const cleaned = cleanText(text, lang, opts);
        expect(cleanText(cleaned, lang, opts)).toBe(cleaned);
        const pieces = segmentSentences(text, lang, { ...opts, clean: true });
        expect(pieces.join('')).toBe(cleaned);
        expect(pieces.every((p) => p.trim() !== '')).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
