import { matchSequences } from '../revisions/sequenceDiff.ts';
import { memoryTokens } from './tokens.ts';

/** The same text. */
export const EXACT_SCORE = 100;
/** The same words: only case, typography, spacing or punctuation differ. */
export const TYPOGRAPHY_SCORE = 99;
/** The best a text with other words can score, however long it is. */
export const MAX_FUZZY_SCORE = 98;

/**
 * How close a source text is to another, from 0 to 100: 100 when they are the same (up to
 * leading and trailing spaces), 99 when only typography differs, otherwise
 * 100 × (1 − d / (n + m)) rounded down, where d is the word-level edit distance (words inserted
 * and deleted) between their n and m words (at most 98). Empty texts score 0.
 */
export function fuzzyScore(a: string, b: string): number {
  const left = a.trim();
  const right = b.trim();
  if (left === '' || right === '') return 0;
  if (left === right) return EXACT_SCORE;
  const wordsA = memoryTokens(left);
  const wordsB = memoryTokens(right);
  if (wordsA.length === 0 || wordsB.length === 0) return 0;
  // The longest common subsequence: the words both texts have in the same order.
  return wordScore(matchSequences(wordsA, wordsB).length, wordsA.length, wordsB.length);
}

/** The score of texts of `n` and `m` words that have `shared` words in the same order (not telling the same text apart: 99 at most). */
export function wordScore(shared: number, n: number, m: number): number {
  if (shared === n && shared === m) return TYPOGRAPHY_SCORE;
  return Math.min(MAX_FUZZY_SCORE, Math.floor((200 * shared) / (n + m)));
}

