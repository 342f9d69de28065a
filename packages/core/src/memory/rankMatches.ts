import type { Content } from '../model/document.ts';
import { EXACT_SCORE, fuzzyScore, TYPOGRAPHY_SCORE } from './fuzzyScore.ts';

/** CAT tools' usual threshold: below it, a match costs more to fix than to translate afresh. */
export const MIN_MATCH_SCORE = 75;
export const MAX_MATCHES = 5;

/** A translation the memory could offer: its source's text, its target, and when it was written (ISO 8601). */
export interface MemoryCandidate {
  sourceText: string;
  target: Content;
  createdAt: string;
  /** Its score as an index found it (`wordScore`: 99 at most), when known: only the same text is then told apart. */
  knownScore?: number;
}

export interface MatchOptions {
  /** Matches below this score are left out (default 75). */
  minScore?: number;
  /** At most this many matches (default 5). */
  limit?: number;
}

/**
 * The candidates worth offering for `source`, with their scores: best first, the newest first
 * among equal scores, below `minScore` left out, and the same source and target offered once
 * (its best, newest occurrence).
 */
export function rankMatches<T extends MemoryCandidate>(source: string, candidates: readonly T[], options: MatchOptions = {}): (T & { score: number })[] {
  const minScore = options.minScore ?? MIN_MATCH_SCORE;
  const limit = options.limit ?? MAX_MATCHES;
  const ranked = candidates
    .map((candidate) => ({ ...candidate, score: scoreOf(source, candidate) }))
    .filter((match) => match.score >= minScore)
    .sort((a, b) => b.score - a.score || (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
  const seen = new Set<string>();
  const matches: (T & { score: number })[] = [];
  for (const match of ranked) {
    const key = JSON.stringify([match.sourceText, match.target]);
    if (seen.has(key)) continue;
    seen.add(key);
    matches.push(match);
    if (matches.length === limit) break;
  }
  return matches;
}

function scoreOf(source: string, candidate: MemoryCandidate): number {
  if (candidate.knownScore === undefined) return fuzzyScore(source, candidate.sourceText);
  return candidate.knownScore === TYPOGRAPHY_SCORE && source.trim() === candidate.sourceText.trim() ? EXACT_SCORE : candidate.knownScore;
}
