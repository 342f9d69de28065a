import { encodedUrl, inlineNodeText, inlineText, type InlineNode } from '../inline.ts';
import { ISOLATE_END, ISOLATE_START } from '../inertText.ts';
import { layOutPublication, type LaidBlock, type LaidRun } from './layout.ts';
import { displayWidth, wrapText, wrapWordsApart } from './textWrap.ts';
import type { PublicationDocument, PublicationFormat } from './types.ts';

/** Lines of an e-mail body. */
export const TEXT_WIDTH = 72;

/** An address worth writing out in an e-mail: absolute, to the web or a mailbox. */
const ABSOLUTE = /^(?:https?|mailto):/i;

/** The text of a node; a link keeps its (absolute) address after the text, in angle brackets. */
function nodeText(node: InlineNode): string {
  if (node.type === 'text') return node.text;
  if (node.type === 'element' && node.element === 'a' && node.href && ABSOLUTE.test(node.href)) {
    const text = inlineText(node.children);
    return text.includes(node.href) ? text : `${text} <${encodedUrl(node.href)}>`;
  }
  return inlineNodeText(node);
}

/** The text of runs, spaces collapsed: words apart by one space, none at either end. */
function runsText(runs: readonly LaidRun[]): string {
  let text = '';
  for (const run of runs) {
    // Most runs are one piece of text.
    const only = run.nodes.length === 1 && !run.isolate ? run.nodes[0]! : null;
    if (only?.type === 'text') {
      text += only.text;
      continue;
    }
    let runText = '';
    for (const node of run.nodes) runText += nodeText(node);
    text += run.isolate ? `${ISOLATE_START}${runText}${ISOLATE_END}` : runText;
  }
  return (text.includes('  ') ? text.replace(/ {2,}/g, ' ') : text).trim();
}

function underline(lines: string[], mark: string): string[] {
  let width = 0;
  for (const line of lines) width = Math.max(width, displayWidth(line));
  lines.push(mark.repeat(Math.max(3, Math.min(TEXT_WIDTH, width))));
  return lines;
}

/** Lines as one string (most blocks are one line). */
function joinLines(lines: readonly string[]): string {
  if (lines.length === 1) return lines[0]!;
  let text = lines[0]!;
  for (let at = 1; at < lines.length; at++) text += `\n${lines[at]!}`;
  return text;
}

function blockText(block: LaidBlock): string {
  const text = runsText(block.runs);
  switch (block.kind) {
    case 'title':
      return joinLines(underline(wrapWordsApart(text, TEXT_WIDTH), '='));
    case 'heading':
      return joinLines(underline(wrapWordsApart(text, TEXT_WIDTH), '-'));
    case 'list-item':
      return joinLines(wrapWordsApart(text, TEXT_WIDTH, '• ', '  '));
    case 'signatory':
      return joinLines(wrapWordsApart(text, TEXT_WIDTH, '  ', '    '));
    default:
      return joinLines(wrapWordsApart(text, TEXT_WIDTH));
  }
}

/**
 * A language version as plain text for e-mail: lines of at most 72 columns (wide characters count
 * two; an address is never broken), the title underlined with `=`, headings with `-`, list items
 * after `• `, signatories indented, paragraphs apart by a blank line.
 */
export function renderText(doc: PublicationDocument): string {
  const laid = layOutPublication(doc);
  // Parts apart by a blank line, the items of a list on lines of their own.
  let text = laid.notice ? joinLines(wrapText(`[${laid.notice}]`, TEXT_WIDTH)) : null;
  for (const section of laid.sections) {
    if (section.type === 'block') text = text === null ? blockText(section.block) : `${text}\n\n${blockText(section.block)}`;
    else {
      for (let at = 0; at < section.items.length; at++) {
        const item = blockText(section.items[at]!);
        text = text === null ? item : `${text}${at === 0 ? '\n\n' : '\n'}${item}`;
      }
    }
  }
  const closing: string[] = [];
  if (laid.versionLine) closing.push(...wrapText(laid.versionLine, TEXT_WIDTH));
  for (const credit of laid.credits) closing.push(...wrapText(`${credit.label}: ${credit.names.join(', ')}`, TEXT_WIDTH, '', '  '));
  if (closing.length > 0) text = `${text === null ? '' : `${text}\n\n`}${joinLines(['-- ', ...closing])}`;
  return `${text ?? ''}\n`;
}

export const textFormat: PublicationFormat = {
  id: 'text',
  label: 'Plain text',
  extension: 'txt',
  mediaType: 'text/plain; charset=utf-8',
  render: renderText,
};
