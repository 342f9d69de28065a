/**
 * The coordinator's edits of a unit's source, as pure functions: the text typed in the source
 * editor made into unit content (inline codes kept beside the words they marked), the checks
 * before it is sent, and the two parts a split would leave.
 */
import { contentText, diffWords, type Content, type InlineCode } from '@tessera/core';

export type SourceChange = 'typo' | 'meaning';

/** A source typed in a textarea, as a unit holds it: on one line, without spaces around it. */
export function cleanSourceText(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/gu, ' ').trim();
}

interface Stretch {
  op: 'equal' | 'insert' | 'delete';
  /** Character range in the old text (empty for an insertion). */
  from: number;
  to: number;
  /** Character range in the new text (empty for a deletion). */
  newFrom: number;
  newTo: number;
}

function stretchesOf(before: string, after: string): Stretch[] {
  const stretches: Stretch[] = [];
  let old = 0;
  let next = 0;
  for (const part of diffWords(before, after)) {
    const oldLength = part.op === 'insert' ? 0 : part.text.length;
    const newLength = part.op === 'delete' ? 0 : part.text.length;
    stretches.push({ op: part.op, from: old, to: old + oldLength, newFrom: next, newTo: next + newLength });
    old += oldLength;
    next += newLength;
  }
  return stretches;
}

/**
 * Where a position of the old text lies in the new one. An opening code (and a standalone one)
 * goes with the text after it, a closing code with the text before it; a code inside replaced
 * words goes to the start (opening) or the end (closing) of the words that replaced them.
 */
function positionIn(stretches: readonly Stretch[], at: number, side: 'start' | 'end', newLength: number): number {
  if (side === 'start') {
    const stretch = stretches.find((s) => s.op !== 'insert' && s.from <= at && at < s.to);
    if (!stretch) return newLength;
    return stretch.op === 'equal' ? stretch.newFrom + (at - stretch.from) : stretch.newFrom;
  }
  const index = stretches.findLastIndex((s) => s.op !== 'insert' && s.from < at && at <= s.to);
  const stretch = stretches[index];
  if (!stretch) return 0;
  if (stretch.op === 'equal') return stretch.newFrom + (at - stretch.from);
  let end = stretch.newTo;
  for (const following of stretches.slice(index + 1)) {
    if (following.op !== 'insert') break;
    end = following.newTo;
  }
  return end;
}

/** The unit's content with its text replaced by `text`, each inline code kept beside the words it marked. */
export function editedContent(original: Content, text: string): Content {
  const codes: { code: InlineCode; at: number }[] = [];
  let offset = 0;
  for (const part of original) {
    if (typeof part === 'string') offset += part.length;
    else codes.push({ code: part, at: offset });
  }
  if (codes.length === 0) return text ? [text] : [];

  const stretches = stretchesOf(contentText(original), text);
  const placed = codes
    .map(({ code, at }, order) => ({ code, order, at: positionIn(stretches, at, code.kind === 'close' ? 'end' : 'start', text.length) }))
    .sort((a, b) => a.at - b.at || a.order - b.order);
  const content: Content = [];
  let cursor = 0;
  for (const { code, at } of placed) {
    if (at > cursor) content.push(text.slice(cursor, at));
    cursor = Math.max(cursor, at);
    content.push(code);
  }
  if (cursor < text.length) content.push(text.slice(cursor));
  return content;
}

export type SourceEditProblem = 'empty' | 'unchanged' | 'noChoice';

/** Why an edit of the source cannot be sent yet, or null when it can. */
export function checkSourceEdit(original: Content, typed: string, change: SourceChange | null): SourceEditProblem | null {
  const text = cleanSourceText(typed);
  if (text === '') return 'empty';
  if (text === contentText(original)) return 'unchanged';
  if (change === null) return 'noChoice';
  return null;
}

/**
 * The two sentences a split at `offset` of `text` would make, without the space between them;
 * null when one of them would have no text.
 */
export function splitParts(text: string, offset: number): { first: string; second: string } | null {
  const first = text.slice(0, offset).trim();
  const second = text.slice(offset).trim();
  return first && second ? { first, second } : null;
}

export type CaretKey = 'ArrowLeft' | 'ArrowRight' | 'Home' | 'End';

/**
 * Where a key moves the caret in the split field (a read-only field, where browsers do not all
 * move it): a character left or right, or with `byWord` to the start of the previous or next
 * word; Home and End to the ends of the text. Left and right follow reading order in `dir`.
 */
export function moveCaret(text: string, at: number, key: CaretKey, byWord: boolean, dir: 'ltr' | 'rtl' = 'ltr'): number {
  if (key === 'Home') return 0;
  if (key === 'End') return text.length;
  const forward = (key === 'ArrowRight') === (dir === 'ltr');
  if (!byWord) return Math.min(text.length, Math.max(0, at + (forward ? 1 : -1)));
  let position = at;
  if (forward) {
    while (position < text.length && !/\s/u.test(text[position]!)) position++;
    while (position < text.length && /\s/u.test(text[position]!)) position++;
  } else {
    while (position > 0 && /\s/u.test(text[position - 1]!)) position--;
    while (position > 0 && !/\s/u.test(text[position - 1]!)) position--;
  }
  return position;
}
