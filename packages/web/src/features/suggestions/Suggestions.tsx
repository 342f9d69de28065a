import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { contentText } from '@tessera/core';
import type { EditorUnit, SuggestionView } from '@tessera/core/contract';
import { client } from '../../api/index.ts';
import { codesOf, editableToContent, SourceText } from '../../content/index.ts';
import { errorMessage, useFormat } from '../../i18n/index.ts';
import { ErrorNotice } from '../../ui/index.ts';

interface SuggestionsProps {
  projectId: number;
  lang: string;
  dir: 'ltr' | 'rtl';
  unit: EditorUnit;
  /** Translators may offer an alternative to an existing translation. */
  canSuggest: boolean;
  /** Reviewers may make a suggestion the translation. */
  canPick: boolean;
  /** Set while the row has an unsaved edit (picking would replace the text being edited). */
  blockedBy: string | null;
  /** A suggestion was added: the unit with its open suggestions (the text is unchanged). */
  onSuggested: (unit: EditorUnit) => void;
  /** A suggestion became the translation. */
  onPicked: (unit: EditorUnit) => void;
}

/** Open suggestions under a unit, “Use this suggestion” for reviewers, and the form to suggest one. */
export function Suggestions({ projectId, lang, dir, unit, canSuggest, canPick, blockedBy, onSuggested, onPicked }: SuggestionsProps) {
  const { t } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  /** `'empty'` for a suggestion sent without text, else whatever the request threw. */
  const [failure, setFailure] = useState<unknown>(null);
  const hasTranslation = contentText(unit.target).trim() !== '';
  const offerForm = canSuggest && hasTranslation;
  if (unit.suggestions.length === 0 && !offerForm) return null;

  const suggest = async (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) {
      setFailure('empty');
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      onSuggested(await client.suggest({ params: { projectId, lang, unitId: unit.id }, body: { target: editableToContent(text.trim(), codesOf(unit.source)) } }));
      setText('');
      setOpen(false);
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  const pick = async (suggestion: SuggestionView) => {
    setBusy(true);
    setFailure(null);
    try {
      onPicked(await client.acceptSuggestion({ params: { projectId, lang, suggestionId: suggestion.id } }));
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="suggestions">
      {unit.suggestions.length > 0 && (
        <section aria-labelledby={`${id}-title`}>
          <h3 id={`${id}-title`} className="suggestions__title">
            {t('suggestions.title', { count: unit.suggestions.length })}
          </h3>
          <ul className="suggestions__list">
            {unit.suggestions.map((suggestion) => (
              <SuggestionItem
                key={suggestion.id}
                suggestion={suggestion}
                lang={lang}
                dir={dir}
                canPick={canPick}
                disabled={busy || blockedBy !== null}
                blockedBy={blockedBy}
                onPick={() => void pick(suggestion)}
              />
            ))}
          </ul>
        </section>
      )}
      {offerForm && !open && (
        <button
          type="button"
          className="button button--small button--quiet suggestions__open"
          aria-expanded={false}
          onClick={() => {
            setOpen(true);
            setFailure(null);
          }}
        >
          {t('suggestions.suggest')}
        </button>
      )}
      {offerForm && open && (
        <form className="suggestions__form" onSubmit={suggest} noValidate>
          <label htmlFor={`${id}-text`}>{t('suggestions.label')}</label>
          <textarea id={`${id}-text`} rows={2} lang={lang} dir={dir} autoFocus value={text} onChange={(e) => setText(e.target.value)} />
          <p className="field__hint">{t('suggestions.hint')}</p>
          <div className="actions">
            <button type="submit" className="button button--small" disabled={busy} aria-busy={busy}>
              {t('suggestions.send')}
            </button>
            <button type="button" className="button button--small button--quiet" onClick={() => setOpen(false)}>
              {t('suggestions.cancel')}
            </button>
          </div>
        </form>
      )}
      {failure !== null && <ErrorNotice message={failure === 'empty' ? t('suggestions.empty') : errorMessage(failure)} />}
    </div>
  );
}

interface SuggestionItemProps {
  suggestion: SuggestionView;
  lang: string;
  dir: 'ltr' | 'rtl';
  canPick: boolean;
  disabled: boolean;
  blockedBy: string | null;
  onPick: () => void;
}

function SuggestionItem({ suggestion, lang, dir, canPick, disabled, blockedBy, onPick }: SuggestionItemProps) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <li className="suggestion" data-suggestion-id={suggestion.id}>
      <p className="suggestion__text" lang={lang} dir={dir}>
        <SourceText content={suggestion.target} />
      </p>
      <p className="suggestion__meta muted">
        {t('suggestions.by', { author: suggestion.author, date: format.dateTime(suggestion.createdAt) })}
      </p>
      {canPick && (
        <button type="button" className="button button--small button--approve" disabled={disabled} title={blockedBy ?? undefined} onClick={onPick}>
          {t('suggestions.use')}
        </button>
      )}
    </li>
  );
}
