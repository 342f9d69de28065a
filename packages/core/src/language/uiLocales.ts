/**
 * The languages Tessera's own interface is written in: one folder each in `locales/` (`ui.json`
 * for the web app, `mail.json` for e-mail, `publication.json` for published pages). The web app's
 * language switch, the server's e-mail and page strings, the account's preferences and the
 * locales test read this list; a new interface language is a folder there and one entry here.
 */
import { primaryLanguage } from './tags.ts';

export interface UiLocale {
  /** The folder's name in `locales/`, a BCP 47 tag. */
  id: string;
  /** Its name in itself, as the language switch offers it. */
  name: string;
  direction: 'ltr' | 'rtl';
}

export const UI_LOCALES = [
  { id: 'en', name: 'English', direction: 'ltr' },
  { id: 'ja', name: '日本語', direction: 'ltr' },
  { id: 'fr', name: 'Français', direction: 'ltr' },
  { id: 'es', name: 'Español', direction: 'ltr' },
  { id: 'ar', name: 'العربية', direction: 'rtl' },
] as const satisfies readonly UiLocale[];

export type UiLanguage = (typeof UI_LOCALES)[number]['id'];

/** The ids of `UI_LOCALES`, English first (the fallback of every catalogue). */
export const UI_LANGUAGES = UI_LOCALES.map((locale) => locale.id) as [UiLanguage, ...UiLanguage[]];

export function isUiLanguage(tag: string | null | undefined): tag is UiLanguage {
  return (UI_LANGUAGES as readonly string[]).includes(tag ?? '');
}

/** The interface language for a tag: itself, else its primary subtag (`pt-BR` → `pt`), when either is one; otherwise undefined. */
export function uiLanguageOf(tag: string | null | undefined): UiLanguage | undefined {
  if (!tag) return undefined;
  return [tag, primaryLanguage(tag)].find(isUiLanguage);
}
