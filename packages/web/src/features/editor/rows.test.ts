import { describe, expect, it } from 'vitest';
import type { EditorUnit } from '@tessera/core/contract';
import { unit } from './editorUnits.test-data.ts';
import { currentProgress } from './progress.ts';
import { canSave, countStates, emptyRows, isDirty, rowsReducer, sourceChangeOf, type RowsAction, type RowsState } from './rows.ts';

function run(...actions: RowsAction[]): RowsState {
  return actions.reduce(rowsReducer, emptyRows);
}

const row = (state: RowsState, id: number) => {
  const found = state.rows[id];
  if (!found) throw new Error(`no row ${id}`);
  return found;
};

describe('editor rows', () => {
  it('marks an edit as unsaved until the server accepts it', () => {
    const edited = run({ type: 'loaded', units: [unit(1, '', 0)] }, { type: 'edited', id: 1, draft: 'Bonjour' });
    expect(isDirty(row(edited, 1))).toBe(true);
    const saved = rowsReducer(edited, { type: 'accepted', id: 1, unit: unit(1, 'Bonjour', 1), basis: 'Bonjour' });
    expect(isDirty(row(saved, 1))).toBe(false);
    expect(row(saved, 1).unit.revision).toBe(1);
  });

  it('keeps text typed while a save was on its way as an unsaved edit', () => {
    const state = run(
      { type: 'loaded', units: [unit(1, '', 0)] },
      { type: 'edited', id: 1, draft: 'Bon' },
      { type: 'saveStarted', id: 1 },
      { type: 'edited', id: 1, draft: 'Bonjour' },
      { type: 'accepted', id: 1, unit: unit(1, 'Bon', 1), basis: 'Bon' },
    );
    expect(row(state, 1).draft).toBe('Bonjour');
    expect(isDirty(row(state, 1))).toBe(true);
  });

  it('on a conflict keeps the draft; “Keep mine” rebases it on their revision', () => {
    const conflicted = run(
      { type: 'loaded', units: [unit(1, 'old', 3)] },
      { type: 'edited', id: 1, draft: 'mine' },
      { type: 'saveStarted', id: 1 },
      { type: 'conflicted', id: 1, current: unit(1, 'theirs', 4) },
    );
    expect(row(conflicted, 1).draft).toBe('mine');
    expect(row(conflicted, 1).unit.revision).toBe(3);
    expect(canSave(row(conflicted, 1))).toBe(false);

    const kept = rowsReducer(conflicted, { type: 'keptMine', id: 1 });
    expect(row(kept, 1).draft).toBe('mine');
    expect(row(kept, 1).unit.revision).toBe(4);
    expect(canSave(row(kept, 1))).toBe(true);
  });

  it('“Use their version” loads their text and revision', () => {
    const state = run(
      { type: 'loaded', units: [unit(1, 'old', 3)] },
      { type: 'edited', id: 1, draft: 'mine' },
      { type: 'conflicted', id: 1, current: unit(1, 'theirs', 4) },
      { type: 'tookTheirs', id: 1 },
    );
    expect(row(state, 1).draft).toBe('theirs');
    expect(row(state, 1).unit.revision).toBe(4);
    expect(row(state, 1).conflict).toBeNull();
    expect(isDirty(row(state, 1))).toBe(false);
  });

  it('a reload keeps unsaved drafts, and turns a draft whose unit changed into a conflict', () => {
    const state = run(
      { type: 'loaded', units: [unit(1, 'a', 1), unit(2, 'b', 1), unit(3, 'c', 1)] },
      { type: 'edited', id: 1, draft: 'a2' },
      { type: 'edited', id: 2, draft: 'b2' },
      { type: 'loaded', units: [unit(1, 'a', 1), unit(2, 'imported', 2), unit(3, 'imported', 2)] },
    );
    expect(row(state, 1).draft).toBe('a2');
    expect(row(state, 1).conflict).toBeNull();
    expect(row(state, 2).draft).toBe('b2');
    expect(row(state, 2).conflict?.revision).toBe(2);
    expect(row(state, 3).draft).toBe('imported');
  });

  it('moves the server’s progress figures by what changed on the page', () => {
    const atLoad = [unit(1, '', 0), unit(2, 'x', 1), unit(3, 'y', 1, { state: 'approved' }), unit(4, 'w', 1, { state: 'needs-review' })];
    const base = { lang: 'fr', total: 4, translated: 1, needsReview: 1, approved: 1, rejected: 0, deadline: '2026-12-01' };
    const now = [unit(1, 'z', 1), unit(2, 'x', 2, { state: 'approved' }), atLoad[2]!, unit(4, 'w', 2)];
    expect(currentProgress(base, countStates(atLoad), countStates(now))).toEqual({
      lang: 'fr',
      total: 4,
      translated: 2,
      needsReview: 0,
      approved: 2,
      rejected: 0,
      deadline: '2026-12-01',
    });
  });

  it('lets a translator confirm a needs-review translation by saving it unchanged', () => {
    const state = run({ type: 'loaded', units: [unit(1, '訳', 2, { state: 'needs-review', previousSource: ['old source 1'] })] });
    expect(isDirty(row(state, 1))).toBe(false);
    expect(canSave(row(state, 1))).toBe(true);
  });
});

