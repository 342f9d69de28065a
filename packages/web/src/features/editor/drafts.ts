/**
 * Unsaved drafts kept in the browser: a volunteer on a phone whose tab is closed, or whose
 * battery or connection dies, finds the translations they typed but did not save when they come
 * back to the language. Pure functions here; the page reads and writes `localStorage`.
 */
import type { EditorUnit } from '@tessera/core/contract';
import { emptyRows, isDirty, rowsReducer, targetText, type RowsState } from './rows.ts';

/** A draft and the revision of the translation it was typed over. */
export interface KeptDraft {
  draft: string;
  baseRevision: number;
}

/** Unit id → its unsaved draft. */
export type KeptDrafts = Record<number, KeptDraft>;

/** Where one user's drafts of one language of one project are kept. */
export const draftsKey = (userId: number, projectId: number, lang: string) => `tessera:drafts:${userId}:${projectId}:${lang}`;

/** The rows' unsaved drafts, to keep. */
export function draftsOf(state: RowsState): KeptDrafts {
  const kept: KeptDrafts = {};
  for (const id of state.order) {
    const row = state.rows[id];
    if (row && row.unit.translate && isDirty(row)) kept[id] = { draft: row.draft, baseRevision: row.unit.revision };
  }
  return kept;
}

/** Drafts read back from storage; anything not in the shape written is dropped. */
export function parseDrafts(stored: string | null): KeptDrafts {
  if (!stored) return {};
  let value: unknown;
  try {
    value = JSON.parse(stored);
  } catch {
    return {};
  }
  const kept: KeptDrafts = {};
  if (typeof value !== 'object' || value === null) return kept;
  for (const [id, entry] of Object.entries(value as Record<string, unknown>)) {
    const { draft, baseRevision } = (entry ?? {}) as Partial<KeptDraft>;
    if (/^\d+$/.test(id) && typeof draft === 'string' && Number.isSafeInteger(baseRevision)) kept[Number(id)] = { draft, baseRevision: baseRevision! };
  }
  return kept;
}

/**
 * The rows with the drafts of an earlier visit back in their boxes (rows with an edit of their
 * own keep it). When the translation has changed since the draft was typed, the row shows the
 * conflict, as after a stale save: the translator sees both and chooses.
 */
export function withDrafts(state: RowsState, drafts: KeptDrafts): RowsState {
  const rows = { ...state.rows };
  for (const [id, { draft, baseRevision }] of Object.entries(drafts)) {
    const row = rows[Number(id)];
    if (!row || !row.unit.translate || isDirty(row) || draft === targetText(row.unit)) continue;
    rows[Number(id)] = { ...row, draft, conflict: baseRevision === row.unit.revision ? null : row.unit };
  }
  return { ...state, rows };
}

/** Rows for units as the server gave them, with the drafts of an earlier visit back in their boxes. */
export function rowsWithDrafts(units: EditorUnit[], drafts: KeptDrafts): RowsState {
  return withDrafts(rowsReducer(emptyRows, { type: 'loaded', units }), drafts);
}
