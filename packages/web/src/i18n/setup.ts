/**
 * i18next with ICU message syntax. The catalogues of the interface languages of core's registry
 * (`UI_LOCALES`) are bundled at build time from `locales/<lang>/ui.json`; English is the fallback
 * for any missing key.
 */
import i18next, { type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { UI_LANGUAGES, UI_LOCALES, isUiLanguage, primaryLanguage, type UiLanguage } from '@tessera/core';
import { bidiSafeIcu } from './bidiIsolation.ts';

export { UI_LANGUAGES, isUiLanguage, type UiLanguage };

/** Every `locales/<lang>/ui.json`, by path. */
const catalogues = import.meta.glob<Record<string, unknown>>('../../../../locales/*/ui.json', { eager: true, import: 'default' });

/** The catalogue of each interface language of the registry. */
const resources: Resource = Object.fromEntries(UI_LANGUAGES.map((lang) => [lang, { translation: catalogues[`../../../../locales/${lang}/ui.json`] ?? {} }]));

const STORAGE_KEY = 'tessera.uiLanguage';

function storedLanguage(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

/** The saved choice, else the first browser language we have, else English. */
function initialLanguage(): UiLanguage {
  const stored = storedLanguage();
  if (isUiLanguage(stored)) return stored;
  for (const tag of navigator.languages) {
    const primary = primaryLanguage(tag);
    if (isUiLanguage(primary)) return primary;
  }
  return 'en';
}

/** The language the UI is currently shown in (one of `UI_LANGUAGES`). */
export function currentUiLanguage(): UiLanguage {
  const lang = i18next.resolvedLanguage;
  return isUiLanguage(lang) ? lang : 'en';
}

export function changeUiLanguage(lang: UiLanguage): void {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Private browsing may refuse storage; the choice then lasts for this page only.
  }
  void i18next.changeLanguage(lang);
}

/** Keeps `<html lang dir>` and the document title in the UI language (Arabic lays the page out right to left). */
function reflectLanguage(lang: string): void {
  document.documentElement.lang = lang;
  document.documentElement.dir = UI_LOCALES.find((locale) => locale.id === lang)?.direction ?? 'ltr';
  document.title = i18next.t('app.name');
}

export function setupI18n(onLanguage: (lang: string) => void): typeof i18next {
  i18next.on('languageChanged', (lang) => {
    reflectLanguage(lang);
    onLanguage(lang);
  });
  void i18next
    .use(bidiSafeIcu())
    .use(initReactI18next)
    .init({
      resources,
      lng: initialLanguage(),
      fallbackLng: 'en',
      supportedLngs: [...UI_LANGUAGES],
      initAsync: false,
      returnEmptyString: false,
      react: { useSuspense: false },
    });
  return i18next;
}
