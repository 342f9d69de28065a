import fs from 'node:fs';
import path from 'node:path';
import i18next, { type i18n } from 'i18next';
import ICU from 'i18next-icu';
import type { PublicationStrings } from '@tessera/core';
import { localesDir } from '../config.ts';

let instance: Promise<i18n> | undefined;

function availableLocales(): string[] {
  return fs.readdirSync(localesDir).filter((name) => fs.existsSync(path.join(localesDir, name, 'publication.json')));
}

function load(): Promise<i18n> {
  const resources = Object.fromEntries(
    availableLocales().map((lang) => [lang, { publication: JSON.parse(fs.readFileSync(path.join(localesDir, lang, 'publication.json'), 'utf8')) }]),
  );
  const i18n = i18next.createInstance();
  return i18n
    .use(ICU)
    .init({ resources, ns: ['publication'], defaultNS: 'publication', fallbackLng: 'en', initAsync: false, interpolation: { escapeValue: false } })
    .then(() => i18n);
}

/** The publication strings of `lang` (falling back to English), as ICU messages through i18next. */
export async function publicationStrings(lang: string): Promise<PublicationStrings> {
  instance ??= load();
  const t = (await instance).getFixedT(lang, 'publication');
  return (key, values) => t(key, values ?? {});
}