describe('sourceChangeOf', () => {
  it('shows the old and new source of a unit to review', () => {
    const changed = unit(1, '訳', 2, { state: 'needs-review', source: ['The new source.'], previousSource: ['The old source.'] });
    expect(sourceChangeOf(changed)).toEqual({ before: 'The old source.', after: 'The new source.' });
  });

  it('shows nothing once the unit is reviewed, or when there is no old source to compare with', () => {
    expect(sourceChangeOf(unit(1, '訳', 3, { state: 'approved', previousSource: null }))).toBeNull();
    expect(sourceChangeOf(unit(1, '訳', 3, { state: 'needs-review', previousSource: null }))).toBeNull();
    expect(sourceChangeOf(unit(1, '訳', 3, { state: 'needs-review', source: ['Same.'], previousSource: ['Same.'] }))).toBeNull();
  });
});

describe('live updates of rows', () => {
  const loaded = (units: EditorUnit[]): RowsAction => ({ type: 'loaded', units });

  it('a row without unsaved edits shows what someone else saved', () => {
    const state = run(loaded([unit(1, 'Bonjour', 1)]), { type: 'remote', unit: unit(1, 'Salut', 2, { updatedBy: 'Ana' }) });
    expect(row(state, 1).draft).toBe('Salut');
    expect(row(state, 1).unit.revision).toBe(2);
    expect(row(state, 1).remote).toBeNull();
  });

  it('a row with unsaved edits keeps the draft, based on the old revision, and notes the newer version', () => {
    const state = run(
      loaded([unit(1, 'Bonjour', 1)]),
      { type: 'edited', id: 1, draft: 'Bonjour à tous' },
      { type: 'remote', unit: unit(1, 'Salut', 2) },
    );
    expect(row(state, 1).draft).toBe('Bonjour à tous');
    expect(row(state, 1).unit.revision).toBe(1);
    expect(row(state, 1).remote?.revision).toBe(2);
    // The save then meets the usual conflict, which replaces the note.
    const conflicted = rowsReducer(state, { type: 'conflicted', id: 1, current: unit(1, 'Salut', 2) });
    expect(row(conflicted, 1).remote).toBeNull();
    expect(row(conflicted, 1).conflict?.revision).toBe(2);
  });

  it('takes the announcement of its own save as the save', () => {
    const state = run(
      loaded([unit(1, '', 0)]),
      { type: 'edited', id: 1, draft: 'Bonjour ' },
      { type: 'saveStarted', id: 1 },
      { type: 'remote', unit: unit(1, 'Bonjour', 1) },
    );
    expect(isDirty(row(state, 1))).toBe(false);
    expect(row(state, 1).remote).toBeNull();
    const answered = rowsReducer(state, { type: 'accepted', id: 1, unit: unit(1, 'Bonjour', 1), basis: 'Bonjour ' });
    expect(row(answered, 1).unit.revision).toBe(1);
    expect(isDirty(row(answered, 1))).toBe(false);
  });

  it('ignores older versions, and takes news around the text (suggestions) without touching a draft', () => {
    const base = run(loaded([unit(1, 'Bonjour', 3)]), { type: 'edited', id: 1, draft: 'Bonsoir' });
    expect(rowsReducer(base, { type: 'remote', unit: unit(1, 'Ancien', 2) })).toBe(base);
    const suggestion = { id: 7, authorId: 2, author: 'Ana', target: ['Salut'], createdAt: '2026-01-01T00:00:00Z' };
    const state = rowsReducer(base, { type: 'remote', unit: unit(1, 'Bonjour', 3, { suggestions: [suggestion] }) });
    expect(row(state, 1).draft).toBe('Bonsoir');
    expect(row(state, 1).unit.suggestions).toEqual([suggestion]);
    expect(row(state, 1).remote).toBeNull();
  });

  it('updates the version shown in an open conflict', () => {
    const state = run(
      loaded([unit(1, 'Bonjour', 1)]),
      { type: 'edited', id: 1, draft: 'Bonsoir' },
      { type: 'conflicted', id: 1, current: unit(1, 'Salut', 2) },
      { type: 'remote', unit: unit(1, 'Coucou', 3) },
    );
    expect(row(state, 1).conflict?.target).toEqual(['Coucou']);
    expect(row(state, 1).draft).toBe('Bonsoir');
  });

  it('keeps the count of open comments and the newest one as they change on this page', () => {
    const latest = { author: 'Ana', body: 'Is “prior” needed here?', createdAt: '2024-05-01T10:00:00Z' };
    const state = run(loaded([unit(1, 'Bonjour', 1)]), { type: 'commentsChanged', id: 1, open: 2, latest });
    expect(row(state, 1).unit.openComments).toBe(2);
    expect(row(state, 1).unit.latestComment).toEqual(latest);
    expect(rowsReducer(state, { type: 'commentsChanged', id: 1, open: 2, latest: { ...latest } })).toBe(state);
    const resolved = rowsReducer(state, { type: 'commentsChanged', id: 1, open: 0, latest: null });
    expect(row(resolved, 1).unit).toMatchObject({ openComments: 0, latestComment: null });
  });
});
