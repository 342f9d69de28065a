import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchSequences } from './sequenceDiff.ts';

/** Length of the longest common subsequence by dynamic programming: the reference. */
function lcsLength(a: string[], b: string[]): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = x === b[j - 1] ? diagonal + 1 : Math.max(row[j]!, row[j - 1]!);
      diagonal = above;
    }
  }
  return row[b.length]!;
}

describe('matchSequences', () => {
  it('matches equal elements in order around an insertion, a deletion and a change', () => {
    expect(matchSequences(['a', 'b', 'c', 'd'], ['a', 'x', 'b', 'd', 'e'])).toEqual([
      [0, 0],
      [1, 2],
      [3, 3],
    ]);
  });

  it('finds a longest common subsequence of any two sequences, as a list of equal, increasing pairs', () => {
    const seq = fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 40 });
    fc.assert(
      fc.property(seq, seq, (a, b) => {
        const pairs = matchSequences(a, b);
        for (const [k, [i, j]] of pairs.entries()) {
          expect(a[i]).toBe(b[j]);
          if (k > 0) {
            expect(i).toBeGreaterThan(pairs[k - 1]![0]);
            expect(j).toBeGreaterThan(pairs[k - 1]![1]);
          }
        }
        expect(pairs.length).toBe(lcsLength(a, b));
      }),
      { numRuns: 500 },
    );
  });

  it('stays in order on sequences too far apart for the exact diff', () => {
    const a = Array.from({ length: 6000 }, (_, i) => `a${i}`);
    const b = [...Array.from({ length: 6000 }, (_, i) => `b${i}`), 'a5', 'a7'];
    expect(matchSequences(a, b)).toEqual([
      [5, 6000],
      [7, 6001],
    ]);
  });
});
