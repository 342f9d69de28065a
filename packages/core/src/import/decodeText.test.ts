import { describe, expect, it } from 'vitest';
import { MAX_TEXT_LENGTH } from '../limits.ts';
import { decodeText } from './index.ts';
import { refusal } from './testRefusal.ts';

/** The WHATWG TextEncoder (core's TypeScript library has no DOM types). */
const { TextEncoder } = globalThis as unknown as { TextEncoder: new () => { encode(text: string): Uint8Array } };
const utf8 = (text: string): number[] => Array.from(new TextEncoder().encode(text));
const utf16 = (text: string, littleEndian: boolean): number[] =>
  Array.from({ length: text.length }, (_, index) => text.charCodeAt(index)).flatMap((unit) =>
    littleEndian ? [unit & 0xff, unit >> 8] : [unit >> 8, unit & 0xff],
  );
const decode = (bytes: number[]): string => decodeText(new Uint8Array(bytes));

describe('decodeText', () => {
  const text = 'Déclaration — 声明 ✓\nLine two';

  it('decodes UTF-8 without a byte order mark', () => {
    expect(decode(utf8(text))).toBe(text);
  });

  it('decodes UTF-8 with a byte order mark and strips it', () => {
    expect(decode([0xef, 0xbb, 0xbf, ...utf8(text)])).toBe(text);
  });

  it('decodes UTF-16 LE and BE with a byte order mark and strips it', () => {
    expect(decode([0xff, 0xfe, ...utf16(text, true)])).toBe(text);
    expect(decode([0xfe, 0xff, ...utf16(text, false)])).toBe(text);
  });

  it('keeps characters outside the Basic Multilingual Plane', () => {
    expect(decode(utf8('emoji 🙂 end'))).toBe('emoji 🙂 end');
    expect(decode([0xff, 0xfe, ...utf16('emoji 🙂 end', true)])).toBe('emoji 🙂 end');
  });

  it('normalises CRLF and CR line ends to LF', () => {
    expect(decode(utf8('a\r\nb\rc\nd\r\n\r\ne'))).toBe('a\nb\nc\nd\n\ne');
    expect(decode([0xff, 0xfe, ...utf16('a\r\nb', true)])).toBe('a\nb');
  });

  it.each([
    ['no bytes', []],
    ['only white space', utf8(' \n\t\r\n  ')],
    ['only a byte order mark', [0xef, 0xbb, 0xbf]],
    ['only a UTF-16 byte order mark and spaces', [0xff, 0xfe, ...utf16('  \n', true)]],
  ])('refuses an empty file (%s)', (_name, bytes) => {
    const error = refusal(() => decode(bytes));
    expect(error.code).toBe('input.empty');
    expect(error.message).toMatch(/empty/);
  });

  it.each([
    ['PDF', [...utf8('%PDF-1.7\n'), 0x25, 0xe2, 0xe3], /PDF.*Copy the text/],
    ['PNG', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], /PNG image/],
    ['ZIP (.docx)', [0x50, 0x4b, 0x03, 0x04, 20, 0, 6, 0], /ZIP archive.*plain text/],
    ['NUL bytes', utf8('text\u0000with a NUL'), /NUL characters.*UTF-8/],
    ['UTF-16 without a byte order mark', utf16('Statement', true), /NUL characters/],
  ])('refuses binary content (%s)', (_name, bytes, message) => {
    const error = refusal(() => decode(bytes));
    expect(error.code).toBe('input.binary');
    expect(error.message).toMatch(message);
  });

  it('refuses invalid UTF-8 and says where and what to do', () => {
    const latin1 = [...utf8('Statement\nSecond line: caf'), 0xe9, ...utf8(' au lait')];
    const error = refusal(() => decode(latin1));
    expect(error.code).toBe('input.encoding');
    expect(error.message).toMatch(/not valid UTF-8.*line 2.*save it as UTF-8/);
    expect(error.details).toMatchObject({ line: 2, offset: 26 });
  });

  it.each([
    ['a lone continuation byte', [0x61, 0x80]],
    ['an overlong form', [0xc0, 0xaf]],
    ['an encoded surrogate', [0xed, 0xa0, 0x80]],
    ['a truncated sequence at the end', [0x61, 0xe2, 0x82]],
    ['a byte that never occurs', [0x61, 0xff, 0x62]],
  ])('refuses %s', (_name, bytes) => {
    expect(refusal(() => decode(bytes)).code).toBe('input.encoding');
  });

  it('refuses broken UTF-16 and UTF-32', () => {
    expect(refusal(() => decode([0xff, 0xfe, 0x61, 0x00, 0x62])).code).toBe('input.encoding');
    expect(refusal(() => decode([0xff, 0xfe, 0x00, 0xd8, 0x61, 0x00])).code).toBe('input.encoding');
    const utf32 = refusal(() => decode([0xff, 0xfe, 0, 0, 0x61, 0, 0, 0]));
    expect(utf32.code).toBe('input.encoding');
    expect(utf32.message).toMatch(/UTF-32/);
  });

  it('refuses a file that is surely over the length limit before decoding it', () => {
    const error = refusal(() => decodeText(new Uint8Array(3 * MAX_TEXT_LENGTH + 4).fill(0x61)));
    expect(error.code).toBe('input.too-large');
    expect(error.message).toMatch(/15,000,004 bytes.*limit of 5,000,000 characters/);
  });
});
