import type { Content, TranslationState } from '@tessera/core';
import type { Selectable } from 'kysely';
import type { Db } from '../db/connection.ts';
import { prepared } from '../db/prepared.ts';
import type { EventsTable } from '../db/schema.ts';
import { unitsWithTranslations, type UnitWithTranslation } from './projects.ts';

/** `machine`: an engine's output saved unchanged; `memory`: filled from the translation memory (pre-translation, pre-fill or a repetition). */
export type EventKind = 'save' | 'approve' | 'reject' | 'import' | 'source-change' | 'machine' | 'memory';

export interface TranslationChange {
  projectId: number;
  unitId: number;
  lang: string;
  /** The revision the change was based on; the write is refused when the translation has moved on. */
  baseRevision: number;
  target: Content;
  state: TranslationState;
  actor: string;
  kind: EventKind;
  comment: string;
  /** Who wrote the text (saves and imports); left as it was when undefined (reviews). */
  authorId?: number | null;
  /** An approval by the text's own author, where self-review is allowed. */
  selfApproved?: boolean;
  /** The quality warnings an approval accepts (check ids); the comment says why. */
  overridden?: readonly string[];
  /** The engine whose output `target` is, unchanged; a change that keeps the text keeps what it was, any other clears it. */
  machineEngine?: string | null;
}

export async function findUnit(db: Db, projectId: number, unitId: number, lang: string): Promise<UnitWithTranslation | undefined> {
  const rows = await unitsWithTranslations(db, projectId, lang, unitId);
  return rows[0];
}

/**
 * Writes one translation and its history event atomically, only if its revision is still `baseRevision`.
 * Returns the unit as it now is, and whether the write happened (false: stale, nothing changed).
 */
export function writeTranslation(db: Db, change: TranslationChange, known?: UnitWithTranslation): Promise<WriteResult> {
  // One conditional UPDATE (its event comes with it): atomic without a transaction of its own.
  return writeTranslationIn(db, change, known);
}

interface TranslationUpdate {
  target: string;
  state: TranslationState;
  revision: number;
  updatedBy: string;
  updatedAt: string;
  selfApproved: number;
  kind: EventKind;
  comment: string;
  overridden: string;
  authorId: number | null;
  machineEngine: string | null;
  unitId: number;
  lang: string;
  baseRevision: number;
}

// The revision condition makes the write atomic on any database: a concurrent writer that read
// the same revision finds no row to update once this one commits.
const conditionalUpdate = prepared((db: Db, u: TranslationUpdate) =>
  db
    .updateTable('translations')
    .set({
      target: u.target,
      state: u.state,
      revision: u.revision,
      updated_by: u.updatedBy,
      updated_at: u.updatedAt,
      self_approved: u.selfApproved,
      last_kind: u.kind,
      last_comment: u.comment,
      last_overridden: u.overridden,
      author_id: u.authorId,
      machine_engine: u.machineEngine,
    })
    .where('unit_id', '=', u.unitId)
    .where('lang', '=', u.lang)
    .where('revision', '=', u.baseRevision),
);

/** Whether the write happened; when it did not (stale), the unit as it is now. */
export type WriteResult = { written: true; at: string; machine: string | null } | { written: false; unit: UnitWithTranslation };

/**
 * `writeTranslation` inside a transaction the caller holds (several writes that stand or fall
 * together). `known` is the unit as the caller read it, which is not read again: at another
 * revision than the base, the write is stale and `known` is the unit as it is; at the base
 * revision, the conditional update below still guarantees nobody wrote in between.
 */
