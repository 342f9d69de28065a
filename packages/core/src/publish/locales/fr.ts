import type { PublicationLocale } from './types.ts';
import { whenAfter } from './whenAfter.ts';

const NNBSP = '\u202f';

/**
 * French puts a narrow no-break space before ; : ! ? and » and after «, so that they never start a
 * line. A space typed there becomes the narrow one; one missing before ; ! ? (ending a word) or
 * inside guillemets is added. A colon without a space is left alone (it may be in an address or a time).
 */
export const fr: PublicationLocale = {
  lang: 'fr',
  dir: 'ltr',
  spaceBetweenSentences: true,
  typography: [
    [/[ \u00a0\u202f]+([;:!?»])/gu, `${NNBSP}$1`],
    [/«[ \u00a0\u202f]*/gu, `«${NNBSP}`, '«'],
    [/[;!?]+(?=\s|$)/g, whenAfter(String.raw`[\p{L}\p{N})\]]`, (marks) => `${NNBSP}${marks}`)],
    [/([^\s\u202f])»/gu, `$1${NNBSP}»`, '»'],
  ],
  typographyTouches: /[;:!?«»]/,
  dateOptions: { dateStyle: 'long' },
};
