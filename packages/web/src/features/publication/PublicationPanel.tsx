import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { operations, type PublicationVersionView } from '@tessera/core/contract';
import { client, hrefOf, useResource } from '../../api/index.ts';
import { ErrorFor, Loading } from '../../ui/index.ts';
import { CreditForm } from './CreditForm.tsx';
import { PublicationGate } from './PublicationGate.tsx';
import { PublishForm } from './PublishForm.tsx';
import { SignatoryOrderField } from './SignatoryOrderField.tsx';
import { VersionList } from './VersionList.tsx';

interface PublicationPanelProps {
  projectId: number;
  lang: string;
  /** The language's standing choice: publish source text where approvals are missing. */
  allowFallback: boolean;
  /** Coordinators publish, choose the fallback, the order of signatories and embargoes. */
  canConfigure: boolean;
}

/**
 * Publication of one language: what stands in the way (each unit linked), publishing a numbered
 * version (with fallback, under embargo), the versions with their changes and files, the members'
 * preview, the bundle of every language, and the member's own credit.
 */
export function PublicationPanel({ projectId, lang, allowFallback, canConfigure }: PublicationPanelProps) {
  const { t } = useTranslation();
  const id = useId();
  const overview = useResource(`${projectId}/${lang}`, (signal) => client.publicationOverview({ params: { projectId, lang }, signal }));
  const [published, setPublished] = useState<PublicationVersionView | null>(null);
  const data = overview.data;

  return (
    <section className="panel publication" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="panel__title">
        {t('publication.title')}
      </h2>
      <div className="actions">
        <a className="button button--small" href={hrefOf(operations.publication, { params: { projectId, lang }, query: { preview: '1' } })} target="_blank" rel="noopener">
          {t('publication.preview')}
        </a>
        <a className="button button--small" href={hrefOf(operations.publication, { params: { projectId, lang } })} target="_blank" rel="noopener">
          {t('publication.published')}
        </a>
        <a className="button button--small" href={hrefOf(operations.publicationBundle, { params: { projectId } })}>
          {t('publication.bundle')}
        </a>
      </div>
      {overview.error !== null && <ErrorFor error={overview.error} onRetry={overview.reload} />}
      {!data && overview.error === null && <Loading />}
      {data && (
        <>
          <PublicationGate projectId={projectId} lang={lang} gate={data.gate} />
          {canConfigure && <SignatoryOrderField projectId={projectId} lang={lang} signatoryOrder={data.signatoryOrder} onChanged={overview.reload} />}
          {canConfigure && (
            <PublishForm
              projectId={projectId}
              lang={lang}
              publishable={data.gate.publishable}
              nextVersion={(data.versions[0]?.version ?? 0) + 1}
              allowFallback={allowFallback}
              onPublished={(version) => {
                setPublished(version);
                overview.reload();
              }}
            />
          )}
          <p className="muted" role="status">
            {published ? t('publication.publishedNotice', { version: published.version }) : ''}
          </p>
          <h3>{t('publication.versions')}</h3>
          <VersionList projectId={projectId} lang={lang} versions={data.versions} formats={data.formats} canCoordinate={canConfigure} onChanged={overview.reload} />
        </>
      )}
      <CreditForm projectId={projectId} lang={lang} />
    </section>
  );
}
