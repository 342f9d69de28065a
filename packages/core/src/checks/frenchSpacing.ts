import { primaryLanguage } from '../language/index.ts';
import { defineCheck } from './defineCheck.ts';

/** Web and e-mail addresses and times (10:30) keep their marks unspaced. */
const UNSPACED = /\b(?:https?:\/\/|www\.|mailto:)\S+|\S+@\S+|\d+:\d+/giu;

/** Where French typography wants a no-break space and the translation has an ordinary one, or none. */
const PROBLEMS: [key: string, pattern: RegExp][] = [
  // \s also matches the no-break spaces: an ordinary space is a space or a tab.
  ['breaking', /[ \t][;:!?»]|«[ \t]/u],
  ['missing', /[^\s;:!?.…«»][;:!?»]|«[^\s]/u],
];

export const frenchSpacing = defineCheck({
  id: 'french-spacing',
  severity: 'warning',
  description: 'In French, the space before ; : ! ? » and after « is missing, or is an ordinary space where a line must not break (a narrow no-break space, U+202F).',
  run: ({ targetText, targetLang }) => {
    if (primaryLanguage(targetLang) !== 'fr') return null;
    const text = targetText.replace(UNSPACED, '\u00a0');
    for (const [key, pattern] of PROBLEMS) {
      const match = pattern.exec(text);
      if (match) return { key, values: { mark: match[0].trim().replace(/[^;:!?«»]/gu, '') } };
    }
    return null;
  },
});
