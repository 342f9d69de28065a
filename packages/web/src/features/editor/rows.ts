/**
 * The editor's rows: for each unit, the server version the translator is working from, their
 * draft, and a conflict when someone else saved first. Pure, so the rules are easy to follow.
 */
import { contentText, type TranslationState } from '@tessera/core';
import type { EditorUnit, LatestComment } from '@tessera/core/contract';
import { contentToEditable } from '../../content/index.ts';

export interface RowState {
  /** The server's version this row's draft is based on (its revision goes with the next save). */
  unit: EditorUnit;
  /** The text in the textarea. */
  draft: string;
  /** A newer version someone else saved, while the translator decides what to keep. */
  conflict: EditorUnit | null;
  saving: boolean;
  /** Why the last save failed (other than a conflict), or null. */
  error: unknown;
  /**
   * A newer version someone else saved while this row had an unsaved draft (a live update). The
   * draft stays and is still based on `unit`, so its save gets the usual conflict.
   */
  remote: EditorUnit | null;
}

export interface RowsState {
  /** Unit ids in document order. */
  order: number[];
  rows: Partial<Record<number, RowState>>;
}

export type RowsAction =
  /** A (re)loaded language view. Drafts survive; a draft whose unit changed meanwhile becomes a conflict. */
  | { type: 'loaded'; units: EditorUnit[] }
  /** The rows of a further page of units, after the ones shown (a unit shown already keeps its row). */
  | { type: 'appended'; page: RowsState }
  | { type: 'edited'; id: number; draft: string }
  | { type: 'saveStarted'; id: number }
  /** The server accepted a change (save or review) made from the text `basis`. */
  | { type: 'accepted'; id: number; unit: EditorUnit; basis: string }
  | { type: 'saveFailed'; id: number; error: unknown }
  | { type: 'conflicted'; id: number; current: EditorUnit }
  /** “Use their version”: take their text and revision. */
  | { type: 'tookTheirs'; id: number }
  /** “Keep mine”: keep the draft, rebased on their revision so the next save goes through. */
  | { type: 'keptMine'; id: number }
  /**
   * The unit as the server has it now, from a live update or an answer that changed no text (a
   * suggestion): a clean row takes it; an unsaved draft stays and the row notes the newer version.
   */
  | { type: 'remote'; unit: EditorUnit }
  /** The unit's comments were read or changed here: its count of open ones. */
  | { type: 'commentsChanged'; id: number; open: number; latest: LatestComment | null };

/** Each unit version's translation as the box holds it: the rows ask for it on every key press, for every unit. */
const targetTexts = new WeakMap<EditorUnit, string>();

/** The unit's translation as the translation box holds it (inline codes as tokens). */
export function targetText(unit: EditorUnit): string {
  let text = targetTexts.get(unit);
  if (text === undefined) {
    text = contentToEditable(unit.target);
    targetTexts.set(unit, text);
  }
  return text;
}

/**
 * The source change a translator must check the translation against: the old and new source
 * text of a `needs-review` unit that still has its previous source, else null.
 */
export function sourceChangeOf(unit: EditorUnit): { before: string; after: string } | null {
  if (unit.state !== 'needs-review' || !unit.translate || unit.previousSource === null) return null;
  const before = contentText(unit.previousSource);
  const after = contentText(unit.source);
  return before === after ? null : { before, after };
}

export function isDirty(row: RowState): boolean {
  return row.draft !== targetText(row.unit);
}

/** Whether Save has something to send: an edit, or a rejected or to-be-reviewed translation the translator stands by. */
export function canSave(row: RowState): boolean {
  const standsBy = row.unit.state === 'rejected' || row.unit.state === 'needs-review';
  return row.unit.translate && !row.saving && !row.conflict && (isDirty(row) || standsBy);
}

function freshRow(unit: EditorUnit): RowState {
  return { unit, draft: targetText(unit), conflict: null, saving: false, error: null, remote: null };
}

