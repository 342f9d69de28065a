import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { client } from '../../api/index.ts';
import { useFormat } from '../../i18n/index.ts';
import { ErrorFor } from '../../ui/index.ts';
import { useFileUpload } from './useFileUpload.ts';

/** A language pair of the summary (`en→ja`) with language names, written as the interface writes a pair (its arrow follows the reading direction), or as it came. */
function pairLabel(pair: string, languageName: (lang: string) => string, written: (source: string, target: string) => string): string {
  const [from, to, ...rest] = pair.split('→');
  return from && to && rest.length === 0 ? written(languageName(from), languageName(to)) : pair;
}

/** For users who may create projects: add the entries of a TMX file to the translation memory. */
export function MemoryImport() {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const { busy, summary, failure, upload } = useFileUpload((file) => client.importTmx({ query: { name: file.name }, body: file }));

  const pairs = summary ? Object.entries(summary.pairs).sort(([a], [b]) => a.localeCompare(b)) : [];
  return (
    <section className="panel memory-import" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="panel__title">
        {t('memory.title')}
      </h2>
      <div className="actions">
        <label className="button button--small file-button" aria-busy={busy}>
          {t('memory.upload')}
          <input type="file" className="file-button__input" accept=".tmx,.xml,application/x-tmx+xml,application/xml,text/xml" disabled={busy} onChange={upload} />
        </label>
      </div>
      <p className="field__hint">{t('memory.hint')}</p>
      <div aria-live="polite">
        {busy && <p className="muted">{t('memory.uploading')}</p>}
        {summary && (
          <div className="notice notice--success memory-import__summary">
            <p>{t('memory.summary', { count: summary.entries })}</p>
            {pairs.length > 0 && (
              <ul>
                {pairs.map(([pair, count]) => (
                  <li key={pair} data-pair={pair}>
                    {t('memory.pair', { pair: pairLabel(pair, (lang) => format.languageName(lang), (source, target) => t('editor.languagePair', { source, target })), count })}
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>
      {failure !== null && <ErrorFor error={failure} />}
    </section>
  );
}
