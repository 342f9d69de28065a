/**
 * The ground truth of the look-up bench: every entry of the memory scored against the query, with
 * no index and nothing left out — the word-level normalized edit distance the memory ranks by
 * (`fuzzyScore`: insertions and deletions of words, 100 × (1 − d / (n + m))), computed with the
 * same bit-parallel LCS the index uses, which the core's tests hold equal to `fuzzyScore`.
 */
import { memoryTokens, WordLcs, wordScore } from '../../packages/core/src/index.ts';

export interface Scored {
  entry: number;
  score: number;
}

export class ScanAll {
  private readonly numbers = new Map<string, number>();
  private pool = new Int32Array(1 << 20);
  private used = 0;
  private readonly starts: Uint32Array;
  private readonly lengths: Uint16Array;

  constructor(entries: readonly string[]) {
    this.starts = new Uint32Array(entries.length);
    this.lengths = new Uint16Array(entries.length);
    entries.forEach((text, entry) => {
      const tokens = this.numbered(memoryTokens(text));
      if (this.used + tokens.length > this.pool.length) {
        const bigger = new Int32Array(Math.max(this.pool.length * 2, this.used + tokens.length));
        bigger.set(this.pool);
        this.pool = bigger;
      }
      this.pool.set(tokens, this.used);
      this.starts[entry] = this.used;
      this.lengths[entry] = tokens.length;
      this.used += tokens.length;
    });
  }

  /** The best `limit` entries scoring `minScore` or more (99 at most: the same words), best first. */
  top(text: string, minScore: number, limit: number): Scored[] {
    const query = this.numbered(memoryTokens(text));
    const lcs = new WordLcs(query);
    const table = new Int32Array(this.numbers.size);
    lcs.mark(table);
    const best: Scored[] = [];
    for (let entry = 0; entry < this.starts.length; entry++) {
      const m = this.lengths[entry]!;
      if (m === 0 || query.length === 0) continue;
      const score = wordScore(lcs.measure(this.pool, this.starts[entry]!, m, table), query.length, m);
      if (score < minScore || (best.length === limit && score <= best[limit - 1]!.score)) continue;
      let at = best.length;
      while (at > 0 && best[at - 1]!.score < score) at--;
      best.splice(at, 0, { entry, score });
      if (best.length > limit) best.pop();
    }
    return best;
  }

  /** The score of one entry against `text`. */
  score(entry: number, text: string): number {
    const query = this.numbered(memoryTokens(text));
    const lcs = new WordLcs(query);
    const table = new Int32Array(this.numbers.size);
    lcs.mark(table);
    const m = this.lengths[entry]!;
    return m === 0 || query.length === 0 ? 0 : wordScore(lcs.measure(this.pool, this.starts[entry]!, m, table), query.length, m);
  }

  private numbered(tokens: readonly string[]): number[] {
    return tokens.map((token) => {
      let number = this.numbers.get(token);
      if (number === undefined) this.numbers.set(token, (number = this.numbers.size));
      return number;
    });
  }
}

/**
 * recall@k of one look-up: of the k entries a perfect look-up returns (the truth: every entry with
 * a score at least the k-th best's is one of them), how many it returned. Null when no entry
 * reaches the minimum score (nothing to find).
 */
export function recallOf(truth: readonly Scored[], foundScores: readonly number[]): number | null {
  if (truth.length === 0) return null;
  const bar = truth[truth.length - 1]!.score;
  return Math.min(truth.length, foundScores.filter((score) => score >= bar).length) / truth.length;
}
