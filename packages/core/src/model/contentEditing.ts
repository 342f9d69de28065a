import { InputError } from '../errors/index.ts';
import { appendPart, contentText, type Content, type InlineCode } from './document.ts';

/** One unit's content followed by another's, with the whitespace that stood between them. */
export function joinContent(first: Content, space: string, second: Content): Content {
  const joined: Content = [];
  for (const part of [...first, ...(space ? [space] : []), ...second]) {
    const last = joined.at(-1);
    if (typeof part === 'string' && typeof last === 'string') joined[joined.length - 1] = last + part;
    else joined.push(part);
  }
  return joined;
}

/**
 * Splits content at a character offset of its text (inline codes count as no characters). The
 * whitespace around the split point is returned apart, as the first part's `spaceAfter`.
 * Refuses a split inside a pair of inline codes, or one that leaves a side without text.
 */
export function splitContent(content: Content, offset: number): { first: Content; space: string; second: Content } {
  const first: Content = [];
  const second: Content = [];
  let seen = 0;
  const open = new Set<string>();
  let splitDone = false;
  for (const part of content) {
    if (typeof part !== 'string') {
      (splitDone ? second : first).push(part);
      if (!splitDone) {
        if (part.kind === 'open') open.add(part.id);
        if (part.kind === 'close') open.delete(part.id);
      }
      continue;
    }
    if (!splitDone && seen + part.length >= offset) {
      if (open.size > 0) throw new InputError('input.invalid-split', 'A unit cannot be split inside formatted text (bold, a link…). Choose a point outside it.');
      const cut = offset - seen;
      if (cut > 0 && cut < part.length && isSurrogatePair(part.charCodeAt(cut - 1), part.charCodeAt(cut))) {
        throw new InputError('input.invalid-split', 'A unit cannot be split inside a character (an emoji, say). Choose a point between two characters.');
      }
      if (cut > 0) first.push(part.slice(0, cut));
      if (cut < part.length) second.push(part.slice(cut));
      splitDone = true;
    } else (splitDone ? second : first).push(part);
    seen += part.length;
  }
  const space = trailingSpace(first) + leadingSpace(second);
  if (!hasText(first) || !hasText(second)) {
    throw new InputError('input.invalid-split', 'Split where both parts keep some text.');
  }
  return { first, space, second };
}

/** Whether two UTF-16 code units are the halves of one character (an offset between them would cut it in two). */
function isSurrogatePair(high: number, low: number): boolean {
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
}

function hasText(content: Content): boolean {
  return content.some((p) => typeof p === 'string' && p.trim() !== '');
}

function trailingSpace(content: Content): string {
  const last = content.at(-1);
  if (typeof last !== 'string') return '';
  const space = /\s*$/u.exec(last)![0];
  if (space) content[content.length - 1] = last.slice(0, last.length - space.length);
  if (content[content.length - 1] === '') content.pop();
  return space;
}

function leadingSpace(content: Content): string {
  const first = content[0];
  if (typeof first !== 'string') return '';
  const space = /^\s*/u.exec(first)![0];
  if (space) content[0] = first.slice(space.length);
  if (content[0] === '') content.shift();
  return space;
}

/**
 * A translation as typed in the editor, its inline codes taken from the source by kind and id:
 * a translator places the source's formatting but cannot forge a code (say, a link elsewhere).
 * Codes the source does not have are dropped; a translation without text is empty.
 */
export function targetWithSourceCodes(target: Content, source: Content): Content {
  const codes = new Map(source.filter((p): p is InlineCode => typeof p !== 'string').map((c) => [`${c.kind}:${c.id}`, c]));
  const out: Content = [];
  for (const part of target) {
    const piece = typeof part === 'string' ? part : codes.get(`${part.kind}:${part.id}`);
    if (piece !== undefined) appendPart(out, piece);
  }
  return contentText(out).trim() === '' ? [] : out;
}
