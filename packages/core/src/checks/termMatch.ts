import { primaryLanguage } from '../language/index.ts';

/** Languages written without spaces between words: a term is found anywhere in the text. */
const UNSPACED = new Set(['ja', 'zh', 'th', 'lo', 'km', 'my']);

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Spaces of any kind (no-break ones too) count as one. */
const spaces = (text: string) => escape(text.trim()).replace(/\s+/gu, '\\s+');

/**
 * A pattern finding a term in a text of `lang`: as whole words where words are spaced, ignoring
 * case unless `exact`.
 */
export function termPattern(term: string, lang: string, exact = false): RegExp {
  const body = spaces(term);
  const whole = UNSPACED.has(primaryLanguage(lang)) ? body : `(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`;
  return new RegExp(whole, exact ? 'gu' : 'giu');
}

export function containsTerm(text: string, term: string, lang: string, exact = false): boolean {
  return term.trim() !== '' && termPattern(term, lang, exact).test(text);
}
