import { contentText, type Content } from '@tessera/core';
import type { Db } from '../db/schema.ts';

/** A row of the memory's change log: an imported entry (`ref`: its id) or an approved translation (`ref`: its unit, `lang`). */
export interface MemoryChange {
  seq: number;
  kind: 'entry' | 'translation';
  ref: number;
  lang: string;
}

/** Changes the log numbered but had not committed when they were last read: they may still come. */
export interface SeqRange {
  from: number;
  to: number;
}

/** The log's changes after `after`, and those in `gaps`, in order (at most `limit`). */
export async function changesAfter(db: Db, after: number, gaps: readonly SeqRange[], limit: number): Promise<MemoryChange[]> {
  const rows = await db
    .selectFrom('memory_changes')
    .select(['seq', 'kind', 'ref', 'lang'])
    .where((eb) => eb.or([eb('seq', '>', after), ...gaps.map((gap) => eb.between('seq', gap.from, gap.to))]))
    .orderBy('seq')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ seq: Number(r.seq), kind: r.kind as MemoryChange['kind'], ref: Number(r.ref), lang: r.lang }));
}

/** The number of the log's last change (0: none). */
export async function lastChange(db: Db): Promise<number> {
  const row = await db.selectFrom('memory_changes').select((eb) => eb.fn.max('seq').as('seq')).executeTakeFirst();
  return Number(row?.seq ?? 0);
}

/** A source the memory's index holds: an imported entry or an approved translation, its language pair, text, time and project (0: none). */
export interface MemorySource {
  kind: 'entry' | 'translation';
  ref: number;
  sourceLang: string;
  targetLang: string;
  text: string;
  time: number;
  project: number;
}

const timeOf = (iso: string | null) => (iso ? Date.parse(iso) || 0 : 0);

const BATCH = 2000;

/** The imported entries of these ids that are still there. */
export async function entrySources(db: Db, ids: readonly number[]): Promise<MemorySource[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('tm_entries').select(['id', 'source_lang', 'target_lang', 'source_text', 'created_at']).where('id', 'in', ids).execute();
  return rows.map((r) => ({ kind: 'entry', ref: r.id, sourceLang: r.source_lang, targetLang: r.target_lang, text: r.source_text, time: timeOf(r.created_at), project: 0 }));
}

/** The translations into `lang` of these units that the memory offers now: approved, of units to translate, in projects kept in the memory. */
export async function translationSources(db: Db, lang: string, unitIds: readonly number[]): Promise<MemorySource[]> {
  if (unitIds.length === 0) return [];
  const rows = await offeredTranslations(db).where('t.lang', '=', lang).where('t.unit_id', 'in', unitIds).execute();
  return rows.map(translationSource);
}

/** Every source the memory offers, a batch at a time: imported entries, then approved translations. */
export async function* everySource(db: Db): AsyncGenerator<MemorySource[]> {
  for (let after = 0; ; ) {
    const ids = await db.selectFrom('tm_entries').select('id').where('id', '>', after).orderBy('id').limit(BATCH).execute();
    if (ids.length === 0) break;
    after = ids.at(-1)!.id;
    yield entrySources(
      db,
      ids.map((r) => r.id),
    );
  }
  for (let after = { unit: 0, lang: '' }; ; ) {
    const rows = await offeredTranslations(db)
      .where((eb) => eb.or([eb('t.unit_id', '>', after.unit), eb.and([eb('t.unit_id', '=', after.unit), eb('t.lang', '>', after.lang)])]))
      .orderBy('t.unit_id')
      .orderBy('t.lang')
      .limit(BATCH)
      .execute();
    if (rows.length === 0) break;
    after = { unit: rows.at(-1)!.unit_id, lang: rows.at(-1)!.lang };
    yield rows.map(translationSource);
  }
}

function offeredTranslations(db: Db) {
  return db
    .selectFrom('translations as t')
    .innerJoin('units as u', 'u.id', 't.unit_id')
    .innerJoin('projects as p', 'p.id', 'u.project_id')
    .select(['t.unit_id', 't.lang', 't.updated_at', 'u.source', 'u.project_id', 'p.source_lang'])
    .where('t.state', '=', 'approved')
    .where('u.translate', '=', 1)
    .where('p.in_memory', '=', 1);
}

function translationSource(r: { unit_id: number; lang: string; updated_at: string | null; source: string; project_id: number; source_lang: string }): MemorySource {
  return {
    kind: 'translation',
    ref: r.unit_id,
    sourceLang: r.source_lang,
    targetLang: r.lang,
    text: contentText(JSON.parse(r.source) as Content),
    time: timeOf(r.updated_at),
    project: r.project_id,
  };
}

/** The projects where `userId` may read `lang`. */
export async function readableProjects(db: Db, userId: number, lang: string): Promise<Set<number>> {
  const rows = await db
    .selectFrom('memberships')
    .select('project_id')
    .where('user_id', '=', userId)
    .where((eb) => eb.or([eb('lang', '=', ''), eb('lang', '=', lang)]))
    .execute();
  return new Set(rows.map((r) => r.project_id));
}

/** Records that an index file holding the log up to `lastSeq` was written (and forgets the one it replaces). */
export async function recordSnapshot(db: Db, token: string, lastSeq: number, replaces: string | null): Promise<void> {
  await db.insertInto('memory_snapshots').values({ token, last_seq: lastSeq, created_at: new Date().toISOString() }).execute();
  if (replaces) await db.deleteFrom('memory_snapshots').where('token', '=', replaces).execute();
}

/** Whether the database knows an index file of this token holding the log up to `lastSeq`. */
export async function knowsSnapshot(db: Db, token: string, lastSeq: number): Promise<boolean> {
  const row = await db.selectFrom('memory_snapshots').select('last_seq').where('token', '=', token).executeTakeFirst();
  return row !== undefined && Number(row.last_seq) === lastSeq;
}
