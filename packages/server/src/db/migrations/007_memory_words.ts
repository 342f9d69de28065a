import type { Migration } from 'kysely/migration';
import type { AnyDb } from './ddl.ts';

/**
 * The word index of the translation memory: which stored sources (memory entries, and units
 * whose approved translations the memory offers) hold which word, so that a fuzzy look-up reads
 * the few sources that share a rare word with the text instead of the whole memory. The tables
 * only: opening the database fills an empty index (repositories/memoryWords.ts), and imports and
 * source changes keep it up to date.
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
  },
};
