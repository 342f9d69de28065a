import type { Migration } from 'kysely/migration';
import { generatedId, type AnyDb } from './ddl.ts';

/**
 * The glossary of each language pair of a project: a source term, its translation (none for a
 * do-not-translate term), the variants not to use (a JSON array), a note, and who changed it last
 * and when. A source term is there once per pair, whatever its case (`source_key`: lower case).
 */
export const glossary: Migration = {
  async up(db: AnyDb) {
    await db.schema
      .createTable('glossary_terms')
      .addColumn('id', 'integer', generatedId(db))
      .addColumn('project_id', 'integer', (c) => c.notNull().references('projects.id').onDelete('cascade'))
      .addColumn('source_lang', 'text', (c) => c.notNull())
      .addColumn('target_lang', 'text', (c) => c.notNull())
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('source_key', 'text', (c) => c.notNull())
      .addColumn('target', 'text')
      .addColumn('do_not_translate', 'integer', (c) => c.notNull())
      .addColumn('forbidden', 'text', (c) => c.notNull())
      .addColumn('note', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('glossary_terms_pair_source', ['project_id', 'source_lang', 'target_lang', 'source_key'])
      .execute();
  },
};
