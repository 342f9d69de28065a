import { defineCheck } from './defineCheck.ts';

/** Short texts (names, acronyms, titles of organisations) are often rightly kept as they are. */
const MIN_WORDS = 4;

export const sameAsSource = defineCheck({
  id: 'same-as-source',
  name: 'Unchanged source',
  description: 'A sentence is copied into the translation as it is.',
  run: ({ sourceText, targetText, sourceLang, targetLang }) =>
    sourceLang !== targetLang && (sourceText.match(/\p{L}+/gu) ?? []).length >= MIN_WORDS && sourceText.trim() === targetText.trim()
      ? 'The translation is the same as the source.'
      : null,
});
