import type { PublicationLocale } from './types.ts';

/** Spanish keeps its opening ¿ and ¡ as they are typed; no space goes after them. */
export const es: PublicationLocale = {
  lang: 'es',
  dir: 'ltr',
  spaceBetweenSentences: true,
  typography: [[/([¿¡])[ \u00a0]+/gu, '$1']],
  typographyTouches: /[¿¡]/,
  dateOptions: { dateStyle: 'long' },
};
