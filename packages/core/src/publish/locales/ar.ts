import type { PublicationLocale } from './types.ts';
import { whenAfter } from './whenAfter.ts';

const ARABIC_LETTER = String.raw`[\p{Script=Arabic}]`;

/**
 * Arabic is written right to left; a comma, semicolon or question mark typed in Latin form after
 * Arabic text becomes the Arabic one. Latin names, addresses and numbers inside the text are isolated
 * so they keep their own order (see `isolateLeftToRight`).
 */
export const ar: PublicationLocale = {
  lang: 'ar',
  dir: 'rtl',
  spaceBetweenSentences: true,
  typography: [
    [/,/g, whenAfter(ARABIC_LETTER, () => '،'), ','],
    [/;/g, whenAfter(ARABIC_LETTER, () => '؛'), ';'],
    [/\?/g, whenAfter(ARABIC_LETTER, () => '؟'), '?'],
  ],
  typographyTouches: /[,;?]/,
  dateOptions: { dateStyle: 'long' },
};
