/**
 * First pass of the plain-text importer: group lines into draft blocks. Blank lines separate blocks,
 * hard-wrapped lines are gathered into the block they continue, a bullet starts a list item, and a line
 * that is only a URL, or is page furniture (`furniture`: indices of page numbers, running headers and
 * footers), becomes an aside without ending the block it interrupts.
 */
import { classifyLine } from './lineKinds.ts';
import { endsSentence, startsLowercase } from './textShape.ts';

export interface TextDraft { kind: 'text'; lines: string[] }
export interface ItemDraft { kind: 'item'; lines: string[] }
export interface AsideDraft { kind: 'aside'; text: string }
export interface DateDraft { kind: 'date'; date: string }
export type Draft = TextDraft | ItemDraft | AsideDraft | DateDraft;

export function groupLines(lines: readonly string[], furniture: ReadonlySet<number> = new Set()): Draft[] {
  const drafts: Draft[] = [];
  /** The block the next line joins when no blank line comes between. */
  let open: TextDraft | ItemDraft | null = null;
  let openIndent = 0;
  /** The latest block with text, which a lowercase line after a page break continues. */
  let last: TextDraft | ItemDraft | null = null;

  for (const [index, raw] of lines.entries()) {
    const line = classifyLine(raw);
    if (line.kind === 'blank') {
      open = null;
    } else if (line.kind === 'url' || furniture.has(index)) {
      drafts.push({ kind: 'aside', text: raw.trim() });
    } else if (line.kind === 'bullet') {
      const item: ItemDraft = { kind: 'item', lines: line.text === '' ? [] : [line.text] };
      drafts.push(item);
      open = last = item;
    } else {
      const target = continued(open, openIndent, last, line.text, line.indent);
      if (target) {
        target.lines.push(line.text);
        open = target;
      } else {
        const paragraph: TextDraft = { kind: 'text', lines: [line.text] };
        drafts.push(paragraph);
        open = last = paragraph;
      }
      openIndent = line.indent;
    }
  }
  return drafts.filter((draft) => draft.kind !== 'item' || draft.lines.length > 0);
}

/** The block a text line continues, or null when it starts a new paragraph. */
function continued(
  open: TextDraft | ItemDraft | null,
  openIndent: number,
  last: TextDraft | ItemDraft | null,
  text: string,
  indent: number,
): TextDraft | ItemDraft | null {
  // Inside a paragraph, an indented line starts the next paragraph (a first-line indent).
  if (open) return open.kind === 'text' && indent > openIndent ? null : open;
  if (!last) return null;
  // A bullet alone on its line: its text follows, possibly after a blank line.
  if (last.kind === 'item' && last.lines.length === 0) return last;
  // After a page break (blank lines, perhaps a footer), a sentence that was cut goes on in lowercase.
  const lastLine = last.lines[last.lines.length - 1] ?? '';
  return startsLowercase(text) && !endsSentence(lastLine) ? last : null;
}

/** The text of a block's lines reflowed into one paragraph. */
export function reflow(lines: readonly string[]): string {
  const parts: string[] = [];
  let previous: string | null = null;
  for (const line of lines) {
    if (previous !== null) parts.push(endsInWordHyphen(previous) && startsLowercase(line) ? '' : ' ');
    parts.push(line);
    previous = line;
  }
  return parts.join('');
}

/** `cross-` at a line end: the hyphen belongs to a compound word that goes on on the next line. */
function endsInWordHyphen(text: string): boolean {
  return text.endsWith('-') && /\p{L}/u.test(text.charAt(text.length - 2));
}
