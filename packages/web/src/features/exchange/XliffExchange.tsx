import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { operations, type ImportSummary } from '@tessera/core/contract';
import { client, hrefOf } from '../../api/index.ts';
import { Link, paths } from '../../router/index.ts';
import { ErrorFor } from '../../ui/index.ts';
import { useFileUpload } from './useFileUpload.ts';

interface XliffExchangeProps {
  projectId: number;
  lang: string;
  /** Translators and coordinators may upload; anyone who sees the language may download. */
  canUpload: boolean;
  /** Called after an upload changed the units, so the editor reloads them. */
  onImported: (summary: ImportSummary) => void;
}

/** Download the language as XLIFF for a CAT tool, and upload the translated file back. */
export function XliffExchange({ projectId, lang, canUpload, onImported }: XliffExchangeProps) {
  const { t } = useTranslation();
  const id = useId();
  const { busy, summary, failure, upload } = useFileUpload((file) => client.importXliff({ params: { projectId, lang }, body: file }), onImported);

  return (
    <section className="panel exchange" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="panel__title">
        {t('exchange.title')}
      </h2>
      <div className="actions">
        <a className="button button--small" href={hrefOf(operations.exportXliff, { params: { projectId, lang } })} download>
          {t('exchange.download')}
        </a>
        <a className="button button--small" href={hrefOf(operations.exportXliff, { params: { projectId, lang }, query: { format: 'xliff20' } })} download>
          {t('exchange.download20')}
        </a>
        <a className="button button--small" href={hrefOf(operations.exportTmx, { params: { projectId, lang } })} download>
          {t('exchange.downloadTmx')}
        </a>
        {canUpload && (
          <label className="button button--small file-button" aria-busy={busy}>
            {t('exchange.upload')}
            <input
              type="file"
              className="file-button__input"
              accept=".xlf,.xliff,.xml,application/xliff+xml,application/xml,text/xml"
              disabled={busy}
              onChange={upload}
            />
          </label>
        )}
      </div>
      {canUpload && <p className="field__hint">{t('exchange.hint')}</p>}
      <div aria-live="polite">
        {busy && <p className="muted">{t('exchange.uploading')}</p>}
        {summary && (
          <div className="notice notice--success">
            <p>{t('exchange.summary', { updated: summary.updated, unchanged: summary.unchanged })}</p>
            {summary.unknown.length > 0 && (
              <>
                <p>{t('exchange.unknown', { count: summary.unknown.length })}</p>
                <ul className="id-list">
                  {summary.unknown.map((unitId) => (
                    <li key={unitId}>
                      <code>{unitId}</code>
                    </li>
                  ))}
                </ul>
              </>
            )}
            {summary.codeWarnings.length > 0 && (
              <>
                <p>{t('exchange.codeWarnings', { count: summary.codeWarnings.length })}</p>
                <UnitLinks projectId={projectId} lang={lang} unitIds={summary.codeWarnings} />
              </>
            )}
            {summary.codesReplaced.length > 0 && (
              <>
                <p>{t('exchange.codesReplaced', { count: summary.codesReplaced.length })}</p>
                <UnitLinks projectId={projectId} lang={lang} unitIds={summary.codesReplaced} />
              </>
            )}
          </div>
        )}
      </div>
      {failure !== null && <ErrorFor error={failure} />}
    </section>
  );
}

/** Links to the units an import summary names. */
function UnitLinks({ projectId, lang, unitIds }: { projectId: number; lang: string; unitIds: number[] }) {
  const { t } = useTranslation();
  return (
    <ul className="id-list">
      {unitIds.map((unitId) => (
        <li key={unitId}>
          <Link to={paths.unit(projectId, lang, unitId)}>{t('exchange.unitLink', { id: unitId })}</Link>
        </li>
      ))}
    </ul>
  );
}
