import { defineCheck } from './defineCheck.ts';
import { listed } from './listed.ts';
import { containsTerm } from './termMatch.ts';

export const glossaryTerm = defineCheck({
  id: 'glossary-term',
  severity: 'warning',
  description: 'A term of the glossary occurs in the source, and the translation does not use the glossary’s translation of it.',
  run: ({ targetText, targetLang, terms }) => {
    const unused = terms.flatMap((term) => (!term.doNotTranslate && term.target && !containsTerm(targetText, term.target, targetLang) ? [term.target] : []));
    return unused.length ? { key: 'unused', values: listed(unused) } : null;
  },
});
