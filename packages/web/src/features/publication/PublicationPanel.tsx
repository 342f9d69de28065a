import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pages } from '@tessera/core/contract';
import { client } from '../../api/index.ts';
import { ErrorFor } from '../../ui/index.ts';

interface PublicationPanelProps {
  projectId: number;
  lang: string;
  allowFallback: boolean;
  /** Coordinators decide whether the publication may fall back to the source text. */
  canConfigure: boolean;
}

/** Links to the server-rendered preview and publication, and the coordinator's fallback switch. */
export function PublicationPanel({ projectId, lang, allowFallback, canConfigure }: PublicationPanelProps) {
  const { t } = useTranslation();
  const id = useId();
  const [fallback, setFallback] = useState(allowFallback);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  // A reload of the language view brings the server's setting.
  useEffect(() => setFallback(allowFallback), [allowFallback]);

  const change = async (value: boolean) => {
    setFallback(value);
    setBusy(true);
    setSaved(false);
    setFailure(null);
    try {
      await client.setPublicationSettings(projectId, lang, value);
      setSaved(true);
    } catch (error) {
      setFallback(!value);
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel publication" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="panel__title">
        {t('publication.title')}
      </h2>
      <div className="actions">
        <a className="button button--small" href={pages.preview(projectId, lang)} target="_blank" rel="noopener">
          {t('publication.preview')}
        </a>
        <a className="button button--small" href={pages.publication(projectId, lang)} target="_blank" rel="noopener">
          {t('publication.published')}
        </a>
      </div>
      {canConfigure && (
        <div className="checkbox">
          <input
            id={`${id}-fallback`}
            type="checkbox"
            checked={fallback}
            disabled={busy}
            onChange={(e) => void change(e.target.checked)}
          />
          <label htmlFor={`${id}-fallback`}>{t('publication.allowFallback')}</label>
          <span className="muted" role="status">
            {saved ? t('publication.saved') : ''}
          </span>
        </div>
      )}
      {failure !== null && <ErrorFor error={failure} />}
    </section>
  );
}
