import { createIntl, createIntlCache } from '@formatjs/intl';

const cache = createIntlCache();

/** A calendar date (YYYY-MM-DD) written the way readers of `lang` expect, e.g. “2024年1月23日”, “23 janvier 2024”. */
export function formatPublicationDate(isoDate: string, lang: string): string {
  const intl = createIntl({ locale: lang, defaultLocale: 'en', onError: () => {} }, cache);
  return intl.formatDate(new Date(`${isoDate}T00:00:00Z`), { dateStyle: 'long', timeZone: 'UTC' });
}
