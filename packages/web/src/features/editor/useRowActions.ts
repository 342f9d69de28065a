import { useCallback, useMemo, useRef, type Dispatch, type RefObject } from 'react';
import { ApiError, client } from '../../api/index.ts';
import { codesOf, editableToContent } from '../../content/index.ts';
import type { PresenceReporter } from '../live/index.ts';
import type { Destination, EditorActions } from './EditorContext.tsx';
import { focusStaysIn, pressRowButton } from './rowButtons.ts';
import { canSave, isDirty, type RowsAction, type RowsState } from './rows.ts';
import { passesFilter, type UnitFilter } from './filter.ts';

interface RowActionsInput {
  projectId: number;
  lang: string;
  /** The rows and the filter as last rendered (updated before the browser can deliver the next key press). */
  latest: RefObject<{ state: RowsState; filter: UnitFilter; reader: number }>;
  dispatch: Dispatch<RowsAction>;
  /** Loads the language again (after a change of the source). */
  reload: () => void;
  presence: PresenceReporter;
  /** The unit whose translation box got the focus. */
  activated: (id: number) => void;
  showShortcuts: () => void;
  /** Draws a unit's row wherever it is (on a long page, rows far from the screen are not drawn). */
  reveal: (id: number) => void;
}

function focusBox(textarea: HTMLTextAreaElement): void {
  textarea.focus();
  textarea.scrollIntoView({ block: 'nearest' });
}

/** The one stable object the rows call back through: it reads the latest state from a ref, so typing does not change it. */
export function useRowActions({ projectId, lang, latest, dispatch, reload, presence, activated, showShortcuts, reveal }: RowActionsInput): EditorActions {
  const textareas = useRef(new Map<number, HTMLTextAreaElement>());
  // A unit moved to whose row was not drawn yet: its box takes the focus when it is.
  const focusWhenDrawn = useRef<number | null>(null);
  // The machine suggestion each unit's box got: a save of exactly that text says so.
  const machineDrafts = useRef(new Map<number, string>());

  const save = useCallback(
    async (id: number) => {
      const row = latest.current.state.rows[id];
      if (!row || !canSave(row)) return;
      const basis = row.draft;
      dispatch({ type: 'saveStarted', id });
      try {
        const unit = await client.saveTranslation({
          params: { projectId, lang, unitId: id },
          body: { target: editableToContent(basis.trim(), codesOf(row.unit.source)), baseRevision: row.unit.revision, fromMachine: machineDrafts.current.get(id) === basis },
        });
        machineDrafts.current.delete(id);
        dispatch({ type: 'accepted', id, unit, basis });
      } catch (error) {
        const current = error instanceof ApiError && error.status === 409 ? error.current : undefined;
        dispatch(current ? { type: 'conflicted', id, current } : { type: 'saveFailed', id, error });
      }
    },
    [projectId, lang, latest, dispatch],
  );

  const moveTo = useCallback(
    (id: number, where: Destination): boolean => {
      const { state: current, filter: shown, reader } = latest.current;
      const position = current.order.indexOf(id);
      const ahead = where === 'previous' ? current.order.slice(0, position).reverse() : current.order.slice(position + 1);
      for (const nextId of ahead) {
        const next = current.rows[nextId];
        if (!next || !next.unit.translate || !passesFilter(shown, next.unit, reader)) continue;
        if (where === 'untranslated' && next.unit.state !== 'untranslated') continue;
        if (where === 'warning' && next.unit.qa.length === 0) continue;
        const textarea = textareas.current.get(nextId);
        if (textarea) focusBox(textarea);
        else {
          focusWhenDrawn.current = nextId;
          reveal(nextId);
        }
        return true;
      }
      return false;
    },
    [latest, reveal],
  );

  return useMemo<EditorActions>(
    () => ({
      edit: (id, draft) => dispatch({ type: 'edited', id, draft }),
      useMachine(id, draft) {
        machineDrafts.current.set(id, draft);
        dispatch({ type: 'edited', id, draft });
      },
      save: (id) => void save(id),
      saveAndNext(id) {
        const edited = latest.current.state.rows[id];
        if (edited && isDirty(edited)) void save(id);
        moveTo(id, 'next');
      },
      approveAndNext(id) {
        if (!pressRowButton(id, 'approve')) return;
        // Approving may ask something first (its question takes the focus): then the reviewer stays.
        requestAnimationFrame(() => {
          if (focusStaysIn(textareas.current.get(id))) moveTo(id, 'next');
        });
      },
      moveTo,
      showShortcuts,
      useTheirs: (id) => dispatch({ type: 'tookTheirs', id }),
      keepMine: (id) => dispatch({ type: 'keptMine', id }),
      reviewed(id, unit) {
        const row = latest.current.state.rows[id];
        dispatch({ type: 'accepted', id, unit, basis: row?.draft ?? '' });
      },
      conflicted: (id, current) => dispatch({ type: 'conflicted', id, current }),
      registerTextarea(id, element) {
        if (element) textareas.current.set(id, element);
        else textareas.current.delete(id);
        if (element && focusWhenDrawn.current === id) {
          focusWhenDrawn.current = null;
          focusBox(element);
        }
      },
      sourceChanged: reload,
      blockApproved: reload,
      remote: (unit) => dispatch({ type: 'remote', unit }),
      commentsChanged: (id, open, latest) => dispatch({ type: 'commentsChanged', id, open, latest }),
      focused(id) {
        activated(id);
        presence.focused(id);
      },
      blurred: (id) => presence.blurred(id),
    }),
    [save, moveTo, reload, presence, latest, dispatch, activated, showShortcuts],
  );
}
