import { useReducer, useState, type Dispatch } from 'react';
import type { EditorUnit, LanguageView } from '@tessera/core/contract';
import { draftsKey, draftsOf, rowsWithDrafts } from './drafts.ts';
import { readKeptDrafts, useKeptDrafts } from './keptDrafts.ts';
import { rowsReducer, type RowsAction, type RowsState } from './rows.ts';
import { useLanguagePages, type Pages } from './useLanguagePages.ts';

export interface EditorRows {
  state: RowsState;
  dispatch: Dispatch<RowsAction>;
  /** Every unit loaded so far, as the server gave it: the first page at once, the others as they come. */
  units: EditorUnit[];
  pages: Pages;
  /** How many drafts left unsaved in an earlier visit came back (0 once the notice is dismissed). */
  restored: number;
  dismissRestored: () => void;
}

/**
 * The rows of one language's editor: its units, page after page, with what was typed in them.
 * Drafts this user left unsaved here in an earlier visit come back into their boxes, and the drafts
 * typed now are kept in this browser until they are saved or discarded.
 */
export function useEditorRows(view: LanguageView, userId: number): EditorRows {
  const projectId = view.project.id;
  const { lang } = view;
  const draftsStore = draftsKey(userId, projectId, lang);
  const [storedDrafts] = useState(() => readKeptDrafts(draftsStore));
  const [state, dispatch] = useReducer(rowsReducer, view.units, (units) => rowsWithDrafts(units, storedDrafts));
  const [restored, setRestored] = useState(() => Object.keys(draftsOf(state)).length);
  const [units, setUnits] = useState(view.units);
  const pages = useLanguagePages(projectId, lang, view, {
    appended(page) {
      const rows = rowsWithDrafts(page, storedDrafts);
      setUnits((shown) => {
        const ids = new Set(shown.map((unit) => unit.id));
        return [...shown, ...page.filter((unit) => !ids.has(unit.id))];
      });
      dispatch({ type: 'appended', page: rows });
      const back = Object.keys(draftsOf(rows)).length;
      if (back > 0) setRestored((count) => count + back);
    },
    // A reload (after an XLIFF upload) merges the new units into the rows, keeping unsaved drafts.
    replaced(all) {
      setUnits(all);
      dispatch({ type: 'loaded', units: all });
    },
  });
  // Drafts kept for units whose page has not come yet stay kept.
  useKeptDrafts(draftsStore, state, pages.complete ? null : storedDrafts);
  return { state, dispatch, units, pages, restored, dismissRestored: () => setRestored(0) };
}
