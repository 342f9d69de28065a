/**
 * Third pass: decide what each draft block is for a reader — the title, a heading, a paragraph, a list
 * item, a signatory — and number the lists.
 */
import type { BlockKind } from '../model/document.ts';
import { reflow, type Draft } from './drafts.ts';
import { MAX_HEADING_LENGTH, isSignatoryHeading, isSignatoryLine, isTitleLike, looksLikeName } from './textShape.ts';

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
const MAX_TITLE_LINES = 3;
/** A list of at least this many items, (nearly) all looking like names, is a list of signatories. */
const MIN_NAME_LIST = 5;
const NAME_SHARE = 0.8;

export function assignKinds(drafts: readonly Draft[]): KindedBlock[] {
  const first = drafts.findIndex((draft) => draft.kind === 'text' || draft.kind === 'item');
  const blocks = markSignatories(drafts.flatMap((draft, index) => kindsOf(draft, index === first)));
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
  const heading = lines.length === 1 && (isTitleLike(text, MAX_HEADING_LENGTH) || isSignatoryHeading(text));
  return { kind: heading ? 'heading' : 'paragraph', lines, text };
}

/**
 * Under a signatories heading, up to the end: list items become signatories, and so do lines of names
 * with no bullets; a short line stays a (group) heading only when names follow it.
 */
function markSignatories(blocks: readonly KindedBlock[]): KindedBlock[] {
  const result: KindedBlock[] = [];
  let inSection = false;
  for (const [index, block] of blocks.entries()) {
    if (block.kind === 'heading' && isSignatoryHeading(block.text)) {
      inSection = true;
      result.push(block);
    } else if (!inSection) {
      result.push(block);
    } else if (block.kind === 'list-item' || (block.kind === 'heading' && !introducesNames(blocks, index))) {
      result.push({ ...block, kind: 'signatory' });
    } else if (isNameLines(block)) {
      for (const line of block.lines) result.push({ kind: 'signatory', lines: [line], text: line });
    } else {
      result.push(block);
    }
  }
  return result;
}

/** Lines of names with no bullets and no blank line between them. */
function isNameLines(block: KindedBlock): boolean {
  return block.kind === 'paragraph' && block.lines.length > 1 && block.lines.every(isSignatoryLine);
}

/** Whether the next block after `index` (asides aside) is a list or lines of names. */
function introducesNames(blocks: readonly KindedBlock[], index: number): boolean {
  for (let next = index + 1; next < blocks.length; next++) {
    const block = blocks[next];
    if (!block || block.kind === 'aside') continue;
    return block.kind === 'list-item' || isNameLines(block);
  }
  return false;
}

/** Elsewhere, a list of at least MIN_NAME_LIST items that look like names is a list of signatories. */
function markNameLists(blocks: KindedBlock[]): void {
  let run: KindedBlock[] = [];
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
function numberLists(blocks: KindedBlock[]): void {
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
