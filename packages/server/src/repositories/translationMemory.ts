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

export async function insertMemoryEntries(db: Db, entries: TmxEntry[], origin: string, createdBy: string | null): Promise<void> {
  const now = new Date().toISOString();
  // Batches keep each statement under the database's parameter limit.
  for (let i = 0; i < entries.length; i += 500) {
    await db
      .insertInto('tm_entries')
      .values(
        entries.slice(i, i + 500).map((e) => ({
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
  }
}

/** Translations the memory holds for a source text, newest first. */
export async function memoryMatches(db: Db, sourceLang: string, targetLang: string, sourceText: string): Promise<{ target: Content; origin: string }[]> {
  const rows = await db
    .selectFrom('tm_entries')
    .select(['target', 'origin'])
    .where('source_lang', '=', sourceLang)
    .where('target_lang', '=', targetLang)
    .where('source_text', '=', sourceText)
    .orderBy('id', 'desc')
    .limit(5)
    .execute();
  return rows.map((r) => ({ target: JSON.parse(r.target) as Content, origin: r.origin }));
}
