import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { directionOf } from '@tessera/core';
import type { PublicationFormatView, PublicationVersionView } from '@tessera/core/contract';
import { client } from '../../api/index.ts';
import { useFormat } from '../../i18n/index.ts';
import { Link, paths } from '../../router/index.ts';
import { ErrorFor, TextDiff } from '../../ui/index.ts';

interface VersionListProps {
  projectId: number;
  lang: string;
  versions: PublicationVersionView[];
  formats: PublicationFormatView[];
  canCoordinate: boolean;
  onChanged: () => void;
}

/** Published versions, newest first: when, by whom, embargo, every format, and the units changed since the one before. */
export function VersionList({ projectId, lang, versions, formats, canCoordinate, onChanged }: VersionListProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [failure, setFailure] = useState<unknown>(null);
  const dir = directionOf(lang);

  if (versions.length === 0) return <p className="muted">{t('publication.noVersions')}</p>;

  const lift = async (version: number) => {
    setFailure(null);
    try {
      await client.publicationEmbargo({ params: { projectId, lang, version }, body: { embargoUntil: null } });
      onChanged();
    } catch (error) {
      setFailure(error);
    }
  };

  return (
    <>
      <ol className="publication__versions" reversed>
        {versions.map((version) => (
          <li key={version.version} className="publication__version">
            <p>
              <a href={version.url} target="_blank" rel="noopener">
                {t('publication.version', { version: version.version })}
              </a>{' '}
              <span className="muted">
                {t('publication.versionMeta', { date: format.dateTime(version.publishedAt), name: version.publishedBy, revision: version.sourceRevision })}
              </span>
            </p>
            {!version.released && version.embargoUntil && (
              <p className="publication__embargo">
                {t('publication.embargoedUntil', { date: format.dateTime(version.embargoUntil) })}{' '}
                {canCoordinate && (
                  <button type="button" className="button button--small button--quiet" onClick={() => void lift(version.version)}>
                    {t('publication.liftEmbargo')}
                  </button>
                )}
              </p>
            )}
            {version.withFallback && <p className="muted">{t('publication.withFallback')}</p>}
            <ul className="publication__files" aria-label={t('publication.files', { version: version.version })}>
              {formats.map((f) => (
                <li key={f.id}>
                  <a href={version.files[f.id]} target="_blank" rel="noopener">
                    {f.label}
                  </a>
                </li>
              ))}
            </ul>
            <details>
              <summary>{t('publication.changes', { count: version.changes.length })}</summary>
              <ul className="publication__changes">
                {version.changes.map((change) => (
                  <li key={change.unitId}>
                    <Link to={paths.unit(projectId, lang, change.unitId)}>{t(`publication.change.${change.kind}`)}</Link>{' '}
                    <TextDiff before={change.before?.text ?? ''} after={change.after?.text ?? ''} lang={lang} dir={dir} />
                  </li>
                ))}
              </ul>
            </details>
          </li>
        ))}
      </ol>
      {failure !== null && <ErrorFor error={failure} />}
    </>
  );
}
