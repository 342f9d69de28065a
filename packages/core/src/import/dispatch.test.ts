import { readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { contentText } from '../model/document.ts';
import { firstUnstorable } from '../text/storableText.ts';
import { detectFormat, importDocument, importSource, type ImportFormat } from './index.ts';
import { outline } from './testOutline.ts';
import { refusal } from './testRefusal.ts';

const markdown = readFileSync(new URL('./fixtures/statement.md', import.meta.url));
const html = readFileSync(new URL('./fixtures/statement.html', import.meta.url));
const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const FORMATS: ImportFormat[] = ['text', 'markdown', 'html', 'docx'];
const TEXT_FORMATS: ImportFormat[] = ['text', 'markdown', 'html'];

describe('detectFormat', () => {
  it.each<[string, Uint8Array, ImportFormat]>([
    ['statement.md', markdown, 'markdown'],
    ['Statement.MARKDOWN', bytes('x'), 'markdown'],
    ['statement.html', html, 'html'],
    ['page.htm', bytes('x'), 'html'],
    ['statement.txt', bytes('<p>Looks like HTML</p>'), 'text'],
    ['statement.docx', bytes('x'), 'docx'],
    ['upload', zipSync({ 'word/document.xml': strToU8('<x/>') }), 'docx'],
    ['statement.txt', zipSync({ 'a': strToU8('x') }), 'docx'],
    ['upload', html, 'html'],
    ['upload', bytes('<p>A paragraph.</p>'), 'html'],
    ['upload', markdown, 'markdown'],
    ['upload', bytes('Intro.\n\n- one\n- two\n'), 'markdown'],
    ['upload', bytes('See [the report](https://example.org).'), 'markdown'],
    ['upload', bytes('A statement.\n\nWith two paragraphs, 3 < 4.'), 'text'],
    ['upload', bytes('\u2022 a bullet from a PDF\n\u2022 another'), 'text'],
    ['noextension.', bytes('Plain.'), 'text'],
  ])('%s → %s', (name, data, format) => {
    expect(detectFormat(name, data)).toBe(format);
  });
});

describe('importDocument', () => {
  it('imports each format through one entry', () => {
    expect(outline(importDocument({ format: 'markdown', bytes: markdown }, 'en'))[0]).toMatch(/^title: Protect the open web/);
    expect(outline(importDocument({ format: 'html', bytes: html }, 'en'))[0]).toBe('title: Keep schools free of facial recognition');
    expect(outline(importDocument({ format: 'text', bytes: bytes('A Title\n\nThe text.') }, 'en'))).toEqual(['title: A Title', 'paragraph: The text.']);
    const docx = zipSync({ 'word/document.xml': strToU8('<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Text.</w:t></w:r></w:p></w:body></w:document>') });
    expect(outline(importDocument({ format: 'docx', bytes: docx }, 'en'))).toEqual(['paragraph: Text.']);
  });

  it('decodes UTF-16 with a byte order mark', () => {
    const text = '# Titre\n\nLe texte.';
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) utf16[2 + i * 2] = text.charCodeAt(i);
    expect(outline(importDocument({ format: 'markdown', bytes: utf16 }, 'fr'))).toEqual(['title: Titre', 'paragraph: Le texte.']);
  });
});

describe('importDocument: bad input', () => {
  it.each(FORMATS)('refuses an empty %s file', (format) => {
    expect(refusal(() => importDocument({ format, bytes: new Uint8Array(0) }, 'en')).code).toBe('input.empty');
  });

  it.each(TEXT_FORMATS)('refuses a binary file as %s', (format) => {
    const binary = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    expect(refusal(() => importDocument({ format, bytes: binary }, 'en')).code).toMatch(/^input\.(binary|encoding)$/);
    expect(refusal(() => importDocument({ format, bytes: bytes('text\u0000more') }, 'en')).code).toBe('input.binary');
  });

  it('refuses a binary file as DOCX', () => {
    expect(refusal(() => importDocument({ format: 'docx', bytes: new Uint8Array(4096).fill(0x89) }, 'en')).code).toBe('input.binary');
  });

  it.each(FORMATS)('refuses 50 MB as %s over the size limit', (format) => {
    const big = new Uint8Array(50 * 1024 * 1024 + 1).fill(0x61);
    if (format === 'docx') big.set([0x50, 0x4b, 0x03, 0x04]);
    const error = refusal(() => importDocument({ format, bytes: big }, 'en'));
    expect(error.code).toBe('input.too-large');
    expect(error.message).toMatch(/limit/);
  });

  it.each(TEXT_FORMATS)('imports a line of 5 MB as %s, and refuses a longer one', (format) => {
    const line = 'word '.repeat(999_990) + 'end.';
    const doc = importDocument({ format, bytes: bytes(line) }, 'en');
    const text = doc.blocks.flatMap((block) => block.units.map((unit) => contentText(unit.source) + unit.spaceAfter)).join('');
    expect(text).toBe(line);
    expect(refusal(() => importDocument({ format, bytes: bytes('x'.repeat(5_000_001)) }, 'en')).code).toBe('input.too-large');
  });

  it.each<[ImportFormat, string, RegExp]>([
    ['markdown', '- a\n'.repeat(1_200_000), /more than 250,000 lines/],
    ['html', '<p>a.</p>'.repeat(600_000), /more than 250,000 tags/],
    ['html', '<p>a.</p>\n'.repeat(120_000), /more than 100,000 paragraphs/],
  ])('refuses a %s file of tiny blocks before spending seconds and gigabytes on it', (format, text, message) => {
    const error = refusal(() => importDocument({ format, bytes: bytes(text) }, 'en'));
    expect(error.code).toBe('input.too-large');
    expect(error.message).toMatch(message);
  });

  it('imports 10,000 nested HTML elements or refuses them, never overflowing the stack', () => {
    expect(outline(importDocument({ format: 'html', bytes: bytes('<div>'.repeat(10_000) + 'Deep.') }, 'en'))).toEqual(['paragraph: Deep.']);
    expect(refusal(() => importDocument({ format: 'html', bytes: bytes('<p>' + '<em>'.repeat(10_000) + 'Deep.') }, 'en')).code).toBe('xml.too-deep');
  });

  it('refuses 10,000 nested Markdown quotes and lists as too deep', () => {
    expect(refusal(() => importDocument({ format: 'markdown', bytes: bytes('> '.repeat(10_000) + 'Deep.') }, 'en')).code).toBe('xml.too-deep');
    expect(refusal(() => importDocument({ format: 'markdown', bytes: bytes('1. '.repeat(10_000) + 'Deep.') }, 'en')).code).toBe('xml.too-deep');
  });
});

