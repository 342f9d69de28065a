import type { Migration } from 'kysely/migration';
import { indexEntryWords, indexUnitWords } from '../../repositories/memoryWords.ts';
import type { AnyDb } from './index.ts';

const BATCH = 1000;

/**
 * The word index of the translation memory: which stored sources (memory entries, and units
 * whose approved translations the memory offers) hold which word, so that a fuzzy look-up reads
 * the few sources that share a rare word with the text instead of the whole memory. Existing
 * entries and units are indexed here; imports and source changes keep the index up to date.
 */
export const memoryWords: Migration = {
  async up(db: AnyDb) {
    await db.schema
      .createTable('tm_words')
      .addColumn('word', 'text', (c) => c.notNull())
      .addColumn('pair', 'text', (c) => c.notNull())
      .addColumn('entry_id', 'integer', (c) => c.notNull().references('tm_entries.id').onDelete('cascade'))
      .addPrimaryKeyConstraint('tm_words_pk', ['word', 'pair', 'entry_id'])
      .execute();
    await db.schema.createIndex('tm_words_entry').on('tm_words').column('entry_id').execute();
    await db.schema
      .createTable('unit_words')
      .addColumn('word', 'text', (c) => c.notNull())
      .addColumn('unit_id', 'integer', (c) => c.notNull().references('units.id').onDelete('cascade'))
      .addPrimaryKeyConstraint('unit_words_pk', ['word', 'unit_id'])
      .execute();
    await db.schema.createIndex('unit_words_unit').on('unit_words').column('unit_id').execute();

    await backfillMemoryWords(db);
  },
};

/** Indexes the words of every stored memory entry and unit (the index being empty). */
export async function backfillMemoryWords(db: AnyDb): Promise<void> {
  for (let after = 0; ; ) {
    const entries = await db.selectFrom('tm_entries').select(['id', 'source_text', 'source_lang', 'target_lang']).where('id', '>', after).orderBy('id').limit(BATCH).execute();
    if (entries.length === 0) break;
    await indexEntryWords(db, entries);
    after = entries.at(-1)!.id as number;
  }
  for (let after = 0; ; ) {
    const units = await db.selectFrom('units').select(['id', 'source']).where('id', '>', after).orderBy('id').limit(BATCH).execute();
    if (units.length === 0) break;
    for (const unit of units as { id: number; source: string }[]) await indexUnitWords(db, unit.id, JSON.parse(unit.source));
    after = units.at(-1)!.id as number;
  }
}
