import { typographyKey } from '../revisions/align.ts';
import { tokenize } from '../revisions/textDiff.ts';

/** Scripts written without spaces between words: their text is compared character by character. */
const UNSPACED = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}`;
/** One character of such a script, or a run of other letters (`EUの法` → `EU`, `の`, `法`). */
const UNITS = new RegExp(`[${UNSPACED}]|[^${UNSPACED}]+`, 'gu');
const WORDLIKE = /[\p{L}\p{N}]/u;

/**
 * The units two source texts are compared by: their words with case, typography (quotes,
 * dashes, width), spacing and punctuation folded away. A run of a script written without spaces
 * (Japanese, Chinese, Thai…) counts each character as one unit.
 */
export function memoryTokens(text: string): string[] {
  const tokens: string[] = [];
  for (const token of tokenize(typographyKey(text))) {
    if (!WORDLIKE.test(token)) continue;
    tokens.push(...(token.match(UNITS) ?? []));
  }
  return tokens;
}
