export { MailPreferencesPage } from './MailPreferencesPage.tsx';
export { chooseUiLanguage } from './uiLanguage.ts';
