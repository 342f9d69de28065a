import { useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { contentText } from '@tessera/core';
import { useEditorSettings } from './EditorContext.tsx';
import { SourceFormFrame, type SourceFormProps } from './SourceFormFrame.tsx';
import { moveCaret, splitParts, type CaretKey } from './sourceEditing.ts';

const CARET_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'Home', 'End']);

interface SplitFormProps extends SourceFormProps {
  onInvalid: () => void;
  onSubmit: (offset: number) => void;
}

/** The coordinator puts the caret where a unit's source is to be split in two. */
export function SplitForm({ unit, onInvalid, onSubmit, ...frame }: SplitFormProps) {
  const { sourceLang, sourceDir } = useEditorSettings();
  const { t } = useTranslation();
  const id = useId();
  const text = contentText(unit.source);
  const [caret, setCaret] = useState<number | null>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  const parts = caret === null ? null : splitParts(text, caret);

  // Browsers do not all move the caret in a read-only field: the arrow keys, Home and End are handled here.
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (!CARET_KEYS.has(event.key) || event.altKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    const element = event.currentTarget;
    const at = moveCaret(text, element.selectionStart, event.key as CaretKey, event.ctrlKey, sourceDir);
    element.setSelectionRange(at, at);
    setCaret(at);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const at = field.current?.selectionStart ?? caret;
    if (at === null || at === undefined || !splitParts(text, at)) {
      onInvalid();
      field.current?.focus();
      return;
    }
    onSubmit(at);
  };

  return (
    <SourceFormFrame
      {...frame}
      id={id}
      label={t('sourceTools.splitLabel')}
      hint={t('sourceTools.splitHint')}
      field={field}
      text={{
        value: text,
        readOnly: true,
        'aria-describedby': `${id}-hint ${id}-preview`,
        onSelect: (e) => setCaret(e.currentTarget.selectionStart),
        onKeyDown,
      }}
      submitLabel={t('sourceTools.splitAtCursor')}
      onSubmit={submit}
    >
      <div id={`${id}-preview`} className="source-tools__preview" aria-live="polite">
        {parts && (
          <ol lang={sourceLang} dir={sourceDir}>
            <li>{parts.first}</li>
            <li>{parts.second}</li>
          </ol>
        )}
      </div>
    </SourceFormFrame>
  );
}
