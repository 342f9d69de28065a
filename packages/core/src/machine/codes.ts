import { primaryLanguage } from '../language/index.ts';

/** How an engine names languages: ISO 639-3 (Apertium: `spa`, `cat`) or ISO 639-1 (LibreTranslate: `es`, `ca`). */
export type EngineCodeStyle = 'iso639-3' | 'iso639-1';

/**
 * The one table of language codes engines use: each language's primary subtag (a project's tags
 * are BCP 47) beside its ISO 639-3 code. A language missing here has no ISO 639-3 code for an
 * engine, and no engine that uses them is asked about it.
 */
export const LANGUAGE_CODES: Readonly<Record<string, string>> = {
  af: 'afr', ar: 'ara', ast: 'ast', be: 'bel', bg: 'bul', br: 'bre', ca: 'cat', cs: 'ces', cy: 'cym', da: 'dan',
  de: 'deu', el: 'ell', en: 'eng', eo: 'epo', es: 'spa', et: 'est', eu: 'eus', fa: 'fas', fi: 'fin', fr: 'fra',
  ga: 'gle', gl: 'glg', he: 'heb', hi: 'hin', hr: 'hrv', hu: 'hun', id: 'ind', is: 'isl', it: 'ita', ja: 'jpn',
  kk: 'kaz', ko: 'kor', lt: 'lit', lv: 'lav', mk: 'mkd', ms: 'msa', mt: 'mlt', nb: 'nob', nl: 'nld', nn: 'nno',
  oc: 'oci', pl: 'pol', pt: 'por', ro: 'ron', ru: 'rus', sc: 'srd', sk: 'slk', sl: 'slv', sq: 'sqi', sr: 'srp',
  sv: 'swe', sw: 'swa', tr: 'tur', uk: 'ukr', ur: 'urd', vi: 'vie', zh: 'zho',
};

/** The code an engine of `style` uses for the language `tag` (`es-MX` → `spa` or `es`); null when the table has none. */
export function engineLanguageCode(tag: string, style: EngineCodeStyle): string | null {
  const primary = primaryLanguage(tag).toLowerCase();
  if (style === 'iso639-1') return primary.length === 2 ? primary : null;
  if (primary.length === 3) return primary;
  return LANGUAGE_CODES[primary] ?? null;
}

/** A direction of translation as an engine names it. */
export interface EnginePair {
  source: string;
  target: string;
}

/** The pair of engine codes for translating `sourceTag` into `targetTag`, or null when either has no code. */
export function enginePairOf(sourceTag: string, targetTag: string, style: EngineCodeStyle): EnginePair | null {
  const source = engineLanguageCode(sourceTag, style);
  const target = engineLanguageCode(targetTag, style);
  return source && target ? { source, target } : null;
}

/** Whether an engine that serves `pairs` translates `pair` (variants such as `cat_valencia` are not the language itself). */
export function servesPair(pairs: readonly EnginePair[], pair: EnginePair): boolean {
  return pairs.some((p) => p.source === pair.source && p.target === pair.target);
}
