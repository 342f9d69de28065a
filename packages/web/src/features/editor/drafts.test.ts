import { describe, expect, it } from 'vitest';
import { draftsOf, parseDrafts, rowsWithDrafts, withDrafts } from './drafts.ts';
import { unit } from './editorUnits.test-data.ts';
import { emptyRows, isDirty, rowsReducer, type RowsState } from './rows.ts';

const loaded = (...units: ReturnType<typeof unit>[]): RowsState => rowsReducer(emptyRows, { type: 'loaded', units });

describe('drafts kept in the browser', () => {
  it('keeps only unsaved drafts of units to translate, with the revision they were typed over', () => {
    let state = loaded(unit(1, 'Bonjour', 3), unit(2, '', 0), unit(3, '', 0, { translate: false }), unit(4, 'Salut', 1));
    state = rowsReducer(state, { type: 'edited', id: 1, draft: 'Bonjour à tous' });
    state = rowsReducer(state, { type: 'edited', id: 2, draft: 'Nouveau' });
    state = rowsReducer(state, { type: 'edited', id: 4, draft: 'Salut' });
    expect(draftsOf(state)).toEqual({ 1: { draft: 'Bonjour à tous', baseRevision: 3 }, 2: { draft: 'Nouveau', baseRevision: 0 } });
  });

  it('puts a draft back in its box, as an unsaved edit over the same revision', () => {
    const state = withDrafts(loaded(unit(1, 'Bonjour', 3)), { 1: { draft: 'Bonjour à tous', baseRevision: 3 } });
    expect(state.rows[1]).toMatchObject({ draft: 'Bonjour à tous', conflict: null });
    expect(isDirty(state.rows[1]!)).toBe(true);
  });

  it('shows the conflict when the translation changed since the draft was typed', () => {
    const state = withDrafts(loaded(unit(1, 'Bonjour (par Ana)', 4)), { 1: { draft: 'Bonjour à tous', baseRevision: 3 } });
    expect(state.rows[1]!.draft).toBe('Bonjour à tous');
    expect(state.rows[1]!.conflict).toMatchObject({ revision: 4, target: ['Bonjour (par Ana)'] });
    // “Keep mine” rebases the draft on the current revision, so that its save goes through.
    const kept = rowsReducer(state, { type: 'keptMine', id: 1 });
    expect(kept.rows[1]).toMatchObject({ draft: 'Bonjour à tous', conflict: null, unit: { revision: 4 } });
  });

  it('drops drafts of units gone or no longer to translate, and drafts equal to the translation', () => {
    const state = loaded(unit(1, 'Bonjour', 3), unit(2, '', 0, { translate: false }));
    const restored = withDrafts(state, { 1: { draft: 'Bonjour', baseRevision: 2 }, 2: { draft: 'x', baseRevision: 0 }, 9: { draft: 'y', baseRevision: 0 } });
    expect(draftsOf(restored)).toEqual({});
    expect(restored.rows[1]!.conflict).toBeNull();
  });

  it('come back into the rows of a page that arrives after the first, leaving the rows shown as they are', () => {
    const kept = { 1: { draft: 'Bonjour à tous', baseRevision: 3 }, 3: { draft: 'Au revoir', baseRevision: 0 } };
    let state = rowsWithDrafts([unit(1, 'Bonjour', 3), unit(2, '', 0)], kept);
    // The translator saved the first draft before the next page came.
    state = rowsReducer(state, { type: 'accepted', id: 1, unit: unit(1, 'Bonjour à tous', 4), basis: 'Bonjour à tous' });
    const page = rowsWithDrafts([unit(2, '', 0), unit(3, '', 0)], kept);
    const appended = rowsReducer(state, { type: 'appended', page });
    expect(appended.order).toEqual([1, 2, 3]);
    expect(draftsOf(appended)).toEqual({ 3: { draft: 'Au revoir', baseRevision: 0 } });
  });

  it('reads back only what has the shape it was written in', () => {
    expect(parseDrafts(JSON.stringify({ 1: { draft: 'a', baseRevision: 2 } }))).toEqual({ 1: { draft: 'a', baseRevision: 2 } });
    expect(parseDrafts(null)).toEqual({});
    expect(parseDrafts('{not json')).toEqual({});
    expect(parseDrafts('[1,2]')).toEqual({});
    expect(parseDrafts(JSON.stringify({ x: { draft: 'a', baseRevision: 2 }, 2: { draft: 5, baseRevision: 1 }, 3: { draft: 'b' }, 4: null }))).toEqual({});
  });
});
