import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LanguageSettingsRequest } from '@tessera/core/contract';
import { client } from '../../api/index.ts';
import { ErrorFor } from '../../ui/index.ts';
import { deadlineFromInput } from './deadline.ts';

interface LanguageSettingsProps {
  projectId: number;
  lang: string;
  deadline: string | null;
  selfReview: boolean;
  /** Saved: the editor reloads the language (the live stream says so too). */
  onChanged: () => void;
}

/** The coordinator's settings of one language: its deadline, and self-review for one-person teams. */
export function LanguageSettings({ projectId, lang, deadline, selfReview, onChanged }: LanguageSettingsProps) {
  const { t } = useTranslation();
  const id = useId();
  const [date, setDate] = useState(deadline ?? '');
  const [self, setSelf] = useState(selfReview);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  // A reload of the language view brings the server's settings.
  useEffect(() => setDate(deadline ?? ''), [deadline]);
  useEffect(() => setSelf(selfReview), [selfReview]);

  const save = async (change: LanguageSettingsRequest, undo: () => void) => {
    setBusy(true);
    setSaved(false);
    setFailure(null);
    try {
      await client.languageSettings({ params: { projectId, lang }, body: change });
      setSaved(true);
      onChanged();
    } catch (error) {
      undo();
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  const saveDeadline = (event: FormEvent) => {
    event.preventDefault();
    void save({ deadline: deadlineFromInput(date) }, () => setDate(deadline ?? ''));
  };

  return (
    <section className="panel language-settings" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="panel__title">
        {t('languageSettings.title')}
      </h2>
      <form className="language-settings__deadline" onSubmit={saveDeadline}>
        <label htmlFor={`${id}-deadline`}>{t('languageSettings.deadline')}</label>
        <div className="actions">
          <input id={`${id}-deadline`} type="date" value={date} onChange={(e) => setDate(e.target.value)} />
          <button type="submit" className="button button--small" disabled={busy || (deadlineFromInput(date) ?? '') === (deadline ?? '')}>
            {t('languageSettings.saveDeadline')}
          </button>
          {deadline && (
            <button
              type="button"
              className="button button--small button--quiet"
              disabled={busy}
              onClick={() => {
                setDate('');
                void save({ deadline: null }, () => setDate(deadline));
              }}
            >
              {t('languageSettings.clearDeadline')}
            </button>
          )}
        </div>
      </form>
      <div className="checkbox">
        <input
          id={`${id}-self`}
          type="checkbox"
          checked={self}
          disabled={busy}
          aria-describedby={`${id}-self-hint`}
          onChange={(e) => {
            const value = e.target.checked;
            setSelf(value);
            void save({ selfReview: value }, () => setSelf(!value));
          }}
        />
        <label htmlFor={`${id}-self`}>{t('languageSettings.selfReview')}</label>
      </div>
      <p className="field__hint" id={`${id}-self-hint`}>
        {t('languageSettings.selfReviewHint')}
      </p>
      <p className="muted" role="status">
        {saved ? t('languageSettings.saved') : ''}
      </p>
      {failure !== null && <ErrorFor error={failure} />}
    </section>
  );
}
