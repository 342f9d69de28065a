import { createIntl, createIntlCache, type IntlShape } from '@formatjs/intl';
import { publicationLocale } from './locales/index.ts';

const cache = createIntlCache();
const intls = new Map<string, IntlShape>();

function intlOf(lang: string): IntlShape {
  let intl = intls.get(lang);
  if (!intl) {
    intl = createIntl({ locale: lang, defaultLocale: 'en', onError: () => {} }, cache);
    intls.set(lang, intl);
  }
  return intl;
}

/** Dates already written, by language and day (a page writes the same few again and again). */
const written = new Map<string, string>();
const WRITTEN_KEPT = 1000;

/** A calendar date (YYYY-MM-DD) written the way readers of `lang` expect, e.g. “2024年1月23日”, “23 janvier 2024”. */
export function formatPublicationDate(isoDate: string, lang: string): string {
  const day = isoDate.slice(0, 10);
  const key = `${lang}\n${day}`;
  let text = written.get(key);
  if (text === undefined) {
    text = intlOf(lang).formatDate(new Date(`${day}T00:00:00Z`), { ...publicationLocale(lang).dateOptions, timeZone: 'UTC' });
    if (written.size >= WRITTEN_KEPT) written.clear();
    written.set(key, text);
  }
  return text;
}

/** A number written the way readers of `lang` expect (digits, grouping). */
export function formatPublicationNumber(value: number, lang: string): string {
  return intlOf(lang).formatNumber(value);
}
