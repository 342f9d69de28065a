import { encodedUrl, type InlineNode } from '../inline.ts';
import { ISOLATE_END, ISOLATE_START } from '../inertText.ts';
import { layOutPublication, type LaidBlock, type LaidPublication, type LaidRun } from './layout.ts';
import type { PublicationDocument, PublicationFormat } from './types.ts';

/**
 * Characters that mean something to Markdown (CommonMark and GFM) wherever they stand. Angle brackets
 * become character references rather than backslash escapes: an address just before them could take
 * the backslash into the link a reader's autolinking makes of it, and leave the bracket to open HTML.
 */
const INLINE_SYNTAX = /[\\`*_[\]|~]/g;
const ANGLE = /[<>]/g;
/** Characters that start a block when they open a line: headings, quotes, lists, setext underlines. */
const LINE_START_SYNTAX = /^([#>+\-=])|^(\d{1,9})([.)])/;
/** A character reference (`&amp;`, `&#60;`) that Markdown would decode. */
const ENTITY = /&(?=#?[A-Za-z0-9]+;)/g;

/** Any character that one of the escapes above changes, or that may start a block. */
const ANY_SYNTAX = /[\\`*_[\]|~<>&!]/;
const ANY_LINE_START_SYNTAX = /^[#>+\-=\d]/;

/** Text as Markdown that shows exactly this text: every piece of Markdown syntax in it backslash-escaped. */
export function escapeMarkdown(text: string, atLineStart: boolean): string {
  // Most text has nothing to escape.
  if (!ANY_SYNTAX.test(text) && !(atLineStart && ANY_LINE_START_SYNTAX.test(text))) return text;
  const escaped = text
    .replace(INLINE_SYNTAX, '\\$&')
    .replace(ENTITY, '\\&')
    .replace(ANGLE, (c) => (c === '<' ? '&lt;' : '&gt;'))
    // A "!" just before a link written after this text would make it an image.
    .replace(/!$/, '\\!');
  return atLineStart ? escaped.replace(LINE_START_SYNTAX, (_m, mark: string | undefined, digits: string | undefined, dot: string | undefined) => (mark ? `\\${mark}` : `${digits}\\${dot}`)) : escaped;
}

/** An emphasis delimiter (`**`, `*`, `~~`) waiting to be kept or dropped once its neighbours are known. */
interface Delimiter {
  marker: string;
  pair: number;
  side: 'open' | 'close';
}
type Piece = string | Delimiter;

const PUNCTUATION = /[\p{P}\p{S}]/u;
const SPACE = /\s/u;
/** Half of a character beyond the first plane: Markdown readers disagree on what such a neighbour is. */
const SURROGATE = /[\ud800-\udfff]/;

/** Whether a delimiter between `before` and `after` can open (left-flanking) or close (right-flanking) emphasis, as CommonMark reads it. */
function flanks(side: 'open' | 'close', before: string, after: string): boolean {
  const [inner, outer] = side === 'open' ? [after, before] : [before, after];
  if (inner === '' || SPACE.test(inner) || SURROGATE.test(inner) || SURROGATE.test(outer)) return false;
  return !PUNCTUATION.test(inner) || outer === '' || SPACE.test(outer) || PUNCTUATION.test(outer);
}

/** The text of the pieces before `index`, ending at its last character (a delimiter counts with its marker). */
function charBefore(pieces: readonly Piece[], index: number): string {
  for (let at = index - 1; at >= 0; at--) {
    const piece = pieces[at]!;
    const text = typeof piece === 'string' ? piece : piece.marker;
    if (text !== '') return text.slice(-1);
  }
  return '';
}

function charAfter(pieces: readonly Piece[], index: number): string {
  for (let at = index + 1; at < pieces.length; at++) {
    const piece = pieces[at]!;
    const text = typeof piece === 'string' ? piece : piece.marker;
    if (text !== '') return text.charAt(0);
  }
  return '';
}

/** The pieces as Markdown: a pair of delimiters a reader would not take for emphasis is left out, so its text never shows stray marks. */
function resolveDelimiters(pieces: Piece[]): string {
  let invalid: Set<number> | null = null;
  for (let index = 0; index < pieces.length; index++) {
    const piece = pieces[index]!;
    if (typeof piece === 'string') continue;
    if (!flanks(piece.side, charBefore(pieces, index), charAfter(pieces, index))) (invalid ??= new Set()).add(piece.pair);
  }
  let markdown = '';
  for (const piece of pieces) markdown += typeof piece === 'string' ? piece : invalid?.has(piece.pair) ? '' : piece.marker;
  return markdown;
}

/** Leading and trailing spaces go outside the delimiters; an empty pair is none. */
function delimited(marker: string, inner: Piece[], pair: number): Piece[] {
  const content = [...inner];
  const lead = typeof content[0] === 'string' ? /^\s*/u.exec(content[0])![0] : '';
  if (lead) content[0] = (content[0] as string).slice(lead.length);
  const last = content.at(-1);
  const trail = typeof last === 'string' ? /\s*$/u.exec(last)![0] : '';
  if (trail) content[content.length - 1] = (last as string).slice(0, (last as string).length - trail.length);
  if (content.every((piece) => piece === '')) return inner;
  return [lead, { marker, pair, side: 'open' }, ...content, { marker, pair, side: 'close' }, trail];
}

function codeSpan(text: string): string {
  if (text === '') return '';
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') || (text.startsWith(' ') && text.endsWith(' ')) ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

const EMPHASIS: Partial<Record<string, string>> = { strong: '**', em: '*', del: '~~' };

/** Inline nodes as Markdown pieces; `indent` starts each line after a hard break (the list item's). */
function inlineMarkdown(nodes: readonly InlineNode[], indent: string, state: { lineStart: boolean; pairs: number }, out: Piece[] = []): Piece[] {
  for (const node of nodes) {
    switch (node.type) {
      case 'text': {
        // Spaces that open a line would indent it (four make a code block): they go.
        const text = state.lineStart ? node.text.trimStart() : node.text;
        if (text) {
          out.push(escapeMarkdown(text, state.lineStart));
          state.lineStart = false;
        }
        break;
      }
      case 'break':
        out.push(`\\\n${indent}`);
        state.lineStart = true;
        break;
      case 'code':
        out.push(codeSpan(node.text));
        state.lineStart = false;
        break;
      case 'image':
        out.push(node.src ? `![${escapeMarkdown(node.alt, false)}](${encodedUrl(node.src)})` : escapeMarkdown(node.alt, state.lineStart));
        state.lineStart = false;
        break;
      case 'element': {
        const inner = inlineMarkdown(node.children, indent, state);
        const marker = EMPHASIS[node.element];
        if (marker) out.push(...delimited(marker, inner, state.pairs++));
        else if (node.element === 'a' && node.href && inner.some((piece) => typeof piece !== 'string' || piece.trim() !== '')) {
          const title = node.title ? ` "${node.title.replace(/["\\]/g, '\\$&')}"` : '';
          out.push('[', ...inner, `](${encodedUrl(node.href)}${title})`);
        } else out.push(...inner);
      }
    }
  }
  return out;
}

