import type { Content } from '../model/document.ts';
import { primaryLanguage } from '../language/index.ts';
import type { GlossaryTerm } from './term.ts';

/** Where a glossary term occurs in a text: `text.slice(start, end)` is the occurrence (UTF-16 offsets). */
export interface TermMatch {
  start: number;
  end: number;
  term: GlossaryTerm;
}

/** Scripts written without spaces between words: a term in them is found inside longer runs of text. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const WORD_CHAR = /[\p{L}\p{N}\p{M}_]/u;
const NOT_BEFORE_WORD = '(?![\\p{L}\\p{N}\\p{M}_])';
/** Hyphens a term's hyphen also matches (a space too: "cyber-dependent" finds "cyber dependent"). */
const HYPHEN = '[-\\u2010\\u2011\\s]';

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The forms of a term's last word its plural (or singular) may take, lower case; the word itself first. */
function inflections(word: string, lang: string): string[] {
  const w = word.toLowerCase();
  if (!/^\p{L}+$/u.test(w) || w.length < 2) return [w];
  const forms = new Set([w]);
  if (lang === 'en') {
    if (w.endsWith('ies') && w.length > 4) forms.add(w.slice(0, -3) + 'y');
    else if (/(s|x|z|ch|sh)es$/.test(w)) forms.add(w.slice(0, -2));
    else if (w.endsWith('s') && !w.endsWith('ss')) forms.add(w.slice(0, -1));
    if (/[^aeiou]y$/.test(w)) forms.add(w.slice(0, -1) + 'ies');
    else if (/(s|x|z|ch|sh)$/.test(w)) forms.add(w + 'es');
    else forms.add(w + 's');
    forms.add(w + '’s').add(w + "'s");
  } else if (['fr', 'es', 'pt', 'it', 'ca'].includes(lang)) {
    if (w.endsWith('s') || w.endsWith('x')) forms.add(w.slice(0, -1));
    else forms.add(w + 's').add(w + 'es').add(w + 'x');
  }
  return [...forms];
}

/**
 * The pattern of one term: its words with any space between them, its last word in any form
 * `inflections` gives, not followed by a letter where the term ends with one. That it does not
 * follow a letter is checked apart (`followsWord`): a pattern that begins with its text is found
 * much faster than one that begins with a look-behind.
 */
function termPattern(source: string, lang: string): string | null {
  const words = source.trim().split(/\s+/).filter((w) => w !== '');
  const last = words.pop();
  if (last === undefined) return null;
  const word = (w: string) => w.split('-').map(escapeRegExp).join(HYPHEN);
  const lastForms = inflections(last, lang)
    .sort((a, b) => b.length - a.length)
    .map((form) => (form === last.toLowerCase() ? word(last) : word(form)));
  const body = [...words.map(word), lastForms.length === 1 ? lastForms[0] : `(?:${lastForms.join('|')})`].join('\\s+');
  const end = Array.from(source.trim()).pop() ?? '';
  // A boundary only where the term ends with a letter of a spaced script.
  const after = WORD_CHAR.test(end) && !UNSPACED.test(end) ? NOT_BEFORE_WORD : '';
  return body + after;
}

/** Whether a term that begins with a letter of a spaced script must not follow a letter (a whole word). */
function needsWordStart(source: string): boolean {
  const [first = ''] = Array.from(source.trim());
  return WORD_CHAR.test(first) && !UNSPACED.test(first);
}

/** Whether the character before `index` is part of a word. */
function followsWord(text: string, index: number): boolean {
  if (index === 0) return false;
  const low = text.charCodeAt(index - 1);
  const start = low >= 0xdc00 && low <= 0xdfff && index >= 2 ? index - 2 : index - 1;
  return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(start) ?? 0));
}

/**
 * Compiles a glossary once for finding its terms in many texts of `sourceLang`: case-insensitive,
 * whole words (except in scripts without spaces: Chinese, Japanese, Thai…), any run of spaces
 * between a term's words, a hyphen also matching a space, and the plural or singular of the last
 * word (English rules; a final -s/-x for French, Spanish, Portuguese, Italian, Catalan). Overlapping
 * occurrences go to the longest; matches come back in text order.
 */