describe('importSource: characters that may not be stored', () => {
  const docx = (xml: string) =>
    zipSync({ 'word/document.xml': strToU8(`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${xml}</w:body></w:document>`) });
  const noneLeft = (doc: ReturnType<typeof importSource>['document']) =>
    expect(firstUnstorable(JSON.stringify(doc.blocks.map((b) => b.units.map((u) => [u.source, u.spaceAfter])), (_k, v: unknown) => v))).toBeNull();

  it('turns a form feed (a PDF page break) into a paragraph break and drops the other controls, and says so', () => {
    const pdf = 'A Title\n\nThe end of page one.\fPage two\u0001 starts\u0007 here.\u0000';
    const { document, normalized } = importSource({ format: 'text', text: pdf }, 'en');
    expect(outline(document)).toEqual(['title: A Title', 'paragraph: The end of page one.', 'paragraph: Page two starts here.']);
    expect(normalized).toEqual({ removed: 3, formFeeds: 1 });
  });

  it.each(TEXT_FORMATS)('cleans a %s file the same way', (format) => {
    const { document, normalized } = importSource({ format, bytes: bytes('One\u0002 sentence.\u000B Another\uFFFF one.\u0085') }, 'en');
    expect(document.blocks[0]!.units.map((u) => contentText(u.source) + u.spaceAfter).join('')).toBe('One sentence. Another one.');
    expect(normalized).toEqual({ removed: 4, formFeeds: 0 });
  });

  it('keeps clean text as it is, and says nothing was changed', () => {
    expect(importSource({ format: 'text', text: 'A Title\n\nThe text.' }, 'en')).toEqual({
      document: importDocument({ format: 'text', bytes: bytes('A Title\n\nThe text.') }, 'en'),
      normalized: { removed: 0, formFeeds: 0 },
    });
  });

  it('drops what character references bring in (HTML, Markdown)', () => {
    const html = importSource({ format: 'html', text: '<p>Read &#1;<a href="https://example.org/x">th&#x7f;is</a>&#xFFFF;.</p><p>&#2;</p>' }, 'en');
    expect(outline(html.document)).toEqual(['paragraph: Read [a href=https://example.org/x]this[/a].']);
    expect(html.normalized.removed).toBe(4);
    const markdown = importSource({ format: 'markdown', text: 'Read [this](https://example.org/a&#127;b) now&#1;.' }, 'en');
    // markdown-it itself turns references to controls into U+FFFD.
    noneLeft(markdown.document);
  });

  it('drops the C1 controls XML lets through in a DOCX', () => {
    const { document, normalized } = importSource({ format: 'docx', bytes: docx('<w:p><w:r><w:t>Text\u0085 here.</w:t></w:r></w:p>') }, 'en');
    noneLeft(document);
    expect(document.blocks[0]!.units.map((u) => contentText(u.source) + u.spaceAfter).join('')).toBe('Text here.');
    expect(normalized).toEqual({ removed: 1, formFeeds: 0 });
  });

  it('refuses a file with NUL characters as binary (UTF-16 without a byte order mark), but cleans pasted text', () => {
    expect(refusal(() => importSource({ format: 'text', bytes: bytes('a\u0000b') }, 'en')).code).toBe('input.binary');
    expect(importSource({ format: 'text', text: 'a\u0000b' }, 'en').normalized.removed).toBe(1);
    expect(refusal(() => importSource({ format: 'text', text: '\u0001\u0002' }, 'en')).code).toBe('input.empty');
  });

  it('leaves nothing that may not be stored, whatever the text', () => {
    fc.assert(
      fc.property(fc.constantFrom(...TEXT_FORMATS), fc.string({ unit: 'binary', minLength: 1, maxLength: 200 }), (format, text) => {
        let imported: ReturnType<typeof importSource>;
        try {
          imported = importSource({ format: format as 'text', text: `Title\n\n${text} end.` }, 'en');
        } catch (error) {
          expect((error as { code?: string }).code).toMatch(/^(input|xml)\./);
          return;
        }
        noneLeft(imported.document);
      }),
      { numRuns: 200 },
    );
  });
});
