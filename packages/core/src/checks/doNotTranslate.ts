import { defineCheck } from './defineCheck.ts';
import { listed } from './listed.ts';
import { containsTerm } from './termMatch.ts';

export const doNotTranslate = defineCheck({
  id: 'do-not-translate',
  severity: 'error',
  description: 'A do-not-translate term of the glossary occurs in the source, and the translation does not keep it exactly as the source writes it.',
  run: ({ targetText, targetLang, terms }) => {
    const altered = terms.flatMap((term) => (term.doNotTranslate && !containsTerm(targetText, term.source, targetLang, true) ? [term.source] : []));
    return altered.length ? { key: 'altered', values: listed(altered) } : null;
  },
});
