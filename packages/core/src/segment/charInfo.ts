/**
 * What the segmenter needs to know about a UTF-16 code unit, in one table lookup: whether it is an
 * uppercase, lowercase or caseless letter, a digit, white space, a combining mark, or an invisible
 * format character (bidi controls, zero-width joiners) that the rules look through.
 *
 * Code units outside the Basic Multilingual Plane (surrogates) count as none of these: the few
 * letters there (historic scripts, mathematical alphabets) never decide a sentence boundary.
 */
export const UPPER = 1;
export const LOWER = 2;
export const CASELESS = 4;
export const DIGIT = 8;
export const SPACE = 16;
export const MARK = 32;
export const INVISIBLE = 64;

export const LETTER = UPPER | LOWER | CASELESS;
export const WORD = LETTER | DIGIT | MARK;

let table: Uint8Array | null = null;

/** The table, built on first use from the Unicode properties the regular-expression engine knows. */
export function charInfo(): Uint8Array {
  if (table) return table;
  const built = new Uint8Array(0x10000);
  const units: string[] = [];
  for (let start = 0; start < 0x10000; start += 0x1000) {
    const chunk: number[] = [];
    for (let code = start; code < start + 0x1000; code++) chunk.push(code);
    units.push(String.fromCharCode(...chunk));
  }
  // One code unit per position, so a match's index is its code unit (lone surrogates match nothing here).
  const all = units.join('');
  const mark = (pattern: RegExp, flag: number): void => {
    for (const match of all.matchAll(pattern)) built[match.index] = (built[match.index] ?? 0) | flag;
  };
  mark(/[\p{Lu}\p{Lt}]/gu, UPPER);
  mark(/\p{Ll}/gu, LOWER);
  mark(/[\p{Lo}\p{Lm}]/gu, CASELESS);
  mark(/\p{Nd}/gu, DIGIT);
  mark(/\p{White_Space}/gu, SPACE);
  mark(/\p{M}/gu, MARK);
  mark(/\p{Cf}/gu, INVISIBLE);
  table = built;
  return built;
}
