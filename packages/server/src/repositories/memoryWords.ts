import { sql } from 'kysely';
import { contentText, indexTerms, primaryLanguage, type Content } from '@tessera/core';
import type { Db } from '../db/schema.ts';

/** Rows per INSERT: under the parameter limit of both databases. */
const ROWS = 500;

/** Runs `write` on successive slices of `rows`, each small enough for one statement. */
export async function inBatches<T>(rows: readonly T[], write: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += ROWS) await write(rows.slice(i, i + ROWS));
}

/** The primary languages of a pair (`en>ja` for en-US → ja): the word index's part of a look-up's language filter. */
export function languagePair(sourceLang: string, targetLang: string): string {
  return `${primaryLanguage(sourceLang)}>${primaryLanguage(targetLang)}`;
}

/** Adds the words of memory entries' sources to the word index. */
export async function indexEntryWords(db: Db, entries: readonly { id: number; source_text: string; source_lang: string; target_lang: string }[]): Promise<void> {
  const rows = entries.flatMap((e) => {
    const pair = languagePair(e.source_lang, e.target_lang);
    return indexTerms(e.source_text).map((word) => ({ word, pair, entry_id: e.id }));
  });
  await inBatches(rows, (batch) => db.insertInto('tm_words').values(batch).execute());
}

/** Indexes the words of a unit's source (again, after the source changed). */
export async function indexUnitWords(db: Db, unitId: number, source: Content): Promise<void> {
  await db.deleteFrom('unit_words').where('unit_id', '=', unitId).execute();
  const rows = indexTerms(contentText(source)).map((word) => ({ word, unit_id: unitId }));
  await inBatches(rows, (batch) => db.insertInto('unit_words').values(batch).execute());
}

const BATCH = 1000;

/**
 * Fills the word index of the memory entries, and that of the units, when it is empty while there
 * is something to index: on a database that predates the index, or after it was emptied. The
 * index is derived data, made with today's tokenizer, so the migration that made its tables
 * leaves filling it to this.
 */
export async function fillEmptyWordIndexes(db: Db): Promise<void> {
  const has = async (table: 'tm_entries' | 'tm_words' | 'units' | 'unit_words') => (await db.selectFrom(table).select((eb) => eb.lit(1).as('one')).limit(1).executeTakeFirst()) !== undefined;
  if ((await has('tm_entries')) && !(await has('tm_words'))) {
    for (let after = 0; ; ) {
      const entries = await db.selectFrom('tm_entries').select(['id', 'source_text', 'source_lang', 'target_lang']).where('id', '>', after).orderBy('id').limit(BATCH).execute();
      if (entries.length === 0) break;
      await indexEntryWords(db, entries);
      after = entries.at(-1)!.id;
    }
  }
  if ((await has('units')) && !(await has('unit_words'))) {
    for (let after = 0; ; ) {
      const units = await db.selectFrom('units').select(['id', 'source']).where('id', '>', after).orderBy('id').limit(BATCH).execute();
      if (units.length === 0) break;
      for (const unit of units) await indexUnitWords(db, unit.id, JSON.parse(unit.source) as Content);
      after = units.at(-1)!.id;
    }
  }
}

/** How many indexed sources hold each of `words` (absent: none), in the memory entries or in the units. */
export async function wordFrequencies(db: Db, index: 'tm_words' | 'unit_words', words: readonly string[]): Promise<Map<string, number>> {
  if (words.length === 0) return new Map();
  const rows = await db
    .selectFrom(index)
    .select(['word', sql<number>`count(*)`.as('sources')])
    .where('word', 'in', words)
    .groupBy('word')
    .execute();
  return new Map(rows.map((r) => [r.word, Number(r.sources)]));
}
