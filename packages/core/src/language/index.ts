export { canonicalLanguage, directionOf, isWellFormedLanguageTag, languageMatches, primaryLanguage } from './tags.ts';
export { UI_LANGUAGES, UI_LOCALES, isUiLanguage, uiLanguageOf, type UiLanguage, type UiLocale } from './uiLocales.ts';
