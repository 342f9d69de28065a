import { defineCheck } from './defineCheck.ts';

/** Short texts (names, acronyms, titles of organisations) are often rightly kept as they are. */
const MIN_WORDS = 4;

export const sameAsSource = defineCheck({
  id: 'same-as-source',
  severity: 'warning',
  description: 'A sentence is copied into the translation as it is.',
  run: ({ sourceText, targetText, sourceLang, targetLang }) =>
    sourceLang !== targetLang && (sourceText.match(/\p{L}+/gu) ?? []).length >= MIN_WORDS && sourceText.trim() === targetText.trim() ? { key: 'found' } : null,
});
