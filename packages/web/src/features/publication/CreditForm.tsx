import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreditView } from '@tessera/core/contract';
import { client, useResource } from '../../api/index.ts';
import { useFormat } from '../../i18n/index.ts';
import { ErrorFor } from '../../ui/index.ts';

/** The signed-in volunteer's own choice: to be credited in this language's publications, under a name they choose. */
export function CreditForm({ projectId, lang }: { projectId: number; lang: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const credit = useResource(`${projectId}/${lang}`, (signal) => client.credit({ params: { projectId, lang }, signal }));
  const [name, setName] = useState('');
  const [current, setCurrent] = useState<CreditView | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  useEffect(() => {
    if (!credit.data) return;
    setCurrent(credit.data);
    setName(credit.data.name ?? credit.data.suggestedName);
  }, [credit.data]);

  if (!current) return credit.error ? <ErrorFor error={credit.error} onRetry={credit.reload} /> : null;

  const save = async (value: string | null) => {
    setBusy(true);
    setFailure(null);
    try {
      const saved = await client.setCredit({ params: { projectId, lang }, body: { name: value } });
      setCurrent(saved);
      setName(saved.name ?? saved.suggestedName);
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save(name.trim());
  };

  const language = format.languageName(lang);
  return (
    <form className="publication__credit" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('publication.credit.title')}</h3>
      <p className="field__hint">{current.roles.length > 0 ? t('publication.credit.hint', { language }) : t('publication.credit.noRole', { language })}</p>
      <p role="status">{current.name ? t('publication.credit.current', { name: current.name }) : t('publication.credit.none')}</p>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('publication.credit.name')}</label>
        <input id={`${id}-name`} type="text" maxLength={100} required value={name} onChange={(e) => setName(e.target.value)} />
      </div>
      <div className="actions">
        <button type="submit" className="button button--small" disabled={busy || name.trim() === '' || name.trim() === current.name}>
          {t('publication.credit.save')}
        </button>
        {current.name && (
          <button type="button" className="button button--small button--quiet" disabled={busy} onClick={() => void save(null)}>
            {t('publication.credit.remove')}
          </button>
        )}
      </div>
      {failure !== null && <ErrorFor error={failure} />}
    </form>
  );
}
