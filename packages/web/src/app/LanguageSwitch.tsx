import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { UI_LANGUAGES, changeUiLanguage, currentUiLanguage, type UiLanguage } from '../i18n/index.ts';

/** Each language's name in that language (“日本語”, “Français”), as its speakers look for it. */
function autonym(lang: UiLanguage): string {
  const name = new Intl.DisplayNames([lang], { type: 'language' }).of(lang) ?? lang;
  return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
}

export function LanguageSwitch() {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="language-switch">
      <label htmlFor={id}>{t('header.interfaceLanguage')}</label>
      <select id={id} value={currentUiLanguage()} onChange={(e) => changeUiLanguage(e.target.value as UiLanguage)}>
        {UI_LANGUAGES.map((lang) => (
          <option key={lang} value={lang} lang={lang}>
            {autonym(lang)}
          </option>
        ))}
      </select>
    </div>
  );
}
