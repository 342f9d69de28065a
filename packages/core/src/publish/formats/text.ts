import { encodedUrl, inlineText } from '../inline.ts';
import { ISOLATE_END, ISOLATE_START } from '../inertText.ts';
import { layOutPublication, type LaidBlock, type LaidRun } from './layout.ts';
import { displayWidth, wrapText } from './textWrap.ts';
import type { PublicationDocument, PublicationFormat } from './types.ts';

/** Lines of an e-mail body. */
export const TEXT_WIDTH = 72;

/** An address worth writing out in an e-mail: absolute, to the web or a mailbox. */
const ABSOLUTE = /^(?:https?|mailto):/i;

/** The text of runs; links keep their (absolute) address after the text, in angle brackets. */
function runsText(runs: readonly LaidRun[]): string {
  return runs
    .map((run) => {
      const text = run.nodes
        .map((node) => (node.type === 'element' && node.element === 'a' && node.href && ABSOLUTE.test(node.href) && !inlineText(node.children).includes(node.href) ? `${inlineText(node.children)} <${encodedUrl(node.href)}>` : inlineText([node])))
        .join('');
      return run.isolate ? `${ISOLATE_START}${text}${ISOLATE_END}` : text;
    })
    .join('')
    .replace(/ {2,}/g, ' ')
    .trim();
}

function underline(lines: string[], mark: string): string[] {
  const width = Math.min(TEXT_WIDTH, Math.max(...lines.map(displayWidth)));
  return [...lines, mark.repeat(Math.max(3, width))];
}

function blockText(block: LaidBlock): string[] {
  const text = runsText(block.runs);
  switch (block.kind) {
    case 'title':
      return underline(wrapText(text, TEXT_WIDTH), '=');
    case 'heading':
      return underline(wrapText(text, TEXT_WIDTH), '-');
    case 'list-item':
      return wrapText(text, TEXT_WIDTH, '• ', '  ');
    case 'signatory':
      return wrapText(text, TEXT_WIDTH, '  ', '    ');
    default:
      return wrapText(text, TEXT_WIDTH);
  }
}

/**
 * A language version as plain text for e-mail: lines of at most 72 columns (wide characters count
 * two; an address is never broken), the title underlined with `=`, headings with `-`, list items
 * after `• `, signatories indented, paragraphs apart by a blank line.
 */
export function renderText(doc: PublicationDocument): string {
  const laid = layOutPublication(doc);
  const parts: string[][] = [];
  if (laid.notice) parts.push(wrapText(`[${laid.notice}]`, TEXT_WIDTH));
  for (const section of laid.sections) {
    if (section.type === 'block') parts.push(blockText(section.block));
    else parts.push(section.items.flatMap(blockText));
  }
  const closing: string[] = [];
  if (laid.versionLine) closing.push(...wrapText(laid.versionLine, TEXT_WIDTH));
  for (const credit of laid.credits) closing.push(...wrapText(`${credit.label}: ${credit.names.join(', ')}`, TEXT_WIDTH, '', '  '));
  if (closing.length > 0) parts.push(['-- ', ...closing]);
  return `${parts.map((lines) => lines.join('\n')).join('\n\n')}\n`;
}

export const textFormat: PublicationFormat = {
  id: 'text',
  label: 'Plain text',
  extension: 'txt',
  mediaType: 'text/plain; charset=utf-8',
  render: renderText,
};
