import { termKey, type GlossaryTerm } from '@tessera/core';
import type { GlossaryEntryView } from '@tessera/core/contract';
import type { Db } from '../db/connection.ts';

/** One language pair of a project: whose glossary. */
export interface GlossaryPair {
  projectId: number;
  sourceLang: string;
  targetLang: string;
}

function columns(term: GlossaryTerm, userId: number | null, now: string) {
  return {
    source: term.source,
    source_key: termKey(term.source),
    target: term.doNotTranslate ? null : term.target,
    do_not_translate: term.doNotTranslate ? 1 : 0,
    forbidden: JSON.stringify(term.forbidden),
    note: term.note,
    updated_by: userId,
    updated_at: now,
  };
}

const pairOf = (p: GlossaryPair) => ({ project_id: p.projectId, source_lang: p.sourceLang, target_lang: p.targetLang });

/** The terms of a pair in alphabetical order (of their lower case), with the name of whoever changed each last. */
export async function glossaryEntries(db: Db, pair: GlossaryPair): Promise<GlossaryEntryView[]> {
  const rows = await db
    .selectFrom('glossary_terms as g')
    .leftJoin('users as u', 'u.id', 'g.updated_by')
    .select(['g.id', 'g.source', 'g.target', 'g.do_not_translate', 'g.forbidden', 'g.note', 'g.updated_at', 'u.name as updated_by'])
    .where('g.project_id', '=', pair.projectId)
    .where('g.source_lang', '=', pair.sourceLang)
    .where('g.target_lang', '=', pair.targetLang)
    .orderBy('g.source_key')
    .orderBy('g.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    source: r.source,
    target: r.target,
    doNotTranslate: r.do_not_translate === 1,
    forbidden: JSON.parse(r.forbidden) as string[],
    note: r.note,
    updatedBy: r.updated_by,
    updatedAt: r.updated_at,
  }));
}

/** The id of the pair's term with this source (any case), if there is one. */
export async function findTermId(db: Db, pair: GlossaryPair, source: string): Promise<number | undefined> {
  const row = await db
    .selectFrom('glossary_terms')
    .select('id')
    .where((eb) => eb.and({ ...pairOf(pair), source_key: termKey(source) }))
    .executeTakeFirst();
  return row?.id;
}

export async function insertTerm(db: Db, pair: GlossaryPair, term: GlossaryTerm, userId: number | null): Promise<number> {
  const now = new Date().toISOString();
  const row = await db
    .insertInto('glossary_terms')
    .values({ ...pairOf(pair), ...columns(term, userId, now), created_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Changes a term of the pair; false when the pair has no term of that id. */
export async function updateTerm(db: Db, pair: GlossaryPair, id: number, term: GlossaryTerm, userId: number | null): Promise<boolean> {
  const result = await db
    .updateTable('glossary_terms')
    .set(columns(term, userId, new Date().toISOString()))
    .where((eb) => eb.and({ ...pairOf(pair), id }))
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function deleteTerm(db: Db, pair: GlossaryPair, id: number): Promise<boolean> {
  const result = await db
    .deleteFrom('glossary_terms')
    .where((eb) => eb.and({ ...pairOf(pair), id }))
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}
