import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  dropUnstorable,
  dropUnstorableFromContent,
  firstUnstorable,
  firstUnstorableInContent,
  isStorableCodePoint,
  isStorableText,
  normalizeSourceText,
} from './storableText.ts';
import { assertXmlChars } from '../xml/escape.ts';

const LONE_HIGH = '\uD83D';
const LONE_LOW = '\uDE00';

describe('firstUnstorable', () => {
  it.each([
    ['plain text', 'Nous exhortons l’assemblée.', null],
    ['tab, line feed and carriage return', 'a\tb\nc\r\nd', null],
    ['a pair of surrogates (an emoji) is one character', 'ok 😀 ok', null],
    ['the last characters before U+FFFE, and the planes above', '\uFFFD \u{10FFFF} \uFDD0', null],
    ['NUL', 'ab\u0000', { index: 2, character: 'U+0000' }],
    ['a C0 control', 'a\u0001b', { index: 1, character: 'U+0001' }],
    ['a form feed', 'page\fbreak', { index: 4, character: 'U+000C' }],
    ['a vertical tab', '\u000B', { index: 0, character: 'U+000B' }],
    ['DEL', 'a\u007F', { index: 1, character: 'U+007F' }],
    ['a C1 control', 'x\u0085', { index: 1, character: 'U+0085' }],
    ['U+FFFE', '\uFFFE', { index: 0, character: 'U+FFFE' }],
    ['U+FFFF', 'a\uFFFF', { index: 1, character: 'U+FFFF' }],
    ['a lone high surrogate', `a${LONE_HIGH}b`, { index: 1, character: 'U+D83D' }],
    ['a lone low surrogate', `${LONE_LOW}`, { index: 0, character: 'U+DE00' }],
    ['the index counts characters, not UTF-16 units', '😀😀\u0001', { index: 2, character: 'U+0001' }],
  ])('%s', (_name, text, expected) => {
    expect(firstUnstorable(text)).toEqual(expected);
    expect(isStorableText(text)).toBe(expected === null);
  });

  it('agrees with the code point rule and with what the XML writer can carry', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) })), (text) => {
        const found = firstUnstorable(text);
        const codePoints = [...text].map((c) => c.codePointAt(0)!);
        const bad = codePoints.findIndex((c) => !isStorableCodePoint(c));
        expect(found?.index ?? -1).toBe(bad);
        if (found === null) expect(() => assertXmlChars(text)).not.toThrow();
        expect(isStorableText(dropUnstorable(text).text)).toBe(true);
      }),
    );
  });
});

describe('dropUnstorable', () => {
  it('drops every character that may not be stored, and counts them', () => {
    expect(dropUnstorable(`a\u0001b\uFFFF${LONE_HIGH}c😀`)).toEqual({ text: 'abc😀', removed: 3 });
    expect(dropUnstorable('clean')).toEqual({ text: 'clean', removed: 0 });
  });
});

describe('normalizeSourceText', () => {
  it('turns form feeds (page breaks from a PDF) into paragraph breaks and drops the rest', () => {
    expect(normalizeSourceText('End of page one.\fPage two\u0002 starts.\u0000')).toEqual({
      text: 'End of page one.\n\nPage two starts.',
      removed: 2,
      formFeeds: 1,
    });
    expect(normalizeSourceText('Nothing to do.\n')).toEqual({ text: 'Nothing to do.\n', removed: 0, formFeeds: 0 });
  });
});

describe('content', () => {
  const link = { kind: 'open', id: '1', name: 'a', attrs: { href: 'https://example.org/\u0001' } } as const;

  it('finds a bad character in the text (counting over the whole unit) or in a code', () => {
    expect(firstUnstorableInContent(['Read ', { kind: 'open', id: '1', name: 'b' }, 'th\u0007is', { kind: 'close', id: '1', name: 'b' }])).toEqual({
      field: 'text',
      part: 2,
      index: 7,
      character: 'U+0007',
    });
    expect(firstUnstorableInContent(['Read ', link, 'this'])).toEqual({ field: 'attrs.href', part: 1, index: 20, character: 'U+0001' });
    expect(firstUnstorableInContent(['Read ', { kind: 'standalone', id: '\uFFFF', name: 'br' }])).toEqual({ field: 'id', part: 1, index: 0, character: 'U+FFFF' });
    expect(firstUnstorableInContent(['Read ', { kind: 'open', id: '1', name: 'b' }])).toBeNull();
  });

  it('drops them from text and codes; strings left empty go, neighbours join', () => {
    expect(dropUnstorableFromContent(['a\u0001', link, '\u0002', { kind: 'close', id: '1', name: 'a' }, 'b'])).toEqual({
      content: ['a', { ...link, attrs: { href: 'https://example.org/' } }, { kind: 'close', id: '1', name: 'a' }, 'b'],
      removed: 3,
    });
    const clean = ['a', { kind: 'standalone', id: '1', name: 'br' }] as const;
    expect(dropUnstorableFromContent([...clean]).removed).toBe(0);
  });
});
