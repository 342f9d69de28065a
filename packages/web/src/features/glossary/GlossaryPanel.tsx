import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { directionOf, GLOSSARY_FORMATS } from '@tessera/core';
import type { GlossaryEntryView, GlossaryTermRequest } from '@tessera/core/contract';
import { ErrorFor, Loading } from '../../ui/index.ts';
import { useFileUpload } from '../exchange/index.ts';
import { useGlossary } from './GlossaryContext.tsx';
import { glossaryApi } from './glossaryApi.ts';
import { TermForm } from './TermForm.tsx';

/**
 * The glossary of the language: its terms for everyone who reads the language, and for its
 * coordinators and reviewers adding, changing, deleting and importing terms. Files (TBX, CSV) go
 * both ways; every format of the registry is offered.
 */
export function GlossaryPanel() {
  const { t } = useTranslation();
  const id = useId();
  const glossary = useGlossary();
  const [editing, setEditing] = useState<GlossaryEntryView | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const calls = glossaryApi(glossary?.projectId ?? 0, glossary?.lang ?? '');
  const { busy, summary, failure: importFailure, upload } = useFileUpload((file) => calls.import(file), () => glossary?.reload());
  if (!glossary) return null;
  const { view, reload } = glossary;

  const add = async (term: GlossaryTermRequest) => {
    await calls.add(term);
    reload();
  };
  const change = (termId: number) => async (term: GlossaryTermRequest) => {
    await calls.update(termId, term);
    setEditing(null);
    reload();
  };
  const remove = async (term: GlossaryEntryView) => {
    if (!window.confirm(t('glossary.deleteConfirm', { term: term.source }))) return;
    setFailure(null);
    try {
      await calls.remove(term.id);
      reload();
    } catch (error) {
      setFailure(error);
    }
  };

  return (
    <section className="panel glossary" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="panel__title">
        {t('glossary.title')}
      </h2>
      {view === undefined ? (
        glossary.error !== null ? <ErrorFor error={glossary.error} onRetry={reload} /> : <Loading />
      ) : (
        <>
          <p className="muted">{t('glossary.count', { count: view.terms.length })}</p>
          <div className="actions">
            {GLOSSARY_FORMATS.map((format) => (
              <a key={format.id} className="button button--small" href={calls.exportHref(format.id)} download>
                {t('glossary.download', { format: format.label })}
              </a>
            ))}
            {view.canEdit && (
              <label className="button button--small file-button" aria-busy={busy}>
                {t('glossary.upload')}
                <input
                  type="file"
                  className="file-button__input"
                  accept={GLOSSARY_FORMATS.flatMap((f) => [...f.extensions.map((e) => `.${e}`), f.mediaType]).join(',')}
                  disabled={busy}
                  onChange={upload}
                />
              </label>
            )}
          </div>
          {view.canEdit && <p className="field__hint">{t('glossary.uploadHint')}</p>}
          <div aria-live="polite">
            {busy && <p className="muted">{t('glossary.uploading')}</p>}
            {summary && <p className="notice notice--success">{t('glossary.imported', { added: summary.added, updated: summary.updated, unchanged: summary.unchanged })}</p>}
          </div>
          {importFailure !== null && <ErrorFor error={importFailure} />}
          {failure !== null && <ErrorFor error={failure} />}

          {view.terms.length > 0 && (
            <div className="glossary__scroll" tabIndex={0} role="region" aria-labelledby={`${id}-title`}>
              <table className="glossary__terms">
                <thead>
                  <tr>
                    <th scope="col">{t('glossary.source')}</th>
                    <th scope="col">{t('glossary.target')}</th>
                    <th scope="col">{t('glossary.note')}</th>
                    {view.canEdit && <th scope="col">{t('glossary.actions')}</th>}
                  </tr>
                </thead>
                <tbody>
                  {view.terms.map((term) => (
                    <tr key={term.id} data-term-id={term.id}>
                      <th scope="row" lang={view.sourceLang} dir={directionOf(view.sourceLang)}>
                        {term.source}
                      </th>
                      <td>
                        {term.doNotTranslate ? (
                          <span className="glossary__dnt">{t('glossary.doNotTranslate')}</span>
                        ) : (
                          <bdi lang={view.targetLang}>{term.target}</bdi>
                        )}
                        {term.forbidden.length > 0 && (
                          <p className="glossary__forbidden">
                            {t('glossary.forbiddenLabel')}{' '}
                            {term.forbidden.map((f, i) => (
                              <bdi key={i} lang={view.targetLang}>
                                <del>{f}</del>
                                {i < term.forbidden.length - 1 ? ', ' : ''}
                              </bdi>
                            ))}
                          </p>
                        )}
                      </td>
                      <td className="glossary__note">{term.note}</td>
                      {view.canEdit && (
                        <td>
                          <div className="actions">
                            <button type="button" className="button button--small button--quiet" onClick={() => setEditing(term)} aria-label={t('glossary.editTerm', { term: term.source })}>
                              {t('glossary.edit')}
                            </button>
                            <button type="button" className="button button--small button--quiet" onClick={() => void remove(term)} aria-label={t('glossary.deleteTerm', { term: term.source })}>
                              {t('glossary.delete')}
                            </button>
                          </div>
                        </td>
                      )}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {view.canEdit &&
            (editing ? (
              <TermForm key={editing.id} initial={editing} sourceLang={view.sourceLang} targetLang={view.targetLang} onSubmit={change(editing.id)} onCancel={() => setEditing(null)} />
            ) : (
              <TermForm key="new" initial={null} sourceLang={view.sourceLang} targetLang={view.targetLang} onSubmit={add} />
            ))}
        </>
      )}
    </section>
  );
}
