import { useId, useRef, useState, type FormEvent, type KeyboardEvent, type ReactNode, type Ref, type TextareaHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { contentText } from '@tessera/core';
import type { EditorUnit } from '@tessera/core/contract';
import { ApiError, client } from '../../api/index.ts';
import { errorMessage } from '../../i18n/index.ts';
import { ErrorNotice } from '../../ui/index.ts';
import type { SourceFacts } from './blocks.ts';
import {
  checkSourceEdit,
  cleanSourceText,
  editedContent,
  moveCaret,
  splitParts,
  type CaretKey,
  type SourceChange,
  type SourceEditProblem,
} from './sourceEditing.ts';

interface SourceToolsProps {
  projectId: number;
  unit: EditorUnit;
  facts: SourceFacts;
  sourceLang: string;
  sourceDir: 'ltr' | 'rtl';
  /** Called after the source changed on the server, so the editor reloads the language. */
  onChanged: () => void;
}

type Mode = 'menu' | 'edit' | 'split';
/** What was done last, announced once the editor shows it. */
type Done = 'edited' | 'merged' | 'split' | 'unitLocked' | 'unitUnlocked' | 'blockLocked' | 'blockUnlocked';
/** A problem found before sending anything, or whatever the request threw. */
type Failure = { local: SourceEditProblem | 'noSplit' } | { error: unknown };

const CARET_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'Home', 'End']);

/** Refusals that mean this page shows an outdated unit. */
const RELOAD_ON = new Set(['source.stale', 'unit.no-next', 'unit.not-found', 'block.not-found']);

/** The coordinator's control of one unit's source: edit, split, merge with the next, do-not-translate. */
export function SourceTools({ projectId, unit, facts, sourceLang, sourceDir, onChanged }: SourceToolsProps) {
  const { t } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [mode, setMode] = useState<Mode>('menu');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [done, setDone] = useState<Done | null>(null);
  const toggle = useRef<HTMLButtonElement>(null);

  const close = () => {
    setOpen(false);
    setMode('menu');
    setFailure(null);
    toggle.current?.focus();
  };

  const run = async (request: () => Promise<unknown>, outcome: Done) => {
    setBusy(true);
    setFailure(null);
    setDone(null);
    try {
      await request();
      setDone(outcome);
      setOpen(false);
      setMode('menu');
      onChanged();
    } catch (error) {
      setFailure({ error });
      // The unit changed or went away meanwhile: show it as it is now, so the next try starts from there.
      if (error instanceof ApiError && RELOAD_ON.has(error.code)) onChanged();
    } finally {
      setBusy(false);
    }
  };

  const show = (next: Mode) => {
    setFailure(null);
    setDone(null);
    setMode((current) => (current === next ? 'menu' : next));
  };

  return (
    <div className="source-tools">
      <button
        ref={toggle}
        type="button"
        className="button button--small button--quiet"
        aria-expanded={open}
        aria-controls={open ? `${id}-panel` : undefined}
        onClick={() => (open ? close() : (setOpen(true), setDone(null)))}
      >
        {t('sourceTools.toggle')}
      </button>
      <p className="source-tools__done muted" role="status">
        {done ? t(`sourceTools.done.${done}`) : ''}
      </p>
      {open && (
        <div id={`${id}-panel`} className="source-tools__panel" role="group" aria-label={t('sourceTools.label')}>
          <div className="actions">
            <button type="button" className="button button--small" aria-pressed={mode === 'edit'} disabled={busy} onClick={() => show('edit')}>
              {t('sourceTools.edit')}
            </button>
            <button type="button" className="button button--small" aria-pressed={mode === 'split'} disabled={busy} onClick={() => show('split')}>
              {t('sourceTools.split')}
            </button>
            {facts.mergeable && (
              <button
                type="button"
                className="button button--small"
                disabled={busy}
                onClick={() => void run(() => client.mergeWithNext(projectId, unit.id), 'merged')}
              >
                {t('sourceTools.merge')}
              </button>
            )}
            <button
              type="button"
              className="button button--small"
              disabled={busy}
              onClick={() => void run(() => client.setUnitTranslate(projectId, unit.id, !unit.translate), unit.translate ? 'unitLocked' : 'unitUnlocked')}
            >
              {unit.translate ? t('sourceTools.unitDoNotTranslate') : t('sourceTools.unitTranslate')}
            </button>
            <button
              type="button"
              className="button button--small"
              disabled={busy}
              onClick={() =>
                void run(
                  () => client.setBlockTranslate(projectId, unit.blockId, !facts.blockTranslated),
                  facts.blockTranslated ? 'blockLocked' : 'blockUnlocked',
                )
              }
            >
              {facts.blockTranslated ? t('sourceTools.blockDoNotTranslate') : t('sourceTools.blockTranslate')}
            </button>
          </div>
          {mode === 'edit' && (
            <EditSourceForm
              unit={unit}
              sourceLang={sourceLang}
              sourceDir={sourceDir}
              busy={busy}
              onInvalid={(problem) => setFailure({ local: problem })}
              onSubmit={(source, change) => void run(() => client.editSource(projectId, unit.id, { source, baseSource: unit.source, change }), 'edited')}
              onCancel={() => show('menu')}
            />
          )}
          {mode === 'split' && (
            <SplitForm
              unit={unit}
              sourceLang={sourceLang}
              sourceDir={sourceDir}
              busy={busy}
              onInvalid={() => setFailure({ local: 'noSplit' })}
              onSubmit={(offset) => void run(() => client.splitUnit(projectId, unit.id, { offset, baseSource: unit.source }), 'split')}
              onCancel={() => show('menu')}
            />
          )}
          {failure && (
            <ErrorNotice message={'local' in failure ? t(`sourceTools.problems.${failure.local}`) : errorMessage(failure.error)} />
          )}
        </div>
      )}
    </div>
  );
}

interface FormProps {
  unit: EditorUnit;
  sourceLang: string;
  sourceDir: 'ltr' | 'rtl';
  busy: boolean;
  onCancel: () => void;
}

interface SourceFormFrameProps extends Omit<FormProps, 'unit'> {
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
function SourceFormFrame({ id, label, hint, field, text, sourceLang, sourceDir, busy, submitLabel, onSubmit, onCancel, children }: SourceFormFrameProps) {
  const { t } = useTranslation();
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

function EditSourceForm({
  unit,
  onInvalid,
  onSubmit,
  ...frame
}: FormProps & { onInvalid: (problem: SourceEditProblem) => void; onSubmit: (source: EditorUnit['source'], change: SourceChange) => void }) {
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

function SplitForm({ unit, onInvalid, onSubmit, ...frame }: FormProps & { onInvalid: () => void; onSubmit: (offset: number) => void }) {
  const { sourceLang, sourceDir } = frame;
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
