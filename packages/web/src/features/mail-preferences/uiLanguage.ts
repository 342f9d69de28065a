import { client } from '../../api/index.ts';
import { changeUiLanguage, type UiLanguage } from '../../i18n/index.ts';

/**
 * Shows the app in `lang` and, for a signed-in person, keeps it with their account, so that
 * their e-mail is written in it too. Resolves once the account has it.
 */
export async function chooseUiLanguage(lang: UiLanguage, signedIn: boolean): Promise<void> {
  changeUiLanguage(lang);
  if (signedIn) await client.setMailPreferences({ body: { uiLang: lang } });
}
