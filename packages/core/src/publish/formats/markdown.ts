import type { InlineNode } from '../inline.ts';
import { ISOLATE_END, ISOLATE_START } from '../inertText.ts';
import { layOutPublication, type LaidBlock, type LaidPublication, type LaidRun } from './layout.ts';
import type { PublicationDocument, PublicationFormat } from './types.ts';

/** Characters that mean something to Markdown (CommonMark and GFM) wherever they stand. */
const INLINE_SYNTAX = /[\\`*_[\]<>|~]/g;
/** Characters that start a block when they open a line: headings, quotes, lists, setext underlines. */
const LINE_START_SYNTAX = /^([#>+\-=])|^(\d{1,9})([.)])/;
/** A character reference (`&amp;`, `&#60;`) that Markdown would decode. */
const ENTITY = /&(?=#?[A-Za-z0-9]+;)/g;

/** Text as Markdown that shows exactly this text: every piece of Markdown syntax in it backslash-escaped. */
export function escapeMarkdown(text: string, atLineStart: boolean): string {
  const escaped = text.replace(INLINE_SYNTAX, '\\$&').replace(ENTITY, '\\&');
  return atLineStart ? escaped.replace(LINE_START_SYNTAX, (_m, mark: string | undefined, digits: string | undefined, dot: string | undefined) => (mark ? `\\${mark}` : `${digits}\\${dot}`)) : escaped;
}

/** An address as a Markdown link destination: no space, parenthesis or angle bracket left to end it early. */
function destination(url: string): string {
  return url.replace(/[\s()<>\\"'`]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** Emphasis delimiters hold on to text only: leading and trailing spaces go outside them. */
function delimited(marker: string, inner: string): string {
  const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(inner)!;
  return match[2] ? `${match[1]}${marker}${match[2]}${marker}${match[3]}` : inner;
}

function codeSpan(text: string): string {
  if (text === '') return '';
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') || (text.startsWith(' ') && text.endsWith(' ')) ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** Inline nodes as Markdown; `indent` starts each line after a hard break (the list item's). */
function inlineMarkdown(nodes: readonly InlineNode[], indent: string, state: { lineStart: boolean }): string {
  let out = '';
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        if (node.text) {
          out += escapeMarkdown(node.text, state.lineStart);
          state.lineStart = false;
        }
        break;
      case 'break':
        out += `\\\n${indent}`;
        state.lineStart = true;
        break;
      case 'code':
        out += codeSpan(node.text);
        state.lineStart = false;
        break;
      case 'image':
        out += node.src ? `![${escapeMarkdown(node.alt, false)}](${destination(node.src)})` : escapeMarkdown(node.alt, state.lineStart);
        state.lineStart = false;
        break;
      case 'element': {
        const inner = inlineMarkdown(node.children, indent, state);
        if (node.element === 'strong') out += delimited('**', inner);
        else if (node.element === 'em') out += delimited('*', inner);
        else if (node.element === 'del') out += delimited('~~', inner);
        else if (node.element === 'code') out += inner;
        else if (node.element === 'a' && node.href && inner.trim() !== '') {
          const title = node.title ? ` "${node.title.replace(/["\\]/g, '\\$&')}"` : '';
          out += `[${inner}](${destination(node.href)}${title})`;
        } else out += inner;
      }
    }
  }
  return out;
}

function runsMarkdown(runs: readonly LaidRun[], indent: string): string {
  const state = { lineStart: true };
  return runs
    .map((run) => {
      const inner = inlineMarkdown(run.nodes, indent, state);
      return run.isolate ? `${ISOLATE_START}${inner}${ISOLATE_END}` : inner;
    })
    .join('')
    .trim();
}

function blockMarkdown(block: LaidBlock, marker: string): string {
  switch (block.kind) {
    case 'title':
    case 'heading':
      // A heading is one line: a line break in it becomes a space.
      return `${'#'.repeat(block.level)} ${runsMarkdown(block.runs, '').replace(/\\\n/g, ' ')}`;
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
  const parts: string[] = [];
  if (laid.notice) parts.push(`> ${escapeMarkdown(laid.notice, true)}`);
  for (const section of laid.sections) {
    if (section.type === 'block') parts.push(blockMarkdown(section.block, ''));
    else parts.push(section.items.map((item) => blockMarkdown(item, section.signatories ? '*' : '-')).join('\n'));
  }
  const closing: string[] = [];
  if (laid.versionLine) closing.push(escapeMarkdown(laid.versionLine, true));
  for (const credit of laid.credits) closing.push(`${escapeMarkdown(credit.label, true)}: ${credit.names.map((name) => escapeMarkdown(name, false)).join(', ')}`);
  if (closing.length > 0) parts.push('---', closing.join('\\\n'));
  return `${frontMatter(doc, laid)}\n${parts.join('\n\n')}\n`;
}

export const markdownFormat: PublicationFormat = {
  id: 'markdown',
  label: 'Markdown',
  extension: 'md',
  mediaType: 'text/markdown; charset=utf-8',
  render: renderMarkdown,
};
