import fs from 'node:fs';
import path from 'node:path';
import i18next from 'i18next';
import ICU from 'i18next-icu';
import { uiLanguageOf, type PublicationStrings } from '@tessera/core';
import { localesDir } from '../config.ts';

/** A catalogue of publication messages (`locales/<lang>/publication.json`): nested objects of ICU messages. */
export type PublicationMessages = { [key: string]: string | PublicationMessages };

function readCatalogue(lang: string): PublicationMessages | undefined {
  const file = path.join(localesDir, lang, 'publication.json');
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as PublicationMessages) : undefined;
}

function merge(base: PublicationMessages, over: PublicationMessages): PublicationMessages {
  const out: PublicationMessages = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const below = out[key];
    out[key] = typeof value === 'object' && typeof below === 'object' ? merge(below, value) : value;
  }
  return out;
}

const catalogues = new Map<string, PublicationMessages>();

/** The publication messages of `lang`, English filling any gap. Stored with each published version, so that it reads the same later. */
export function publicationMessages(lang: string): PublicationMessages {
  // A catalogue exists for each interface language of the registry: `lang`'s own, or its primary subtag's (`pt-BR` → `pt`).
  const own = uiLanguageOf(lang);
  const key = own ?? 'en';
  let messages = catalogues.get(key);
  if (!messages) {
    messages = merge(readCatalogue('en') ?? {}, own && own !== 'en' ? (readCatalogue(own) ?? {}) : {});
    catalogues.set(key, messages);
  }
  return messages;
}

const translators = new Map<string, (key: string, values?: Record<string, unknown>) => string>();

/** The messages as a function of `lang` (ICU through i18next); instances are shared by equal catalogues. */
export function messagesFunction(lang: string, messages: PublicationMessages): (key: string, values?: Record<string, unknown>) => string {
  const cacheKey = `${lang}\u0000${JSON.stringify(messages)}`;
  let t = translators.get(cacheKey);
  if (!t) {
    const i18n = i18next.createInstance();
    void i18n.use(ICU).init({
      resources: { [lang]: { publication: messages } },
      lng: lang,
      ns: ['publication'],
      defaultNS: 'publication',
      fallbackLng: false,
      initAsync: false,
      interpolation: { escapeValue: false },
    });
    const fixed = i18n.getFixedT(lang, 'publication');
    t = (key, values) => fixed(key, values ?? {});
    if (translators.size >= 200) translators.clear();
    translators.set(cacheKey, t);
  }
  return t;
}

/** The publication strings of `lang` from the given catalogue (by default the current one). */
export function publicationStrings(lang: string, messages: PublicationMessages = publicationMessages(lang)): PublicationStrings {
  return messagesFunction(lang, messages);
}