function reload(previous: RowState | undefined, unit: EditorUnit): RowState {
  if (!previous || !isDirty(previous)) return freshRow(unit);
  if (unit.revision === previous.unit.revision) return { ...previous, unit };
  return { ...previous, conflict: unit, remote: null };
}

/** A newer (or the same) version of a row's unit arrived from the server. */
function remoteUpdate(row: RowState, incoming: EditorUnit): RowState {
  if (incoming.revision < row.unit.revision) return row;
  // The same revision: what changed is around the text (suggestions, comments).
  if (incoming.revision === row.unit.revision) return { ...row, unit: incoming };
  if (row.conflict) return { ...row, conflict: incoming };
  // The text this row was about to save (its own save, announced before the answer came).
  if (row.draft.trim() === targetText(incoming)) return { ...row, unit: incoming, draft: targetText(incoming), remote: null, error: null };
  if (!isDirty(row) && !row.saving) return freshRow(incoming);
  return { ...row, remote: incoming };
}

export const emptyRows: RowsState = { order: [], rows: {} };

export function rowsReducer(state: RowsState, action: RowsAction): RowsState {
  if (action.type === 'loaded') {
    const rows: RowsState['rows'] = {};
    for (const unit of action.units) rows[unit.id] = reload(state.rows[unit.id], unit);
    return { order: action.units.map((unit) => unit.id), rows };
  }
  if (action.type === 'appended') {
    const added = action.page.order.filter((id) => !state.rows[id]);
    if (added.length === 0) return state;
    const rows = { ...state.rows };
    for (const id of added) rows[id] = action.page.rows[id];
    return { order: [...state.order, ...added], rows };
  }
  if (action.type === 'remote') {
    const row = state.rows[action.unit.id];
    const next = row && remoteUpdate(row, action.unit);
    return !next || next === row ? state : { ...state, rows: { ...state.rows, [action.unit.id]: next } };
  }
  const row = state.rows[action.id];
  if (!row) return state;
  const next = updateRow(row, action);
  return next === row ? state : { ...state, rows: { ...state.rows, [action.id]: next } };
}

function updateRow(row: RowState, action: Exclude<RowsAction, { type: 'loaded' | 'appended' | 'remote' }>): RowState {
  switch (action.type) {
    case 'edited':
      return { ...row, draft: action.draft };
    case 'saveStarted':
      return { ...row, saving: true, error: null };
    case 'accepted':
      return {
        ...row,
        unit: action.unit,
        // Text typed while the request was on its way stays as an unsaved edit.
        draft: row.draft === action.basis ? targetText(action.unit) : row.draft,
        conflict: null,
        saving: false,
        error: null,
        remote: null,
      };
    case 'saveFailed':
      return { ...row, saving: false, error: action.error };
    case 'conflicted':
      return { ...row, saving: false, conflict: action.current, remote: null };
    case 'tookTheirs':
      return row.conflict ? freshRow(row.conflict) : row;
    case 'keptMine':
      return row.conflict ? { ...row, unit: row.conflict, conflict: null, error: null, remote: null } : row;
    case 'commentsChanged':
      return row.unit.openComments === action.open && sameComment(row.unit.latestComment, action.latest)
        ? row
        : { ...row, unit: { ...row.unit, openComments: action.open, latestComment: action.latest } };
  }
}

export type StateCounts = Record<TranslationState, number>;

export function countStates(units: Iterable<EditorUnit>): StateCounts {
  const counts: StateCounts = { untranslated: 0, translated: 0, 'needs-review': 0, approved: 0, rejected: 0 };
  for (const unit of units) if (unit.translate) counts[unit.state] += 1;
  return counts;
}

function sameComment(a: LatestComment | null, b: LatestComment | null): boolean {
  return a === b || (a !== null && b !== null && a.author === b.author && a.body === b.body && a.createdAt === b.createdAt);
}
