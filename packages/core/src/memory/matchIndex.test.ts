import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchSequences } from '../revisions/sequenceDiff.ts';
import { fuzzyScore, TYPOGRAPHY_SCORE } from './fuzzyScore.ts';
import { MatchIndex, type IndexHit, type IndexedSource } from './matchIndex.ts';
import { memoryTokens } from './tokens.ts';
import { WordLcs } from './wordLcs.ts';

/** Few words, so that random sentences share many. */
const word = fc.constantFrom('act', 'law', 'the', 'rights', 'we', 'urge', 'data', 'state', 'court', 'privacy', 'free', 'press');
const sentence = (max: number) => fc.array(word, { minLength: 1, maxLength: max });

const lcsOf = (a: readonly number[], b: readonly number[]) => {
  const lcs = new WordLcs(a);
  const table = new Int32Array(64);
  lcs.mark(table);
  return lcs.measure(b, 0, b.length, table);
};

describe('WordLcs', () => {
  it('measures the longest common subsequence, for queries of one word of bits and of several', () => {
    const tokens = (max: number) => fc.array(fc.integer({ min: 0, max: 9 }), { maxLength: max });
    fc.assert(
      fc.property(fc.oneof(tokens(32), tokens(100)), tokens(100), (a, b) => {
        expect(lcsOf(a, b)).toBe(matchSequences(a.map(String), b.map(String)).length);
      }),
      { numRuns: 500 },
    );
  });
});

/** Every source scored, the best `limit` kept: what the index must find. */
function bruteForce(sources: readonly IndexedSource[], tokens: readonly string[], minScore: number, limit: number): IndexHit[] {
  return sources
    .map((s) => ({ key: s.key, time: s.time, owner: s.owner, score: fuzzyScore(tokens.join(' '), s.tokens.join(' ')) }))
    .map((hit) => ({ ...hit, score: Math.min(hit.score, TYPOGRAPHY_SCORE) }))
    .filter((hit) => hit.score >= minScore)
    .sort((a, b) => b.score - a.score || b.time - a.time || b.key - a.key)
    .slice(0, limit);
}

const sourcesOf = (sentences: string[][]) => sentences.map((tokens, key) => ({ key, tokens, time: key % 7, owner: key % 3 }));

describe('MatchIndex', () => {
  it('finds what scoring every source finds: the same hits, scores and order', () => {
    fc.assert(
      fc.property(fc.array(sentence(40), { maxLength: 60 }), sentence(40), fc.integer({ min: 40, max: 99 }), fc.integer({ min: 1, max: 6 }), (sentences, query, minScore, limit) => {
        const index = new MatchIndex();
        const sources = sourcesOf(sentences);
        sources.forEach((s) => index.add(s));
        expect(index.search({ tokens: query, minScore, limit })).toEqual(bruteForce(sources, query, minScore, limit));
      }),
      { numRuns: 300 },
    );
  });

  it('forgets removed and replaced sources, and finds the same after compacting and after a snapshot', () => {
    fc.assert(
      fc.property(fc.array(sentence(20), { minLength: 1, maxLength: 80 }), fc.array(fc.nat(), { maxLength: 60 }), sentence(20), (sentences, removals, query) => {
        const index = new MatchIndex();
        let sources = sourcesOf(sentences);
        sources.forEach((s) => index.add(s));
        for (const r of removals) {
          const key = r % sentences.length;
          index.remove(key);
          sources = sources.filter((s) => s.key !== key);
        }
        const replaced = { key: 0, tokens: query, time: 99, owner: 1 };
        index.add(replaced);
        sources = [...sources.filter((s) => s.key !== 0), replaced];
        const expected = bruteForce(sources, query, 50, 5);
        expect(index.search({ tokens: query, minScore: 50, limit: 5 })).toEqual(expected);
        expect(index.size).toBe(sources.length);
        const again = MatchIndex.fromSnapshot(structuredClone(index.snapshot()));
        expect(again.search({ tokens: query, minScore: 50, limit: 5 })).toEqual(expected);
        expect(index.search({ tokens: query, minScore: 50, limit: 5 })).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });

  it('reclaims the room of removed sources once half of them are gone', () => {
    const index = new MatchIndex();
    for (let key = 0; key < 5000; key++) index.add({ key, tokens: ['w', `w${key}`], time: key, owner: 0 });
    for (let key = 0; key < 4000; key++) index.remove(key);
    expect(index.size).toBe(1000);
    expect(index.snapshot().keys.length).toBe(1000);
    expect(index.search({ tokens: ['w', 'w4500'], minScore: 75, limit: 1 })).toEqual([{ key: 4500, score: TYPOGRAPHY_SCORE, time: 4500, owner: 0 }]);
  });

  it('leaves out the sources a look-up does not accept, still finding the best of the others', () => {
    const index = new MatchIndex();
    const tokens = memoryTokens('We urge the committee to amend the Act before its second reading.');
    index.add({ key: 1, tokens, time: 1, owner: 7 });
    index.add({ key: 2, tokens: [...tokens.slice(0, -1), 'third'], time: 1, owner: 8 });
    const hits = index.search({ tokens, minScore: 75, limit: 5, accept: (_, owner) => owner !== 7 });
    expect(hits.map((h) => h.key)).toEqual([2]);
  });

  it('finds nothing for a query without words, and keeps no source without words', () => {
    const index = new MatchIndex();
    index.add({ key: 1, tokens: [], time: 0, owner: 0 });
    expect(index.size).toBe(0);
    expect(index.search({ tokens: [], minScore: 75, limit: 5 })).toEqual([]);
  });
});
