import type { TermMatch } from '@tessera/core';

/** A piece of a source's text: plain, or (part of) an occurrence of a term; `first` for the piece that carries the term's description. */
export interface Piece {
  text: string;
  match: TermMatch | null;
  first: boolean;
}

/**
 * Cuts one text part of a unit's source (it starts at `offset` of the unit's text, inline codes
 * left out) at the occurrences of terms that cross it. An occurrence split by an inline code is
 * marked in each part; only its first piece carries the description.
 */
export function termPieces(text: string, offset: number, matches: readonly TermMatch[]): Piece[] {
  const out: Piece[] = [];
  let at = 0;
  for (const match of matches) {
    const start = Math.max(match.start - offset, 0);
    const end = Math.min(match.end - offset, text.length);
    if (end <= start) continue;
    if (start > at) out.push({ text: text.slice(at, start), match: null, first: false });
    out.push({ text: text.slice(start, end), match, first: match.start >= offset });
    at = end;
  }
  if (at < text.length) out.push({ text: text.slice(at), match: null, first: false });
  return out;
}
