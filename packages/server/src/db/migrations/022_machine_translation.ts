import type { Migration } from 'kysely/migration';
import type { AnyDb } from './ddl.ts';

/**
 * Machine translation: which engines a coordinator allowed for a project (`mt_consents`, no row:
 * not allowed), and every answer an engine gave (`mt_cache`): the text it was sent (with its
 * placeholders) and its output, once per engine, pair of engine codes and text (`source_hash`:
 * SHA-256 of the text, hex).
 */
export const machineTranslation: Migration = {
  async up(db: AnyDb) {
    await db.schema
      .createTable('mt_consents')
      .addColumn('project_id', 'integer', (c) => c.notNull().references('projects.id').onDelete('cascade'))
      .addColumn('engine_id', 'text', (c) => c.notNull())
      .addColumn('granted_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
      .addColumn('granted_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('mt_consents_pk', ['project_id', 'engine_id'])
      .execute();
    await db.schema
      .createTable('mt_cache')
      .addColumn('engine_id', 'text', (c) => c.notNull())
      .addColumn('source_code', 'text', (c) => c.notNull())
      .addColumn('target_code', 'text', (c) => c.notNull())
      .addColumn('source_hash', 'text', (c) => c.notNull())
      .addColumn('source_text', 'text', (c) => c.notNull())
      .addColumn('output_text', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('mt_cache_pk', ['engine_id', 'source_code', 'target_code', 'source_hash'])
      .execute();
  },
};
