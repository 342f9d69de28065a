export { UI_LANGUAGES, changeUiLanguage, currentUiLanguage, isUiLanguage, setupI18n, type UiLanguage } from './setup.ts';
export { errorMessage } from './errorMessage.ts';
export { useFormat, type Format } from './format.ts';
