import { useEffect, useRef } from 'react';
import { draftsOf, parseDrafts, type KeptDrafts } from './drafts.ts';
import type { RowsState } from './rows.ts';

/** The drafts kept under `key` in this browser (none when storage is unavailable). */
export function readKeptDrafts(key: string): KeptDrafts {
  try {
    return parseDrafts(localStorage.getItem(key));
  } catch {
    return {};
  }
}

/**
 * Keeps the rows' unsaved drafts under `key` as they change; a saved or discarded draft leaves.
 * `unloaded`: drafts kept for units that have no row yet (their page is still coming), kept as they are.
 */
export function useKeptDrafts(key: string, state: RowsState, unloaded: KeptDrafts | null): void {
  // What was last written (undefined: nothing yet, so the first run also clears what did not apply).
  const written = useRef<string | null | undefined>(undefined);
  useEffect(() => {
    const kept = draftsOf(state);
    for (const [id, draft] of Object.entries(unloaded ?? {})) if (!state.rows[Number(id)]) kept[Number(id)] = draft;
    const json = Object.keys(kept).length > 0 ? JSON.stringify(kept) : null;
    if (json === written.current) return;
    written.current = json;
    try {
      if (json === null) localStorage.removeItem(key);
      else localStorage.setItem(key, json);
    } catch {
      // Private browsing or a full storage: drafts are not kept, the editor works as before.
    }
  }, [key, state, unloaded]);
}
