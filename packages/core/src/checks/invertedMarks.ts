import { primaryLanguage } from '../language/index.ts';
import { defineCheck } from './defineCheck.ts';

/** Languages that open a question with ¿ and an exclamation with ¡. */
const OPENING_MARKS = new Set(['es', 'gl', 'ast']);

/** The sentences of a text, each with its final mark (a sentence ends at ? or ! or a full stop). */
const SENTENCE = /[^.?!]*[.?!]+/gu;

export const invertedMarks = defineCheck({
  id: 'inverted-marks',
  severity: 'warning',
  description: 'In Spanish, a question or exclamation of the translation lacks its opening ¿ or ¡.',
  run: ({ targetText, targetLang }) => {
    if (!OPENING_MARKS.has(primaryLanguage(targetLang))) return null;
    for (const sentence of targetText.match(SENTENCE) ?? []) {
      if (sentence.includes('?') && !sentence.includes('¿')) return { key: 'question' };
      if (sentence.includes('!') && !sentence.includes('¡')) return { key: 'exclamation' };
    }
    return null;
  },
});
