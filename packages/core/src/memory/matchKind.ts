import { EXACT_SCORE } from './fuzzyScore.ts';

/**
 * How far a match can be trusted: `context` — the same source, and the sentences before and
 * after it are the same too; `exact` — the same source; `fuzzy` — a close one.
 */
export const MATCH_KINDS = ['context', 'exact', 'fuzzy'] as const;
export type MatchKind = (typeof MATCH_KINDS)[number];

/** The sources of the sentences around a unit (null: it is the first, or the last). */
export interface Neighbours {
  previous: string | null;
  next: string | null;
}

const sameSource = (a: string | null, b: string | null) => (a === null || b === null ? a === b : a.trim() === b.trim());

/**
 * The kind of a match of `score` for a unit with `neighbours`, when the stored translation's own
 * unit had `stored` around it (null: a stored entry with no document around it, as a TMX file's).
 */
export function matchKind(score: number, neighbours: Neighbours, stored: Neighbours | null): MatchKind {
  if (score < EXACT_SCORE) return 'fuzzy';
  if (stored === null) return 'exact';
  return sameSource(neighbours.previous, stored.previous) && sameSource(neighbours.next, stored.next) ? 'context' : 'exact';
}

/** Matches in the order they are offered: context matches first, then exact, then fuzzy; stable within a kind. */
export function byMatchKind<T extends { kind: MatchKind }>(matches: readonly T[]): T[] {
  return MATCH_KINDS.flatMap((kind) => matches.filter((m) => m.kind === kind));
}

/** The match a new unit is pre-filled with (as needs-review): the first context match, else the first exact one; null when there is neither. */
export function prefillMatch<T extends { kind: MatchKind }>(matches: readonly T[]): T | null {
  return matches.find((m) => m.kind === 'context') ?? matches.find((m) => m.kind === 'exact') ?? null;
}

/** The neighbours of each unit of a document, from their sources in reading order. */
export function neighboursInOrder(sources: readonly string[]): Neighbours[] {
  return sources.map((_, i) => ({ previous: sources[i - 1] ?? null, next: sources[i + 1] ?? null }));
}
