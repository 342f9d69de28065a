import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { UI_LOCALES } from '@tessera/core';
import type { MailPreferencesView } from '@tessera/core/contract';
import { client, useResource } from '../../api/index.ts';
import { changeUiLanguage, currentUiLanguage, errorMessage, isUiLanguage, type UiLanguage } from '../../i18n/index.ts';
import { ErrorFor, ErrorNotice, Loading, useSubmit } from '../../ui/index.ts';

type Frequency = MailPreferencesView['frequency'];
const FREQUENCIES: readonly Frequency[] = ['now', 'daily', 'never'];

const asUiLanguage = (lang: string | null): UiLanguage | null => (isUiLanguage(lang) ? lang : null);

/** The signed-in person's choice of e-mail (each at once, a daily digest, none) and interface language (e-mail follows it). */
export function MailPreferencesPage() {
  const { t } = useTranslation();
  const preferences = useResource('mail-preferences', (signal) => client.mailPreferences({ signal }));
  return (
    <main id="main" className="page page--narrow">
      <h1>{t('preferences.title')}</h1>
      {preferences.error !== null && <ErrorFor error={preferences.error} onRetry={preferences.reload} />}
      {preferences.data ? <PreferencesForm initial={preferences.data} /> : preferences.loading && <Loading />}
    </main>
  );
}

function PreferencesForm({ initial }: { initial: MailPreferencesView }) {
  const { t } = useTranslation();
  const id = useId();
  const [frequency, setFrequency] = useState<Frequency>(initial.frequency);
  const [uiLang, setUiLang] = useState<UiLanguage>(asUiLanguage(initial.uiLang) ?? currentUiLanguage());
  const { busy, failure, done: saved, run, changed } = useSubmit();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      const view = await client.setMailPreferences({ body: { frequency, uiLang } });
      setFrequency(view.frequency);
      changeUiLanguage(uiLang);
    });
  };

  return (
    <form className="form card" onSubmit={submit}>
      <fieldset>
        <legend>{t('preferences.mail')}</legend>
        {FREQUENCIES.map((choice) => (
          <div key={choice} className="radio">
            <input
              id={`${id}-${choice}`}
              type="radio"
              name={`${id}-frequency`}
              value={choice}
              checked={frequency === choice}
              onChange={() => {
                setFrequency(choice);
                changed();
              }}
            />
            <label htmlFor={`${id}-${choice}`}>{t(`preferences.frequency.${choice}`)}</label>
          </div>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-language`}>{t('preferences.language')}</label>
        <select
          id={`${id}-language`}
          value={uiLang}
          aria-describedby={`${id}-language-hint`}
          onChange={(e) => {
            setUiLang(e.target.value as UiLanguage);
            changed();
          }}
        >
          {UI_LOCALES.map(({ id: lang, name }) => (
            <option key={lang} value={lang} lang={lang}>
              {name}
            </option>
          ))}
        </select>
        <p id={`${id}-language-hint`} className="field__hint">
          {t('preferences.languageHint')}
        </p>
      </div>
      {failure !== null && <ErrorNotice message={errorMessage(failure)} />}
      {saved && (
        <p className="notice notice--success" role="status">
          {t('preferences.saved')}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={busy} aria-busy={busy}>
          {t('preferences.save')}
        </button>
      </div>
    </form>
  );
}
