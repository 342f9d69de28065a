/**
 * The structure a reader sees in each format's output — headings, paragraphs, list items and
 * signatories, in order, with their text — so the tests can compare it with the source's.
 */
import { strFromU8, unzipSync } from 'fflate';
import MarkdownIt from 'markdown-it';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { SaxesParser } from 'saxes';
import type { SourceDocument } from '../../model/document.ts';
import { formatPublicationDate } from '../formatDate.ts';
import { DOCX_STYLES } from './docx.ts';
import { sourceBlockText } from './testDocument.ts';

export type StructureKind = 'title' | 'heading' | 'paragraph' | 'list-item' | 'signatory';
export interface StructureNode {
  kind: StructureKind;
  text: string;
}

/** Text compared without its whitespace (formats wrap and space differently) or the publication's isolates. */
export const comparable = (text: string): string => text.replace(/[\s\u2068\u2069]+/gu, '');

const node = (kind: StructureKind, text: string): StructureNode => ({ kind, text: comparable(text) });

/** The source's structure as a reader of `lang` should see it (a date written in the language). */
export function sourceStructure(source: SourceDocument, lang: string): StructureNode[] {
  return source.blocks.flatMap((block) => {
    if (block.kind === 'aside') return [];
    if (block.kind === 'date') return [node('paragraph', block.date ? formatPublicationDate(block.date, lang) : sourceBlockText(block.units))];
    return [node(block.kind, sourceBlockText(block.units))];
  });
}

type Element = DefaultTreeAdapterTypes.Element;
type ChildNode = DefaultTreeAdapterTypes.ChildNode;
const isElement = (n: ChildNode): n is Element => 'tagName' in n;
function htmlText(n: ChildNode): string {
  if (n.nodeName === '#text') return (n as DefaultTreeAdapterTypes.TextNode).value;
  if (isElement(n)) return n.tagName === 'br' ? ' ' : n.childNodes.map(htmlText).join('');
  return '';
}
function findElement(n: { childNodes?: ChildNode[] }, tag: string): Element | undefined {
  for (const child of n.childNodes ?? []) {
    if (!isElement(child)) continue;
    if (child.tagName === tag) return child;
    const found = findElement(child, tag);
    if (found) return found;
  }
  return undefined;
}

function htmlStructure(html: string): StructureNode[] {
  const article = findElement(parse(html), 'article');
  if (!article) return [];
  const out: StructureNode[] = [];
  for (const child of article.childNodes.filter(isElement)) {
    if (child.tagName === 'h1') out.push(node('title', htmlText(child)));
    else if (/^h[2-6]$/.test(child.tagName)) out.push(node('heading', htmlText(child)));
    else if (child.tagName === 'p') out.push(node('paragraph', htmlText(child)));
    else if (child.tagName === 'ul') {
      const signatories = child.attrs.some((a) => a.name === 'class' && a.value === 'signatories');
      for (const li of child.childNodes.filter(isElement)) out.push(node(signatories ? 'signatory' : 'list-item', htmlText(li)));
    } else out.push(node('paragraph', `<${child.tagName}>`));
  }
  return out;
}

function markdownStructure(markdown: string): StructureNode[] {
  const body = markdown.replace(/^---\n[\s\S]*?\n---\n/, '');
  const tokens = new MarkdownIt('commonmark').parse(body, {});
  const out: StructureNode[] = [];
  let list: 'list-item' | 'signatory' | null = null;
  let quoted = 0;
  let kind: StructureKind | null = null;
  for (const token of tokens) {
    if (token.type === 'hr') break;
    if (token.type === 'blockquote_open') quoted++;
    if (token.type === 'blockquote_close') quoted--;
    if (quoted > 0) continue;
    if (token.type === 'bullet_list_open') list = token.markup === '*' ? 'signatory' : 'list-item';
    if (token.type === 'bullet_list_close') list = null;
    if (token.type === 'heading_open') kind = token.tag === 'h1' ? 'title' : 'heading';
    if (token.type === 'paragraph_open') kind = list ?? 'paragraph';
    if (token.type === 'inline' && kind) {
      const text = (token.children ?? []).map((t) => (t.type === 'text' || t.type === 'code_inline' ? t.content : t.type.endsWith('break') ? ' ' : '')).join('');
      out.push(node(kind, text));
      kind = null;
    }
  }
  return out;
}

function textStructure(text: string): StructureNode[] {
  const out: StructureNode[] = [];
  // A link's address follows its text in angle brackets, perhaps on a line of its own.
  const withoutAddresses = (line: string): string => line.replace(/ ?<(?:https?|mailto):[^>\s]*>/g, '');
  const blocks = text
    .split('\n-- \n')[0]!
    .split(/\n\n+/)
    .map((block) => block.split('\n').filter((line) => line !== '').map(withoutAddresses).filter((line) => line !== ''));
  for (const [index, lines] of blocks.entries()) {
    if (lines.length === 0) continue;
    const last = lines.at(-1)!;
    if (index === 0 && /^\[[\s\S]*\]$/.test(lines.join(' '))) continue;
    if (/^=+$/.test(last)) out.push(node('title', lines.slice(0, -1).join(' ')));
    else if (/^-{3,}$/.test(last)) out.push(node('heading', lines.slice(0, -1).join(' ')));
    else if (lines[0]!.startsWith('• ')) {
      for (const line of lines) {
        if (line.startsWith('• ')) out.push(node('list-item', line.slice(2)));
        else out.at(-1)!.text += comparable(line);
      }
    } else if (/^ {2}\S/.test(lines[0]!)) {
      for (const line of lines) {
        if (/^ {2}\S/.test(line)) out.push(node('signatory', line));
        else out.at(-1)!.text += comparable(line);
      }
    } else out.push(node('paragraph', lines.join(' ')));
  }
  return out;
}

function docxStructure(bytes: Uint8Array): StructureNode[] {
  const xml = strFromU8(unzipSync(bytes)['word/document.xml']!);
  const out: StructureNode[] = [];
  const parser = new SaxesParser();
  let style = '';
  let text = '';
  let inText = false;
  parser.on('opentag', (tag) => {
    if (tag.name === 'w:p') [style, text] = ['', ''];
    if (tag.name === 'w:pStyle') style = String(tag.attributes['w:val']);
    if (tag.name === 'w:t') inText = true;
    if (tag.name === 'w:br') text += ' ';
  });
  parser.on('text', (t) => {
    if (inText) text += t;
  });
  parser.on('closetag', (tag) => {
    if (tag.name === 'w:t') inText = false;
    if (tag.name !== 'w:p' || style === DOCX_STYLES.notice || style === DOCX_STYLES.closing) return;
    const kind: StructureKind =
      style === DOCX_STYLES.title ? 'title'
      : /^Heading[2-6]$/.test(style) ? 'heading'
      : style === DOCX_STYLES.listItem ? 'list-item'
      : style === DOCX_STYLES.signatory ? 'signatory'
      : 'paragraph';
    out.push(node(kind, text));
  });
  parser.write(xml).close();
  return out;
}

/** How to read the structure back from each registered format's output, by format id. */
export const structureReaders: Record<string, (output: string | Uint8Array) => StructureNode[]> = {
  html: (output) => htmlStructure(String(output)),
  markdown: (output) => markdownStructure(String(output)),
  text: (output) => textStructure(String(output)),
  docx: (output) => docxStructure(output as Uint8Array),
};
