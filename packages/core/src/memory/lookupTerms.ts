import { MIN_MATCH_SCORE } from './rankMatches.ts';
import { memoryTokens } from './tokens.ts';

/**
 * The words of `text` a stored source must share at least one of to score `minScore` or more:
 * a candidate that reaches it keeps at least ⌈minScore·n / (200 − minScore)⌉ of the n words of
 * `text`, so it cannot miss every word of a set that holds more than the rest. The set is taken
 * from the rarest words (`frequency`: how many stored sources hold a word), so that a look-up in
 * the word index touches few entries. Empty for a text without words.
 */
export function lookupTerms(text: string, frequency: (term: string) => number, minScore = MIN_MATCH_SCORE): string[] {
  const tokens = memoryTokens(text);
  const threshold = Math.min(100, Math.max(1, minScore));
  const kept = Math.ceil((threshold * tokens.length) / (200 - threshold));
  const missable = tokens.length - kept;
  const counts = new Map<string, number>();
  for (const token of tokens) counts.set(token, (counts.get(token) ?? 0) + 1);
  const rarestFirst = [...counts.keys()].sort((a, b) => frequency(a) - frequency(b) || (a < b ? -1 : a > b ? 1 : 0));
  const terms: string[] = [];
  let covered = 0;
  for (const term of rarestFirst) {
    if (covered > missable) break;
    terms.push(term);
    covered += counts.get(term)!;
  }
  return terms;
}
