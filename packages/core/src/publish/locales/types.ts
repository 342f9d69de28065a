/**
 * A typography rule: every match of `pattern` in text written in the language becomes `replacement`
 * (a string with `$1`…, or what a function of the match, where it starts and the text gives, for a
 * pattern without groups). `holds`, when given, is a character every match holds: text without it
 * is left as it is, unsearched.
 */
export type TypographyRule = readonly [pattern: RegExp, replacement: string | ((match: string, offset: number, text: string) => string), holds?: string];

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
