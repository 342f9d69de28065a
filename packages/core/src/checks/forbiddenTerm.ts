import { defineCheck } from './defineCheck.ts';
import { listed } from './listed.ts';
import { containsTerm, termPattern } from './termMatch.ts';

export const forbiddenTerm = defineCheck({
  id: 'forbidden-term',
  severity: 'error',
  description: 'The translation uses a variant the glossary forbids for a term of the source.',
  run: ({ targetText, targetLang, terms }) => {
    const used = terms.flatMap((term) => {
      // A forbidden variant inside the approved translation (“autorisation” in “autorisation judiciaire”) is not a use of it.
      const rest = term.target ? targetText.replace(termPattern(term.target, targetLang), ' ') : targetText;
      return term.forbidden.filter((variant) => containsTerm(rest, variant, targetLang));
    });
    return used.length ? { key: 'used', values: listed(used) } : null;
  },
});
