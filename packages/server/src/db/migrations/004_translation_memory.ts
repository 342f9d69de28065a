import type { Migration } from 'kysely/migration';
import { generatedId, type AnyDb } from './ddl.ts';

/** Translation memory imported from TMX (a project's own approved translations are read where they are). */
export const translationMemory: Migration = {
  async up(db: AnyDb) {
    await db.schema
      .createTable('tm_entries')
      .addColumn('id', 'integer', generatedId(db))
      .addColumn('source_lang', 'text', (c) => c.notNull())
      .addColumn('target_lang', 'text', (c) => c.notNull())
      .addColumn('source_text', 'text', (c) => c.notNull())
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('target', 'text', (c) => c.notNull())
      .addColumn('origin', 'text', (c) => c.notNull())
      .addColumn('created_by', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('tm_entries_lookup').on('tm_entries').columns(['source_lang', 'target_lang', 'source_text']).execute();
  },
};
