import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import MarkdownIt from 'markdown-it';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import type { Content } from '../../model/document.ts';
import { inertText } from '../inertText.ts';
import { applyTypography } from '../locales/index.ts';
import { publicationFormats } from './registry.ts';
import { approvedBlocks, publicationDocument, sampleSource } from './testDocument.ts';
import { comparable, structureReaders } from './testStructure.ts';

/** What a volunteer might type or paste to make a page do something. */
const HOSTILE = [
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '" onmouseover="alert(1)', "' onfocus='alert(1)",
  'javascript:alert(1)', '<a href="javascript:alert(1)">x</a>', '</p></article><p>', '<!--', ']]>', '&amp;', '&#60;b&#62;',
  '# ', '> ', '1. ', '* ', '- ', '---', '===', '`', '```', '![i](https://x.example/i.png)', '[x](javascript:alert(1))', '<https://x.example>',
  '**b**', '_i_', '~~s~~', '| a | b |', '\\', '{{x}}', '{% x %}',
  '{ DDEAUTO c:\\\\windows\\\\system32\\\\cmd.exe "/c calc" }', '{ HYPERLINK "javascript:alert(1)" }', '{ INCLUDETEXT "file" }', '=cmd|\' /C calc\'!A0',
  '<w:fldSimple w:instr="DATE"/>', '<w:instrText>PAGE</w:instrText>', '<?xml version="1.0"?>', '<!DOCTYPE x [<!ENTITY e "e">]>',
  '\u202e', '\u202d', '\u202a', '\u202b', '\u202c', '\u2066', '\u2067', '\u2068', '\u2069', '\u200e', '\u200f',
  '\u0000', '\u0007', '\u0008', '\u001b[31m', '\u007f', '\u0085', '\u009b', '\u2028', '\u2029', '\ufeff', '\ufffe', '\ud800', '\udc00',
  '\r\n', '\n\n', '\t', '   ', 'ordinary words', 'Access Now', '2024', 'https://example.org/a?b=1&c=2', '声明', 'نص عربي', '¿Qué?', '« oui »',
];
const volunteerText = fc.array(fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 4 })), { minLength: 1, maxLength: 8 }).map((parts) => parts.join(''));
/** Addresses a source's link may carry; only http(s), mailto and relative ones may become links. */
const address = fc.constantFrom('https://example.org/a?b=1&c=2', 'mailto:info@example.org', '/local', 'javascript:alert(1)', ' JaVa\tScRiPt:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x', 'https://x.example/"><script>');
const SAFE_URL = /^(https?:|mailto:|\/|\.\.?\/|#)/i;

/** A translation: the volunteer's text, around the source's own bold and link codes. */
const translation = fc.tuple(volunteerText, volunteerText, address).map(([a, b, href]): Content => [a, { kind: 'open', id: '1', name: 'b' }, b, { kind: 'close', id: '1', name: 'b' }, { kind: 'open', id: '2', name: 'a', attrs: { href } }, 'link', { kind: 'close', id: '2', name: 'a' }]);

const ALLOWED_ELEMENTS = new Set(['html', 'head', 'body', 'meta', 'title', 'link', 'style', 'header', 'nav', 'main', 'article', 'footer', 'section', 'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'li', 'dl', 'dt', 'dd', 'a', 'strong', 'em', 'span', 'bdi', 'time', 'br']);
// eslint-disable-next-line no-control-regex -- the characters that must not come out
const ACTING = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066\u2067\ufeff\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/u;

type Element = DefaultTreeAdapterTypes.Element;
function elements(node: { childNodes?: DefaultTreeAdapterTypes.ChildNode[] }, out: Element[] = []): Element[] {
  for (const child of node.childNodes ?? []) {
    if ('tagName' in child) {
      out.push(child);
      elements(child, out);
    }
  }
  return out;
}

/** Our own isolates come in pairs, each closed before the text goes on. */
function isolatesBalanced(text: string): boolean {
  let depth = 0;
  for (const char of text) {
    if (char === '\u2068') depth++;
    if (char === '\u2069' && --depth < 0) return false;
  }
  return depth === 0;
}

/** Checks that only the format's own markup came out, by format id. */
const inert: Record<string, (output: string | Uint8Array) => void> = {
  html(output) {
    const html = String(output);
    for (const element of elements(parse(html))) {
      expect(ALLOWED_ELEMENTS.has(element.tagName), element.tagName).toBe(true);
      for (const attribute of element.attrs) {
        expect(attribute.name).not.toMatch(/^on/i);
        if (attribute.name === 'href' || attribute.name === 'src') expect(attribute.value).toMatch(SAFE_URL);
      }
    }
  },
  markdown(output) {
    const tokens = new MarkdownIt({ html: true, linkify: true }).parse(String(output).replace(/^---\n[\s\S]*?\n---\n/, ''), {});
    const all = tokens.flatMap((token) => [token, ...(token.children ?? [])]);
    expect(all.filter((token) => token.type.startsWith('html') || token.type === 'image' || token.type === 'code_block' || token.type === 'fence')).toEqual([]);
    for (const link of all.filter((token) => token.type === 'link_open')) expect(link.attrGet('href')).toMatch(SAFE_URL);
    expect(all.filter((token) => token.type === 'heading_open').length).toBe(2);
  },
  text(output) {
    expect(String(output)).not.toMatch(/[\r\t\v\f]/);
  },
  docx(output) {
    const files = unzipSync(output as Uint8Array);
    const body = strFromU8(files['word/document.xml']!);
    new SaxesParser().write(body).close();
    expect(body).not.toMatch(/<w:(fldSimple|fldChar|instrText)\b/);
    const rels = strFromU8(files['word/_rels/document.xml.rels']!);
    for (const [, target] of rels.matchAll(/Target="([^"]*)" TargetMode="External"/g)) expect(target).toMatch(SAFE_URL);
  },
};

describe('what a volunteer types comes out as inert text, in every format', () => {
  it('has a check for every registered format', () => {
    expect(publicationFormats.map((format) => format.id).filter((id) => !inert[id])).toEqual([]);
  });

  it.each(publicationFormats.map((format) => [format.id, format] as const))('%s', async (id, format) => {
    await fc.assert(
      fc.asyncProperty(translation, volunteerText, fc.constantFrom('en', 'fr', 'ar', 'ja'), async (content, name, lang) => {
        const doc = publicationDocument({ lang, blocks: approvedBlocks(sampleSource, () => content) });
        doc.credits = [{ role: 'translator', name }];
        const output = await format.render(doc);
        inert[id]!(output);
        const text = typeof output === 'string' ? output : strFromU8(unzipSync(output)['word/document.xml']!);
        expect(text).not.toMatch(ACTING);
        expect(isolatesBalanced(text)).toBe(true);
        // The volunteer's words are all there, as text, in every block.
        const typed = content.filter((part): part is string => typeof part === 'string').map((part) => comparable(applyTypography(inertText(part), lang)));
        if (id === 'text') {
          // Plain text has no markup to tell a typed "<https://…>" from a link's address: the words are looked for as they are.
          for (const piece of typed) expect(comparable(text)).toContain(piece);
          return;
        }
        const expected = sampleSource.blocks.filter((block) => block.kind !== 'date' && block.kind !== 'signatory').map((block) => typed.join('').repeat(block.units.length));
        expect(structureReaders[id]!(output).filter((node) => node.kind !== 'signatory').slice(1).map((node) => node.text)).toEqual(expected);
      }),
      { numRuns: id === 'docx' ? 40 : 150 },
    );
  }, 120_000);
});