function runsMarkdown(runs: readonly LaidRun[], indent: string): string {
  // Most blocks are one run of one text: nothing to pair or resolve.
  const only = runs.length === 1 && !runs[0]!.isolate && runs[0]!.nodes.length === 1 ? runs[0]!.nodes[0]! : null;
  if (only?.type === 'text') {
    const text = only.text.trimStart();
    return text ? escapeMarkdown(text, true).trim() : '';
  }
  const state = { lineStart: true, pairs: 0 };
  const pieces: Piece[] = [];
  for (const run of runs) {
    if (run.isolate) pieces.push(ISOLATE_START);
    inlineMarkdown(run.nodes, indent, state, pieces);
    if (run.isolate) pieces.push(ISOLATE_END);
  }
  return resolveDelimiters(pieces).trim();
}

const HEADING_MARKS = ['', '#', '##', '###', '####', '#####', '######'];

function blockMarkdown(block: LaidBlock, marker: string): string {
  switch (block.kind) {
    case 'title':
    case 'heading':
      // A heading is one line: a line break in it becomes a space.
      return `${HEADING_MARKS[block.level]} ${runsMarkdown(block.runs, '').replaceAll('\\\n', ' ')}`;
    case 'list-item':
    case 'signatory':
      return `${marker} ${runsMarkdown(block.runs, ' '.repeat(marker.length + 1))}`;
    default:
      return runsMarkdown(block.runs, '');
  }
}

/** A YAML scalar: JSON strings and numbers are YAML too. */
const yaml = (value: string | number): string => JSON.stringify(value);

function frontMatter(doc: PublicationDocument, laid: LaidPublication): string {
  const lines = [`title: ${yaml(laid.title)}`, `language: ${yaml(laid.lang)}`, `direction: ${laid.dir}`];
  if (laid.date) lines.push(`date: ${laid.date}`);
  lines.push(`revision: ${doc.sourceRevision}`);
  if (doc.version !== null) lines.push(`version: ${doc.version}`);
  if (doc.publishedAt) lines.push(`published: ${yaml(doc.publishedAt)}`);
  if (doc.publication.mode === 'preview' || doc.publication.fallbackUnits > 0) lines.push('draft: true');
  for (const credit of laid.credits) lines.push(`${credit.role}s: [${credit.names.map(yaml).join(', ')}]`);
  if (doc.alternates.length > 0) {
    lines.push('alternates:');
    for (const a of doc.alternates) lines.push(`  - { lang: ${yaml(a.lang)}, label: ${yaml(a.label)}, href: ${yaml(a.href)} }`);
  }
  return `---\n${lines.join('\n')}\n---\n`;
}

/**
 * A language version as Markdown for static-site generators: YAML front matter (title, language,
 * date, revision…), the body with every bit of Markdown syntax in its text escaped, lists of items
 * with `-` and lists of signatories with `*`, credits after a thematic break.
 */
export function renderMarkdown(doc: PublicationDocument): string {
  const laid = layOutPublication(doc);
  // Parts apart by a blank line, the items of a list on lines of their own.
  let body = laid.notice ? `> ${escapeMarkdown(laid.notice, true)}` : null;
  for (const section of laid.sections) {
    if (section.type === 'block') {
      const block = blockMarkdown(section.block, '');
      body = body === null ? block : `${body}\n\n${block}`;
      continue;
    }
    const marker = section.signatories ? '*' : '-';
    for (let at = 0; at < section.items.length; at++) {
      const item = blockMarkdown(section.items[at]!, marker);
      body = body === null ? item : `${body}${at === 0 ? '\n\n' : '\n'}${item}`;
    }
  }
  const closing: string[] = [];
  if (laid.versionLine) closing.push(escapeMarkdown(laid.versionLine, true));
  for (const credit of laid.credits) closing.push(`${escapeMarkdown(credit.label, true)}: ${credit.names.map((name) => escapeMarkdown(name, false)).join(', ')}`);
  if (closing.length > 0) body = `${body === null ? '' : `${body}\n\n`}---\n\n${closing.join('\\\n')}`;
  return `${frontMatter(doc, laid)}\n${body ?? ''}\n`;
}

export const markdownFormat: PublicationFormat = {
  id: 'markdown',
  label: 'Markdown',
  extension: 'md',
  mediaType: 'text/markdown; charset=utf-8',
  render: renderMarkdown,
};
