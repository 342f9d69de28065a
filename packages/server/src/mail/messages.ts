import fs from 'node:fs';
import path from 'node:path';
import { localesDir } from '../config.ts';
import { messagesFunction, type PublicationMessages } from '../i18n/publicationStrings.ts';
import { uiLanguageOf } from '@tessera/core';

/** The mail messages of one language (`locales/<lang>/mail.json`, English filling gaps), as a function of a key and values. */
export type MailStrings = ((key: string, values?: Record<string, unknown>) => string) & { lang: string };

function readMailCatalogue(lang: string): PublicationMessages | undefined {
  const file = path.join(localesDir, lang, 'mail.json');
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as PublicationMessages) : undefined;
}

/** The language a person's mail is written in: their interface language (or its primary subtag) when it is one of the registry's, else English. */
export function mailLanguage(uiLang: string | null | undefined): string {
  return uiLanguageOf(uiLang) ?? 'en';
}

const cache = new Map<string, MailStrings>();

export function mailStrings(uiLang: string | null | undefined): MailStrings {
  const lang = mailLanguage(uiLang);
  let strings = cache.get(lang);
  if (!strings) {
    const english = readMailCatalogue('en') ?? {};
    const own = lang === 'en' ? {} : (readMailCatalogue(lang) ?? {});
    const merged: PublicationMessages = { ...english };
    for (const [key, value] of Object.entries(own)) {
      const below = merged[key];
      merged[key] = typeof value === 'object' && typeof below === 'object' ? { ...below, ...value } : value;
    }
    strings = Object.assign(messagesFunction(lang, merged), { lang });
    cache.set(lang, strings);
  }
  return strings;
}
