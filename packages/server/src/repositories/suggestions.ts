import type { Content } from '@tessera/core';
import type { Db } from '../db/connection.ts';

export async function insertSuggestion(db: Db, s: { unitId: number; lang: string; authorId: number | null; author: string; target: Content }): Promise<number> {
  const row = await db
    .insertInto('suggestions')
    .values({ unit_id: s.unitId, lang: s.lang, author_id: s.authorId, author: s.author, target: JSON.stringify(s.target), status: 'open', created_at: new Date().toISOString() })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function findOpenSuggestion(db: Db, id: number, lang: string) {
  const row = await db.selectFrom('suggestions').selectAll().where('id', '=', id).where('lang', '=', lang).where('status', '=', 'open').executeTakeFirst();
  return row && { id: row.id, unitId: row.unit_id, authorId: row.author_id, author: row.author, target: JSON.parse(row.target) as Content };
}

/** The picked suggestion is accepted; the unit's other open ones are dismissed. */
export async function closeSuggestions(db: Db, unitId: number, lang: string, acceptedId: number): Promise<void> {
  await db.updateTable('suggestions').set({ status: 'dismissed' }).where('unit_id', '=', unitId).where('lang', '=', lang).where('status', '=', 'open').where('id', '!=', acceptedId).execute();
  await db.updateTable('suggestions').set({ status: 'accepted' }).where('id', '=', acceptedId).execute();
}
