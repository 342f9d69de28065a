import type { FormEvent, ReactNode, Ref, TextareaHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditorUnit } from '@tessera/core/contract';
import { useEditorSettings } from './EditorContext.tsx';

/** What the source tools give each of their forms. */
export interface SourceFormProps {
  unit: EditorUnit;
  busy: boolean;
  onCancel: () => void;
}

interface SourceFormFrameProps extends Omit<SourceFormProps, 'unit'> {
  /** The form's id: the text is `${id}-text`, the hint `${id}-hint`. */
  id: string;
  label: string;
  /** Said between the label and the text. */
  hint?: string;
  field: Ref<HTMLTextAreaElement>;
  /** What the text does in this form: its value, and how it is read or changed. */
  text: TextareaHTMLAttributes<HTMLTextAreaElement>;
  submitLabel: string;
  onSubmit: (event: FormEvent) => void;
  /** What follows the text. */
  children: ReactNode;
}

/** What the edit and split forms share: the labelled text of the unit's source, and the buttons to go ahead or cancel. */
export function SourceFormFrame({ id, label, hint, field, text, busy, submitLabel, onSubmit, onCancel, children }: SourceFormFrameProps) {
  const { t } = useTranslation();
  const { sourceLang, sourceDir } = useEditorSettings();
  return (
    <form className="source-tools__form" onSubmit={onSubmit} noValidate>
      <label htmlFor={`${id}-text`}>{label}</label>
      {hint && (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <textarea id={`${id}-text`} ref={field} className="source-tools__text" rows={3} lang={sourceLang} dir={sourceDir} autoFocus {...text} />
      {children}
      <div className="actions">
        <button type="submit" className="button button--small button--primary" disabled={busy} aria-busy={busy}>
          {submitLabel}
        </button>
        <button type="button" className="button button--small button--quiet" onClick={onCancel}>
          {t('sourceTools.cancel')}
        </button>
      </div>
    </form>
  );
}
