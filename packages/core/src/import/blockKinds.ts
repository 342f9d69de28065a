/**
 * Third pass: decide what each draft block is for a reader — the title, a heading, a paragraph, a list
 * item, a signatory — and number the lists.
 */
import type { BlockKind } from '../model/document.ts';
import { reflow, type Draft } from './drafts.ts';
import { MAX_HEADING_LENGTH, isByline, isSignatoryHeading, isSignatoryLine, isTitleLike, looksLikeName } from './textShape.ts';

export interface KindedBlock {
  kind: BlockKind;
  /** The block's lines as they were wrapped; empty for a date. */
  lines: readonly string[];
  /** The lines reflowed into one paragraph. */
  text: string;
  date?: string;
  list?: number;
}

/** A title is hard-wrapped over at most this many lines. */
export const MAX_TITLE_LINES = 3;
/** A list of at least this many items, (nearly) all looking like names, is a list of signatories. */
const MIN_NAME_LIST = 5;
const NAME_SHARE = 0.8;

export function assignKinds(drafts: readonly Draft[]): KindedBlock[] {
  const first = drafts.findIndex((draft) => draft.kind === 'text' || draft.kind === 'item');
  const kinded = drafts.flatMap((draft, index) => kindsOf(draft, index === first));
  const blocks = markSignatories(kinded, {
    eachLine: (block) => block.lines.map((line): KindedBlock => ({ kind: 'signatory', lines: [line], text: line })),
  });
  markNameLists(blocks);
  numberLists(blocks);
  return blocks;
}

function kindsOf(draft: Draft, first: boolean): KindedBlock[] {
  switch (draft.kind) {
    case 'aside':
      return [{ kind: 'aside', lines: [draft.text], text: draft.text }];
    case 'date':
      return [{ kind: 'date', lines: [], text: '', date: draft.date }];
    case 'item':
      return [{ kind: 'list-item', lines: draft.lines, text: reflow(draft.lines) }];
    case 'text': {
      const [firstLine = '', ...rest] = draft.lines;
      // "Signed by:" with the names on the lines right under it.
      if (rest.length > 0 && isSignatoryHeading(firstLine)) {
        return [textKind([firstLine], false), textKind(rest, false)];
      }
      return [textKind(draft.lines, first)];
    }
  }
}

function textKind(lines: readonly string[], first: boolean): KindedBlock {
  const text = reflow(lines);
  if (first && lines.length <= MAX_TITLE_LINES && isTitleLike(text)) return { kind: 'title', lines, text };
  const heading = lines.length === 1 && ((isTitleLike(text, MAX_HEADING_LENGTH) && !isByline(text)) || isSignatoryHeading(text));
  return { kind: heading ? 'heading' : 'paragraph', lines, text };
}

/** What the signatory and list passes need to know of a block, in any source format. */
export interface ShapedBlock {
  kind: BlockKind;
  /** The block's lines (as wrapped in plain text; as broken by line breaks in other formats). */
  lines: readonly string[];
  text: string;
  list?: number;
}

export interface SignatoryOptions<T extends ShapedBlock> {
  /** One signatory block per line of `block`, a block of name lines. */
  eachLine: (block: T) => T[];
  /**
   * In formats that mark every paragraph (Markdown, HTML, DOCX), a one-line paragraph can be a name,
   * and a heading introduces names even when one-line paragraphs of names follow it. (In plain text
   * such a line is a heading already.)
   */
  singleLineNames?: boolean;
  /** Whether `block` ends the section that the signatories heading `heading` opened (formats with heading levels). */
  endsSection?: (block: T, heading: T) => boolean;
}

/**
 * Under a signatories heading, up to the end (or `endsSection`): list items become signatories, and so
 * do lines of names with no bullets; a short line stays a (group) heading only when names follow it.
 */
export function markSignatories<T extends ShapedBlock>(blocks: readonly T[], options: SignatoryOptions<T>): T[] {
  const result: T[] = [];
  const single = options.singleLineNames === true;
  let section: T | null = null;
  for (const [index, block] of blocks.entries()) {
    if (block.kind === 'heading' && isSignatoryHeading(block.text)) {
      section = block;
      result.push(block);
    } else if (section && options.endsSection?.(block, section)) {
      section = null;
      result.push(block);
    } else if (!section) {
      result.push(block);
    } else if (block.kind === 'list-item' || (isNameCandidate(block, single) && !introducesNames(blocks, index, single))) {
      result.push({ ...block, kind: 'signatory' });
    } else if (isNameLines(block)) {
      result.push(...options.eachLine(block));
    } else {
      result.push(block);
    }
  }
  return result;
}

/** A block that is one name, unless names follow it (then it heads a group of them). */
function isNameCandidate(block: ShapedBlock, singleLineNames: boolean): boolean {
  if (block.kind === 'heading') return true;
  return singleLineNames && block.kind === 'paragraph' && block.lines.length === 1 && isSignatoryLine(block.text);
}

/** Lines of names with no bullets and no blank line between them. */
function isNameLines(block: ShapedBlock): boolean {
  return block.kind === 'paragraph' && block.lines.length > 1 && block.lines.every(isSignatoryLine);
}

/** Whether the next block after `index` (asides aside) is a list or lines of names. */
function introducesNames(blocks: readonly ShapedBlock[], index: number, singleLineNames: boolean): boolean {
  const heading = blocks[index]?.kind === 'heading';
  for (let next = index + 1; next < blocks.length; next++) {
    const block = blocks[next];
    if (!block || block.kind === 'aside') continue;
    if (heading && singleLineNames && block.kind === 'paragraph' && isNameCandidate(block, true)) return true;
    return block.kind === 'list-item' || isNameLines(block);
  }
  return false;
}

/** Elsewhere, a list of at least MIN_NAME_LIST items that look like names is a list of signatories. */
export function markNameLists(blocks: ShapedBlock[]): void {
  let run: ShapedBlock[] = [];
  const close = (): void => {
    const names = run.filter((item) => looksLikeName(item.text)).length;
    if (run.length >= MIN_NAME_LIST && names >= NAME_SHARE * run.length) for (const item of run) item.kind = 'signatory';
    run = [];
  };
  for (const block of blocks) {
    if (block.kind === 'list-item') run.push(block);
    else if (block.kind !== 'aside') close();
  }
  close();
}

/** Consecutive list items (or signatories) share a number; an aside between them does not end the list. */
export function numberLists(blocks: ShapedBlock[]): void {
  let list = 0;
  let previous: BlockKind | null = null;
  for (const block of blocks) {
    if (block.kind === 'aside') continue;
    if (block.kind === 'list-item' || block.kind === 'signatory') {
      if (previous !== block.kind) list++;
      block.list = list;
    }
    previous = block.kind;
  }
}
