import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { contentText } from '@tessera/core';
import type { EditorUnit } from '@tessera/core/contract';
import { SourceFormFrame, type SourceFormProps } from './SourceFormFrame.tsx';
import { checkSourceEdit, cleanSourceText, editedContent, type SourceChange, type SourceEditProblem } from './sourceEditing.ts';

interface EditSourceFormProps extends SourceFormProps {
  onInvalid: (problem: SourceEditProblem) => void;
  onSubmit: (source: EditorUnit['source'], change: SourceChange) => void;
}

/** The coordinator corrects a unit's source and says whether the change was a typo or one of meaning. */
export function EditSourceForm({ unit, onInvalid, onSubmit, ...frame }: EditSourceFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState(() => contentText(unit.source));
  const [change, setChange] = useState<SourceChange | null>(null);
  const [invalid, setInvalid] = useState<SourceEditProblem | null>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  const firstChoice = useRef<HTMLInputElement>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = checkSourceEdit(unit.source, text, change);
    setInvalid(problem);
    if (problem) {
      onInvalid(problem);
      (problem === 'noChoice' ? firstChoice : field).current?.focus();
      return;
    }
    onSubmit(editedContent(unit.source, cleanSourceText(text)), change!);
  };

  return (
    <SourceFormFrame
      {...frame}
      id={id}
      label={t('sourceTools.editLabel')}
      field={field}
      text={{
        value: text,
        'aria-invalid': invalid === 'empty' || invalid === 'unchanged' || undefined,
        onChange: (e) => setText(e.target.value),
      }}
      submitLabel={t('sourceTools.saveSource')}
      onSubmit={submit}
    >
      <fieldset className="source-tools__choice" aria-invalid={invalid === 'noChoice' || undefined}>
        <legend>{t('sourceTools.changeKind')}</legend>
        {(['typo', 'meaning'] as const).map((kind, index) => (
          <div key={kind} className="radio">
            <input
              id={`${id}-${kind}`}
              ref={index === 0 ? firstChoice : undefined}
              type="radio"
              name={`${id}-change`}
              value={kind}
              required
              checked={change === kind}
              onChange={() => setChange(kind)}
            />
            <label htmlFor={`${id}-${kind}`}>{t(`sourceTools.changes.${kind}`)}</label>
          </div>
        ))}
      </fieldset>
    </SourceFormFrame>
  );
}

