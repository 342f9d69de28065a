import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Content, InlineCode } from '@tessera/core';
import { codesOf, codeToken, contentToEditable, editableToContent, formattingChoices, insertFormatting, memoryToEditable, missingCodes } from './formatting.ts';

const bold: InlineCode = { kind: 'open', id: '1', name: 'b' };
const boldEnd: InlineCode = { kind: 'close', id: '1', name: 'b' };
const link: InlineCode = { kind: 'open', id: '2', name: 'a', attrs: { href: 'https://example.org/' } };
const linkEnd: InlineCode = { kind: 'close', id: '2', name: 'a' };
const br: InlineCode = { kind: 'standalone', id: '3', name: 'br' };
const source: Content = ['We ', bold, 'demand', boldEnd, ' the ', link, 'release', linkEnd, ' now.', br, 'Signed'];

describe('contentToEditable / editableToContent', () => {
  it('writes codes as short tokens and reads them back as the source’s codes', () => {
    expect(contentToEditable(source)).toBe('We {1}demand{/1} the {2}release{/2} now.{3/}Signed');
    const typed = 'Nous {1}exigeons{/1} la {2}libération{/2} maintenant.{3/}Signé';
    expect(editableToContent(typed, codesOf(source))).toEqual(['Nous ', bold, 'exigeons', boldEnd, ' la ', link, 'libération', linkEnd, ' maintenant.', br, 'Signé']);
  });

  it('keeps the source’s code objects, attributes included', () => {
    const [, code] = editableToContent('x {2}y{/2}', codesOf(source));
    expect(code).toBe(link);
  });

  it('doubles a brace of the text so it is not read as a token', () => {
    expect(contentToEditable(['a {1} b'])).toBe('a {{1} b');
    expect(editableToContent('a {{1} b', codesOf(source))).toEqual(['a {1} b']);
  });

  it('leaves unknown tokens, wrong kinds and lone braces as text', () => {
    expect(editableToContent('x {9} y {1/} z { w {/', codesOf(source))).toEqual(['x {9} y {1/} z { w {/']);
    expect(editableToContent('{/1/}', codesOf(source))).toEqual(['{/1/}']);
  });

  it('leaves out codes the translator deleted', () => {
    expect(editableToContent('Nous exigeons{/1}', codesOf(source))).toEqual(['Nous exigeons', boldEnd]);
    expect(editableToContent('', codesOf(source))).toEqual([]);
  });

  it('writes ids that hold token characters escaped', () => {
    const odd: InlineCode = { kind: 'standalone', id: 'a/b}{ %', name: 'x' };
    expect(codeToken(odd)).toBe('{a%002fb%007d%007b%0020%0025/}');
    expect(editableToContent(contentToEditable(['x', odd]), [odd])).toEqual(['x', odd]);
  });

  /** Random content: text with braces and the like between codes taken from one set, so a kind and id name one code. */
  const contentArbitrary = fc
    .uniqueArray(fc.oneof(fc.string({ maxLength: 4 }), fc.constantFrom('1', '2', '10', 'g1', 'x-2')), { maxLength: 4 })
    .chain((ids) => {
      const codes: InlineCode[] = ids.flatMap((id, index): InlineCode[] =>
        index % 2 === 0
          ? [
              { kind: 'open' as const, id, name: 'b' },
              { kind: 'close' as const, id, name: 'b' },
            ]
          : [{ kind: 'standalone' as const, id, name: 'br', attrs: { title: '{x}' } }],
      );
      const text = fc.string({ unit: fc.constantFrom('a', ' ', '{', '}', '/', '%', '{1}', '{{', 'é', '語'), maxLength: 6 });
      const part = codes.length > 0 ? fc.oneof(text, fc.constantFrom(...codes)) : text;
      return fc.array(part, { maxLength: 10 });
    })
    .map((parts) => {
      // Content as the app holds it: no empty strings, no two strings in a row.
      const content: Content = [];
      for (const part of parts) {
        const last = content.at(-1);
        if (part === '') continue;
        if (typeof part === 'string' && typeof last === 'string') content[content.length - 1] = last + part;
        else content.push(part);
      }
      return content;
    });

  it('makes the round trip for any content', () => {
    fc.assert(
      fc.property(contentArbitrary, (content) => {
        expect(editableToContent(contentToEditable(content), codesOf(content))).toEqual(content);
      }),
      { numRuns: 500 },
    );
  });
});

describe('Insert formatting', () => {
  it('offers the source’s codes the translation does not have yet, a pair once', () => {
    expect(missingCodes('', codesOf(source))).toEqual([bold, boldEnd, link, linkEnd, br]);
    expect(formattingChoices('Nous {1}exigeons{/1}', codesOf(source))).toEqual([
      { code: link, close: linkEnd },
      { code: br, close: null },
    ]);
    expect(formattingChoices('a {/2} b', codesOf(source)).map((c) => c.code)).toEqual([bold, link, br]);
  });

  it('puts a pair around the selection, and a standalone code at the caret', () => {
    const text = 'Nous exigeons la libération';
    const pair = insertFormatting(text, 5, 13, { code: bold, close: boldEnd }, codesOf(source));
    expect(pair).toEqual({ text: 'Nous {1}exigeons{/1} la libération', selectionStart: 8, selectionEnd: 16 });
    const caret = insertFormatting(text, 4, 4, { code: br, close: null }, codesOf(source));
    expect(caret).toEqual({ text: 'Nous{3/} exigeons la libération', selectionStart: 8, selectionEnd: 8 });
  });

  it('adds only the missing half of a pair', () => {
    const result = insertFormatting('Nous {1}exigeons', 16, 16, { code: bold, close: boldEnd }, codesOf(source));
    expect(result.text).toBe('Nous {1}exigeons{/1}');
  });
});

describe('memoryToEditable', () => {
  it('keeps the codes of a match that fit the source’s, as tokens the save reads back', () => {
    const match: Content = ['Nous ', { ...bold }, 'exigeons', { ...boldEnd }, ' {maintenant}.'];
    const text = memoryToEditable(match, codesOf(source));
    expect(text).toBe('Nous {1}exigeons{/1} {{maintenant}.');
    expect(editableToContent(text, codesOf(source))).toEqual(['Nous ', bold, 'exigeons', boldEnd, ' {maintenant}.']);
  });

  it('drops the codes of a match that the source does not have, keeping its text', () => {
    const italic: InlineCode = { kind: 'open', id: '1', name: 'i' };
    expect(memoryToEditable(['Nous ', italic, 'exigeons', { kind: 'close', id: '1', name: 'i' }, '.'], codesOf(source))).toBe('Nous exigeons.');
    expect(memoryToEditable(['Nous ', { kind: 'open', id: '9', name: 'b' }, 'exigeons.'], codesOf(source))).toBe('Nous exigeons.');
    expect(memoryToEditable(['Nous ', bold, 'exigeons', boldEnd, '.'], [])).toBe('Nous exigeons.');
  });
});
