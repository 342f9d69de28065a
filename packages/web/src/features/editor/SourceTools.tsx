import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditorUnit } from '@tessera/core/contract';
import { ApiError, client } from '../../api/index.ts';
import { errorMessage } from '../../i18n/index.ts';
import { ErrorNotice } from '../../ui/index.ts';
import type { SourceFacts } from './blocks.ts';
import { EditSourceForm } from './EditSourceForm.tsx';
import { useEditorActions, useEditorSettings } from './EditorContext.tsx';
import type { SourceEditProblem } from './sourceEditing.ts';
import { SplitForm } from './SplitForm.tsx';

type Mode = 'menu' | 'edit' | 'split';
/** What was done last, announced once the editor shows it. */
type Done = 'edited' | 'merged' | 'split' | 'unitLocked' | 'unitUnlocked' | 'blockLocked' | 'blockUnlocked';
/** A problem found before sending anything, or whatever the request threw. */
type Failure = { local: SourceEditProblem | 'noSplit' } | { error: unknown };

/** Refusals that mean this page shows an outdated unit. */
const RELOAD_ON = new Set(['source.stale', 'unit.no-next', 'unit.not-found', 'block.not-found']);

/** The coordinator's control of one unit's source: edit, split, merge with the next, do-not-translate. */
export function SourceTools({ unit, facts }: { unit: EditorUnit; facts: SourceFacts }) {
  const { t } = useTranslation();
  const { projectId } = useEditorSettings();
  // Once the source changed on the server, the editor reloads the language.
  const onChanged = useEditorActions().sourceChanged;
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
                onClick={() => void run(() => client.mergeWithNext({ params: { projectId, unitId: unit.id } }), 'merged')}
              >
                {t('sourceTools.merge')}
              </button>
            )}
            <button
              type="button"
              className="button button--small"
              disabled={busy}
              onClick={() => void run(() => client.unitTranslate({ params: { projectId, unitId: unit.id }, body: { translate: !unit.translate } }), unit.translate ? 'unitLocked' : 'unitUnlocked')}
            >
              {unit.translate ? t('sourceTools.unitDoNotTranslate') : t('sourceTools.unitTranslate')}
            </button>
            <button
              type="button"
              className="button button--small"
              disabled={busy}
              onClick={() =>
                void run(
                  () => client.blockTranslate({ params: { projectId, blockId: unit.blockId }, body: { translate: !facts.blockTranslated } }),
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
              busy={busy}
              onInvalid={(problem) => setFailure({ local: problem })}
              onSubmit={(source, change) => void run(() => client.editSource({ params: { projectId, unitId: unit.id }, body: { source, baseSource: unit.source, change } }), 'edited')}
              onCancel={() => show('menu')}
            />
          )}
          {mode === 'split' && (
            <SplitForm
              unit={unit}
              busy={busy}
              onInvalid={() => setFailure({ local: 'noSplit' })}
              onSubmit={(offset) => void run(() => client.splitUnit({ params: { projectId, unitId: unit.id }, body: { offset, baseSource: unit.source } }), 'split')}
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
