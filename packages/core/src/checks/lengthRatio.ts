import { primaryLanguage } from '../language/index.ts';
import { defineCheck } from './defineCheck.ts';

/**
 * How long a text of a language usually is against the same text in English, in characters:
 * Chinese and Japanese say in one character what alphabets spell in several.
 */
const DENSITY: Record<string, number> = { zh: 0.3, ja: 0.35, ko: 0.5 };
const density = (lang: string) => DENSITY[primaryLanguage(lang)] ?? 1;

/** How far from the usual length a translation may stray before it is flagged (3× longer, or a third). */
export const LENGTH_FACTOR = 3;
/** Shorter sources vary too much in length to say (a title, a name). */
const MIN_SOURCE = 20;

const lengthOf = (text: string) => [...text.replace(/\s+/gu, '')].length;

export const lengthRatio = defineCheck({
  id: 'length-ratio',
  severity: 'warning',
  description: 'The translation is more than three times as long, or less than a third as long, as a translation into its script usually is.',
  run: ({ sourceText, targetText, sourceLang, targetLang }) => {
    const source = lengthOf(sourceText);
    if (source < MIN_SOURCE) return null;
    const usual = (source * density(targetLang)) / density(sourceLang);
    const ratio = lengthOf(targetText) / usual;
    if (ratio > LENGTH_FACTOR) return { key: 'long', values: { times: Math.round(ratio * 10) / 10 } };
    if (ratio < 1 / LENGTH_FACTOR) return { key: 'short', values: { times: Math.round(ratio * 100) / 100 } };
    return null;
  },
});
