/**
 * A typography rule: every match of `pattern` in text written in the language becomes `replacement`.
 * `holds`, when given, is a character every match holds: text without it is left as it is, unsearched.
 */
export type TypographyRule = readonly [pattern: RegExp, replacement: string, holds?: string];

/** How one language is written on a published page. One table per language, in this folder. */
export interface PublicationLocale {
  /** Primary language subtag. */
  lang: string;
  dir: 'ltr' | 'rtl';
  /** Whether sentences of a paragraph are separated by a space (not in Japanese or Chinese). */
  spaceBetweenSentences: boolean;
  /** Applied, in order, to text translated into the language — never to source text or to names kept as they are. */
  typography: readonly TypographyRule[];
  /** Text without any of these characters is left as it is (the rules have nothing to change in it). */
  typographyTouches?: RegExp;
  /** How a statement's date is written (Intl date options, through @formatjs/intl). */
  dateOptions: Intl.DateTimeFormatOptions;
}