export function glossaryMatcher(terms: readonly GlossaryTerm[], sourceLang: string): (text: string) => TermMatch[] {
  const lang = primaryLanguage(sourceLang);
  const compiled = terms.map((term) => new CompiledTerm(term, lang));
  return (text) => {
    const lower = text.toLowerCase();
    const found: TermMatch[] = [];
    for (const term of compiled) term.findIn(text, lower, found);
    // Longest first; an occurrence overlapping one already taken is dropped.
    found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const taken: TermMatch[] = [];
    for (const match of found) {
      if (!taken.some((t) => match.start < t.end && t.start < match.end)) taken.push(match);
    }
    return taken.sort((a, b) => a.start - b.start);
  };
}

/**
 * One term, ready to be found. Its key is the start of its first word (at most four letters, and
 * not the last letter of a one-word term, which its plural changes) in lower case: the pattern is
 * tried only where the lower-case text holds the key, which is far cheaper than scanning the text
 * with it. Patterns are compiled the first time a text holds the key.
 */
class CompiledTerm {
  private patterns: { at: RegExp; scan: RegExp } | null | undefined;
  private readonly key: string | null;
  private readonly wordStart: boolean;

  constructor(
    readonly term: GlossaryTerm,
    private readonly lang: string,
  ) {
    const words = term.source.trim().toLowerCase().split(/[\s-]+/);
    const first = words[0] ?? '';
    const key = first.slice(0, Math.max(1, Math.min(4, words.length === 1 ? first.length - 1 : first.length)));
    // Lower case is the patterns' case folding for ASCII only: another key cannot say where a match may start.
    this.key = /^[\x20-\x7e]+$/.test(key) ? key : null;
    this.wordStart = needsWordStart(term.source);
  }

  findIn(text: string, lower: string, found: TermMatch[]): void {
    const key = this.key;
    if (key !== null && !lower.includes(key)) return;
    if (this.patterns === undefined) {
      const source = termPattern(this.term.source, this.lang);
      this.patterns = source === null ? null : { at: new RegExp(source, 'iuy'), scan: new RegExp(source, 'giu') };
    }
    if (this.patterns === null) return;
    const add = (m: RegExpExecArray | null): number => {
      if (m === null || m[0] === '' || (this.wordStart && followsWord(text, m.index))) return -1;
      found.push({ start: m.index, end: m.index + m[0].length, term: this.term });
      return m.index + m[0].length;
    };
    if (key !== null && lower.length === text.length) {
      // Where the key is, in the lower-case text, is where it is in the text.
      const { at } = this.patterns;
      let after = 0;
      for (let i = lower.indexOf(key); i >= 0; i = lower.indexOf(key, i + 1)) {
        if (i < after) continue;
        at.lastIndex = i;
        after = Math.max(after, add(at.exec(text)));
      }
      return;
    }
    const { scan } = this.patterns;
    scan.lastIndex = 0;
    for (let m = scan.exec(text); m !== null; m = scan.exec(text)) {
      if (add(m) < 0) scan.lastIndex = m.index + 1;
    }
  }
}

/** The occurrences of glossary terms in `text` (see glossaryMatcher; compile once for many texts). */
export function findTerms(text: string, terms: readonly GlossaryTerm[], sourceLang: string): TermMatch[] {
  return glossaryMatcher(terms, sourceLang)(text);
}

/** The text of a content, inline codes left out: the text terms are found in. */
export function contentPlainText(content: Content | string): string {
  if (typeof content === 'string') return content;
  let text = '';
  for (const part of content) if (typeof part === 'string') text += part;
  return text;
}

/**
 * The entries of a glossary that occur in a unit's source, each once, in the order they first
 * occur: what the quality checks of the unit's translation are given (`runChecks(…, { terms })`).
 * Pass a matcher from `glossaryMatcher` to check many units against one glossary.
 */
export function termsForUnit(source: Content | string, glossary: readonly GlossaryTerm[] | ((text: string) => TermMatch[]), sourceLang: string): GlossaryTerm[] {
  const match = typeof glossary === 'function' ? glossary : glossaryMatcher(glossary, sourceLang);
  const terms: GlossaryTerm[] = [];
  for (const { term } of match(contentPlainText(source))) if (!terms.includes(term)) terms.push(term);
  return terms;
}