export async function writeTranslationIn(trx: Db, change: TranslationChange, known?: UnitWithTranslation): Promise<WriteResult> {
  const before = known ?? (await findUnit(trx, change.projectId, change.unitId, change.lang));
  if (!before) throw new Error(`unit ${change.unitId} vanished during a write`);
  if (before.revision !== change.baseRevision) return { written: false, unit: before };
  const now = new Date().toISOString();
  const machine = change.machineEngine !== undefined ? change.machineEngine : sameContent(change.target, before.target) ? before.machine : null;
  const updated = await conditionalUpdate(trx, {
    target: JSON.stringify(change.target),
    state: change.state,
    revision: before.revision + 1,
    updatedBy: change.actor,
    updatedAt: now,
    selfApproved: change.selfApproved ? 1 : 0,
    kind: change.kind,
    comment: change.comment,
    overridden: JSON.stringify(change.overridden ?? []),
    // Reviews leave the author as it is (the row is at `before`'s revision, or nothing is written).
    authorId: change.authorId !== undefined ? change.authorId : before.authorId,
    machineEngine: machine,
    unitId: change.unitId,
    lang: change.lang,
    baseRevision: change.baseRevision,
  });
  // The history trigger has appended the event in the same statement (migration 005).
  if (Number(updated.numAffectedRows) === 0) {
    const current = await findUnit(trx, change.projectId, change.unitId, change.lang);
    return { written: false, unit: current! };
  }
  return { written: true, at: now, machine };
}

const sameContent = (a: Content, b: Content) => JSON.stringify(a) === JSON.stringify(b);

export interface EventRow {
  id: number;
  at: string;
  actor: string | null;
  kind: EventKind;
  stateBefore: TranslationState;
  stateAfter: TranslationState;
  targetBefore: Content;
  targetAfter: Content;
  comment: string;
  /** The quality warnings the change accepted (check ids). */
  overridden: string[];
}

export async function historyOf(db: Db, projectId: number, unitId: number, lang: string): Promise<EventRow[]> {
  const rows = await db
    .selectFrom('events')
    .selectAll()
    .where('project_id', '=', projectId)
    .where('unit_id', '=', unitId)
    .where('lang', '=', lang)
    .orderBy('id', 'desc')
    .execute();
  return rows.map(toEventRow);
}

/** An event as stored, read back. */
export function toEventRow(r: Pick<Selectable<EventsTable>, 'id' | 'created_at' | 'actor' | 'kind' | 'state_before' | 'state_after' | 'target_before' | 'target_after' | 'comment' | 'overridden'>): EventRow {
  return {
    id: r.id,
    at: r.created_at,
    actor: r.actor,
    kind: r.kind as EventKind,
    stateBefore: r.state_before as TranslationState,
    stateAfter: r.state_after as TranslationState,
    targetBefore: JSON.parse(r.target_before) as Content,
    targetAfter: JSON.parse(r.target_after) as Content,
    comment: r.comment,
    overridden: JSON.parse(r.overridden) as string[],
  };
}

export interface TranslationRowView {
  lang: string;
  target: Content;
  state: TranslationState;
}

/** The translations of one unit into every target language. */
export async function translationsOf(db: Db, unitId: number): Promise<TranslationRowView[]> {
  const rows = await db.selectFrom('translations').select(['lang', 'target', 'state']).where('unit_id', '=', unitId).execute();
  return rows.map((r) => ({ lang: r.lang, target: JSON.parse(r.target) as Content, state: r.state as TranslationState }));
}

/**
 * Rewrites the translations of one unit in every language after its source changed: `rewrite`
 * says what each becomes (null: unchanged). Each change bumps the revision (so an editor that
 * loaded the old one gets a 409) and is recorded in the history with `comment`.
 */
export async function rewriteTranslations(
  trx: Db,
  at: { unitId: number; actor: string; comment: string },
  rewrite: (translation: TranslationRowView) => { target: Content; state: TranslationState } | null,
): Promise<void> {
  const rows = await trx.selectFrom('translations').selectAll().where('unit_id', '=', at.unitId).execute();
  const now = new Date().toISOString();
  for (const row of rows) {
    const before: TranslationRowView = { lang: row.lang, target: JSON.parse(row.target) as Content, state: row.state as TranslationState };
    const after = rewrite(before);
    if (!after) continue;
    const target = JSON.stringify(after.target);
    if (target === row.target && after.state === row.state) continue;
    // The history trigger appends the event.
    await trx
      .updateTable('translations')
      .set({ target, state: after.state, revision: row.revision + 1, updated_by: at.actor, updated_at: now, last_kind: 'source-change', last_comment: at.comment, last_overridden: '[]' })
      .where('unit_id', '=', at.unitId)
      .where('lang', '=', row.lang)
      .execute();
  }
}
