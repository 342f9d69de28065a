import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublicationVersionView } from '@tessera/core/contract';
import { client } from '../../api/index.ts';
import { ErrorFor } from '../../ui/index.ts';
import { embargoFromInput } from './embargo.ts';

interface PublishFormProps {
  projectId: number;
  lang: string;
  publishable: boolean;
  /** The number the next version gets. */
  nextVersion: number;
  /** The language's standing choice: publish source text where approvals are missing. */
  allowFallback: boolean;
  onPublished: (version: PublicationVersionView) => void;
}

/** The coordinator's publish button, with the fallback choice and an optional embargo time. */
export function PublishForm({ projectId, lang, publishable, nextVersion, allowFallback, onPublished }: PublishFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [fallback, setFallback] = useState(allowFallback);
  const [embargo, setEmbargo] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  // A reload of the language view brings the server's setting.
  useEffect(() => setFallback(allowFallback), [allowFallback]);

  const changeFallback = async (value: boolean) => {
    setFallback(value);
    setFailure(null);
    try {
      await client.publicationSettings({ params: { projectId, lang }, body: { allowFallback: value } });
    } catch (error) {
      setFallback(!value);
      setFailure(error);
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setFailure(null);
    try {
      const version = await client.publish({ params: { projectId, lang }, body: { allowFallback: fallback, embargoUntil: embargoFromInput(embargo) } });
      setEmbargo('');
      onPublished(version);
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  const withFallback = !publishable && fallback;
  return (
    <form className="publication__publish" onSubmit={submit}>
      <div className="checkbox">
        <input id={`${id}-fallback`} type="checkbox" checked={fallback} onChange={(e) => void changeFallback(e.target.checked)} />
        <label htmlFor={`${id}-fallback`}>{t('publication.allowFallback')}</label>
      </div>
      <div className="field">
        <label htmlFor={`${id}-embargo`}>{t('publication.embargo')}</label>
        <input id={`${id}-embargo`} type="datetime-local" value={embargo} aria-describedby={`${id}-embargo-hint`} onChange={(e) => setEmbargo(e.target.value)} />
        <p className="field__hint" id={`${id}-embargo-hint`}>
          {t('publication.embargoHint')}
        </p>
      </div>
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={busy || (!publishable && !fallback)} aria-busy={busy}>
          {withFallback ? t('publication.publishWithFallback', { version: nextVersion }) : t('publication.publish', { version: nextVersion })}
        </button>
      </div>
      {failure !== null && <ErrorFor error={failure} />}
    </form>
  );
}
