/**
 * i18next with ICU message syntax. The catalogues are bundled at build time from
 * `locales/<lang>/ui.json`; English is the fallback for any missing key.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { directionOf, primaryLanguage } from '@tessera/core';
import en from '../../../../locales/en/ui.json';
import ja from '../../../../locales/ja/ui.json';
import fr from '../../../../locales/fr/ui.json';
import es from '../../../../locales/es/ui.json';
import ar from '../../../../locales/ar/ui.json';
import { bidiSafeIcu } from './bidiIsolation.ts';

export const UI_LANGUAGES = ['en', 'ja', 'fr', 'es', 'ar'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

const STORAGE_KEY = 'tessera.uiLanguage';

export function isUiLanguage(tag: string | null | undefined): tag is UiLanguage {
  return (UI_LANGUAGES as readonly string[]).includes(tag ?? '');
}

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
  document.documentElement.dir = directionOf(lang);
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
      resources: {
        en: { translation: en },
        ja: { translation: ja },
        fr: { translation: fr },
        es: { translation: es },
        ar: { translation: ar },
      },
      lng: initialLanguage(),
      fallbackLng: 'en',
      supportedLngs: [...UI_LANGUAGES],
      initAsync: false,
      returnEmptyString: false,
      react: { useSuspense: false },
    });
  return i18next;
}
