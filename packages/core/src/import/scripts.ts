/** Which writing system a line is in, to spot a stray line in another script than the document's. */
import { primaryLanguage } from '../language/index.ts';

export type Script = 'Latin' | 'Cyrillic' | 'Greek' | 'Arabic' | 'Hebrew' | 'Han' | 'Kana' | 'Hangul' | 'Devanagari' | 'Thai' | 'other';

const SCRIPT_PATTERNS: readonly (readonly [Script, RegExp])[] = [
  ['Latin', /\p{Script=Latin}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Arabic', /\p{Script=Arabic}/u],
  ['Hebrew', /\p{Script=Hebrew}/u],
  ['Han', /\p{Script=Han}/u],
  ['Kana', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['Hangul', /\p{Script=Hangul}/u],
  ['Devanagari', /\p{Script=Devanagari}/u],
  ['Thai', /\p{Script=Thai}/u],
];

/** Scripts of languages not written in the Latin alphabet (by primary subtag). */
const LANGUAGE_SCRIPTS: Readonly<Record<string, readonly Script[]>> = {
  ja: ['Han', 'Kana'], zh: ['Han'], ko: ['Hangul', 'Han'],
  ar: ['Arabic'], fa: ['Arabic'], ur: ['Arabic'], ps: ['Arabic'],
  he: ['Hebrew'], yi: ['Hebrew'],
  ru: ['Cyrillic'], uk: ['Cyrillic'], be: ['Cyrillic'], bg: ['Cyrillic'], mk: ['Cyrillic'], kk: ['Cyrillic'],
  el: ['Greek'], hi: ['Devanagari'], mr: ['Devanagari'], ne: ['Devanagari'], th: ['Thai'],
  en: ['Latin'], fr: ['Latin'], es: ['Latin'], de: ['Latin'], pt: ['Latin'], it: ['Latin'], nl: ['Latin'],
};
const LETTER = /\p{L}/u;
/** Judging a document's own script from its first characters is enough. */
const SAMPLE = 20_000;

function scriptOf(char: string): Script {
  for (const [script, pattern] of SCRIPT_PATTERNS) if (pattern.test(char)) return script;
  return 'other';
}

/** The script most of the letters of `text` are in, or null when it has no letters. */
export function dominantScript(text: string): Script | null {
  const counts = new Map<Script, number>();
  let best: Script | null = null;
  let bestCount = 0;
  for (const char of text.slice(0, SAMPLE)) {
    if (!LETTER.test(char)) continue;
    const script = scriptOf(char);
    const count = (counts.get(script) ?? 0) + 1;
    counts.set(script, count);
    if (count > bestCount) [best, bestCount] = [script, count];
  }
  return best;
}

/** The scripts `lang` is written in; for a language not listed, the script `text` is mostly in. */
export function documentScripts(lang: string, text: string): readonly Script[] {
  const listed = LANGUAGE_SCRIPTS[primaryLanguage(lang)];
  if (listed) return listed;
  const dominant = dominantScript(text);
  return dominant ? [dominant] : [];
}

/** Whether `line` is mostly in a script other than `expected` (false for a line without letters). */
export function isInOtherScript(line: string, expected: readonly Script[]): boolean {
  const script = dominantScript(line);
  return script !== null && expected.length > 0 && !expected.includes(script);
}
