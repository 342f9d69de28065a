import type { Content } from '@tessera/core';
import type { LatestComment, SuggestionView } from '@tessera/core/contract';
import type { Db } from '../db/connection.ts';

/** Open suggestions in one language of some units, by unit. */
export async function openSuggestions(db: Db, unitIds: readonly number[], lang: string): Promise<Map<number, SuggestionView[]>> {
  if (unitIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('suggestions')
    .selectAll()
    .where('unit_id', 'in', unitIds)
    .where('lang', '=', lang)
    .where('status', '=', 'open')
    .orderBy('id')
    .execute();
  const byUnit = new Map<number, SuggestionView[]>();
  for (const r of rows) {
    const list = byUnit.get(r.unit_id) ?? [];
    list.push({ id: r.id, authorId: r.author_id, author: r.author, target: JSON.parse(r.target) as Content, createdAt: r.created_at });
    byUnit.set(r.unit_id, list);
  }
  return byUnit;
}

/** The newest open comment in one language on each of some units, by unit. */
export async function latestOpenComments(db: Db, unitIds: readonly number[], lang: string): Promise<Map<number, LatestComment>> {
  if (unitIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('comments')
    .select(['unit_id', 'author', 'body', 'created_at'])
    .where('unit_id', 'in', unitIds)
    .where('lang', '=', lang)
    .where('resolved_at', 'is', null)
    .orderBy('id', 'desc')
    .execute();
  const byUnit = new Map<number, LatestComment>();
  for (const r of rows) if (!byUnit.has(r.unit_id)) byUnit.set(r.unit_id, { author: r.author, body: r.body, createdAt: r.created_at });
  return byUnit;
}

/** Above this many sources, every approved translation of the language is read at once rather than the sources listed. */
const LISTED_SOURCES = 500;

/**
 * The approved translations into `lang` of the units in force whose source is one of `sources`
 * (JSON as stored), by source: one query for a whole page of units.
 */
export async function approvedBySource(db: Db, projectId: number, lang: string, sources: readonly string[]): Promise<Map<string, { unitId: number; target: Content }[]>> {
  const bySource = new Map<string, { unitId: number; target: Content }[]>();
  if (sources.length === 0) return bySource;
  let query = db
    .selectFrom('translations as t')
    .innerJoin('units as u', 'u.id', 't.unit_id')
    .select(['u.source', 't.unit_id', 't.target'])
    .where('u.project_id', '=', projectId)
    .where('u.retired_at', 'is', null)
    .where('t.lang', '=', lang)
    .where('t.state', '=', 'approved');
  const wanted = new Set(sources);
  if (wanted.size <= LISTED_SOURCES) query = query.where('u.source', 'in', [...wanted]);
  for (const r of await query.execute()) {
    if (!wanted.has(r.source)) continue;
    const list = bySource.get(r.source) ?? [];
    list.push({ unitId: r.unit_id, target: JSON.parse(r.target) as Content });
    bySource.set(r.source, list);
  }
  return bySource;
}
