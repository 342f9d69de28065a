import type { PublicationLocale } from './types.ts';

export const en: PublicationLocale = {
  lang: 'en',
  dir: 'ltr',
  spaceBetweenSentences: true,
  typography: [],
  dateOptions: { dateStyle: 'long' },
};
