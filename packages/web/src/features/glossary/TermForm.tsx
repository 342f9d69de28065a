import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { GlossaryEntryView, GlossaryTermRequest } from '@tessera/core/contract';
import { ErrorFor } from '../../ui/index.ts';

interface TermFormProps {
  /** The term being changed; none: a new one. */
  initial: GlossaryEntryView | null;
  sourceLang: string;
  targetLang: string;
  onSubmit: (term: GlossaryTermRequest) => Promise<void>;
  onCancel?: () => void;
}

/** Adding a term, or changing one: the term, its translation or do-not-translate, forbidden variants (one a line), a note. */
export function TermForm({ initial, sourceLang, targetLang, onSubmit, onCancel }: TermFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const first = useRef<HTMLInputElement>(null);
  const [source, setSource] = useState(initial?.source ?? '');
  const [target, setTarget] = useState(initial?.target ?? '');
  const [doNotTranslate, setDoNotTranslate] = useState(initial?.doNotTranslate ?? false);
  const [forbidden, setForbidden] = useState(initial?.forbidden.join('\n') ?? '');
  const [note, setNote] = useState(initial?.note ?? '');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  // Changing a term: the form comes up with the keyboard in it.
  useEffect(() => {
    if (initial) first.current?.focus();
  }, [initial]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setFailure(null);
    try {
      await onSubmit({ source, target: doNotTranslate ? null : target, doNotTranslate, forbidden: forbidden.split('\n'), note });
      if (!initial) {
        setSource('');
        setTarget('');
        setDoNotTranslate(false);
        setForbidden('');
        setNote('');
      }
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="glossary__form" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="glossary__form-title">
        {initial ? t('glossary.editTitle', { term: initial.source }) : t('glossary.addTitle')}
      </h3>
      <div className="field-row">
        <div className="field field--grow">
          <label htmlFor={`${id}-source`}>{t('glossary.source')}</label>
          <input id={`${id}-source`} ref={first} lang={sourceLang} required value={source} onChange={(e) => setSource(e.target.value)} />
        </div>
        <div className="field field--grow">
          <label htmlFor={`${id}-target`}>{t('glossary.target')}</label>
          <input id={`${id}-target`} lang={targetLang} required={!doNotTranslate} disabled={doNotTranslate} value={doNotTranslate ? '' : target} onChange={(e) => setTarget(e.target.value)} />
        </div>
      </div>
      <div className="checkbox">
        <input id={`${id}-dnt`} type="checkbox" checked={doNotTranslate} onChange={(e) => setDoNotTranslate(e.target.checked)} />
        <label htmlFor={`${id}-dnt`}>{t('glossary.doNotTranslateField')}</label>
      </div>
      <div className="field">
        <label htmlFor={`${id}-forbidden`}>{t('glossary.forbidden')}</label>
        <textarea id={`${id}-forbidden`} lang={targetLang} rows={2} aria-describedby={`${id}-forbidden-hint`} value={forbidden} onChange={(e) => setForbidden(e.target.value)} />
        <p className="field__hint" id={`${id}-forbidden-hint`}>
          {t('glossary.forbiddenHint')}
        </p>
      </div>
      <div className="field">
        <label htmlFor={`${id}-note`}>{t('glossary.note')}</label>
        <textarea id={`${id}-note`} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
      </div>
      <div className="actions">
        <button type="submit" className="button button--small" disabled={busy}>
          {initial ? t('glossary.save') : t('glossary.add')}
        </button>
        {onCancel && (
          <button type="button" className="button button--small button--quiet" onClick={onCancel}>
            {t('glossary.cancel')}
          </button>
        )}
      </div>
      {failure !== null && <ErrorFor error={failure} />}
    </form>
  );
}
