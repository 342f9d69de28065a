import type { PublicationLocale, TypographyRule } from './types.ts';
import { whenAfter } from './whenAfter.ts';

/** A character of Japanese text (kanji, kana, full-width forms and Japanese punctuation). */
const JA = String.raw`[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]`;

/** An ASCII mark typed right after Japanese text becomes its full-width form. */
const fullWidth = (ascii: string, wide: string): TypographyRule => [new RegExp(ascii.replace(/[.?]/, '\\$&'), 'g'), whenAfter(JA, () => wide), ascii];

/**
 * Japanese punctuation is full-width: ASCII marks typed right after Japanese text become their
 * full-width forms, and no space stands between sentences or after punctuation.
 */
export const ja: PublicationLocale = {
  lang: 'ja',
  dir: 'ltr',
  spaceBetweenSentences: false,
  typography: [
    fullWidth('.', '。'),
    fullWidth(',', '、'),
    fullWidth('!', '！'),
    fullWidth('?', '？'),
    fullWidth(':', '：'),
    fullWidth(';', '；'),
    [new RegExp(`(?<=[。、！？：；」』）])[ \\u00a0\\u3000]+(?=${JA})`, 'gu'), ''],
  ],
  typographyTouches: /[.,!?:; \u00a0\u3000]/,
  dateOptions: { dateStyle: 'long' },
};
