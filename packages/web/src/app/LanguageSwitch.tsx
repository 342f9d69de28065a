import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UI_LOCALES } from '@tessera/core';
import { useSession } from '../features/auth/index.ts';
import { chooseUiLanguage } from '../features/mail-preferences/index.ts';
import { currentUiLanguage, type UiLanguage } from '../i18n/index.ts';

/** The interface language; a signed-in person's choice is kept with their account, and their e-mail follows it. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const id = useId();
  const { state } = useSession();
  const signedIn = state.status === 'ready' && state.user !== null;
  const [notSaved, setNotSaved] = useState(false);

  const choose = (lang: UiLanguage) => {
    setNotSaved(false);
    chooseUiLanguage(lang, signedIn).catch(() => setNotSaved(true));
  };

  return (
    <div className="language-switch">
      <label htmlFor={id}>{t('header.interfaceLanguage')}</label>
      <select id={id} value={currentUiLanguage()} onChange={(e) => choose(e.target.value as UiLanguage)}>
        {UI_LOCALES.map(({ id: lang, name }) => (
          <option key={lang} value={lang} lang={lang}>
            {name}
          </option>
        ))}
      </select>
      {notSaved && (
        <span className="notice notice--error" role="alert">
          {t('preferences.languageNotSaved')}
        </span>
      )}
    </div>
  );
}
