import { contentText, type Content, type TmxEntry } from '@tessera/core';
import type { Db } from '../db/connection.ts';

/** Approved translations of the given projects into `lang` (retired units included: the memory keeps them). */
export async function approvedTranslations(db: Db, projectIds: number[] | 'all', lang: string): Promise<TmxEntry[]> {
  let query = db
    .selectFrom('translations as t')
    .innerJoin('units as u', 'u.id', 't.unit_id')
    .innerJoin('projects as p', 'p.id', 'u.project_id')
    .select(['u.source', 't.target', 'p.source_lang', 't.updated_at', 't.updated_by', 'p.name'])
    .where('t.lang', '=', lang)
    .where('t.state', '=', 'approved')
    .where('u.translate', '=', 1)
    .orderBy('p.id')
    .orderBy('u.position');
  if (projectIds !== 'all') query = query.where('p.id', 'in', projectIds);
  const rows = await query.execute();
  return rows.map((r) => ({
    source: JSON.parse(r.source) as Content,
    target: JSON.parse(r.target) as Content,
    sourceLang: r.source_lang,
    targetLang: lang,
    ...(r.updated_at ? { created: r.updated_at } : {}),
    ...(r.updated_by ? { creator: r.updated_by } : {}),
    note: r.name,
  }));
}

/** Rows per INSERT: under the parameter limit of both databases. */
const ROWS = 500;

/** Runs `write` on successive slices of `rows`, each small enough for one statement. */
export async function inBatches<T>(rows: readonly T[], write: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += ROWS) await write(rows.slice(i, i + ROWS));
}

export async function insertMemoryEntries(db: Db, entries: TmxEntry[], origin: string, createdBy: string | null): Promise<void> {
  const now = new Date().toISOString();
  await inBatches(entries, async (batch) => {
    await db
      .insertInto('tm_entries')
      .values(
        batch.map((e) => ({
          source_lang: e.sourceLang,
          target_lang: e.targetLang,
          source_text: contentText(e.source),
          source: JSON.stringify(e.source),
          target: JSON.stringify(e.target),
          origin,
          created_by: createdBy,
          created_at: now,
        })),
      )
      .execute();
  });
}

/** A stored translation the memory may offer, with where it came from. */
export interface StoredMatch {
  source: Content;
  sourceText: string;
  target: Content;
  origin: { kind: 'file' | 'project'; name: string };
  createdAt: string;
  /** The unit it translates (`null`: an imported file's entry). */
  unitId: number | null;
}

/** The imported entries of these ids, as matches. */
export async function entryMatches(db: Db, ids: readonly number[]): Promise<(StoredMatch & { id: number })[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('tm_entries').select(['id', 'source', 'source_text', 'target', 'origin', 'created_at']).where('id', 'in', ids).execute();
  return rows.map((r) => ({
    id: r.id,
    source: JSON.parse(r.source) as Content,
    sourceText: r.source_text,
    target: JSON.parse(r.target) as Content,
    origin: { kind: 'file', name: r.origin },
    createdAt: r.created_at,
    unitId: null,
  }));
}

/** The approved translations into `lang` of these units, as matches. */
export async function translationMatches(db: Db, lang: string, unitIds: readonly number[]): Promise<StoredMatch[]> {
  if (unitIds.length === 0) return [];
  const rows = await db
    .selectFrom('units as u')
    .innerJoin('projects as p', 'p.id', 'u.project_id')
    .innerJoin('translations as t', (join) => join.onRef('t.unit_id', '=', 'u.id').on('t.lang', '=', lang))
    .select(['u.id', 'u.source', 't.target', 't.updated_at', 'p.name'])
    .where('u.id', 'in', unitIds)
    .where('t.state', '=', 'approved')
    .execute();
  return rows.map((r) => {
    const source = JSON.parse(r.source) as Content;
    return { source, sourceText: contentText(source), target: JSON.parse(r.target) as Content, origin: { kind: 'project', name: r.name }, createdAt: r.updated_at ?? '', unitId: r.id };
  });
}
