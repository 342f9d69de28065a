import type { Migration } from 'kysely/migration';
import { generatedId, type AnyDb } from './ddl.ts';

/**
 * Machine drafts: `machine_engine` on a translation names the engine whose output it is, saved
 * unchanged (null once a person edits it); `mt_jobs` are the pre-translations of a language —
 * where each one is (`after`: the position of the last unit it handled), what it did, and whether
 * it runs, finished, was cancelled or failed; who started it (`created_by`, or `actor`: the name
 * the history gives the command line).
 */
export const machineDrafts: Migration = {
  async up(db: AnyDb) {
    await db.schema.alterTable('translations').addColumn('machine_engine', 'text').execute();
    await db.schema
      .createTable('mt_jobs')
      .addColumn('id', 'integer', generatedId(db))
      .addColumn('project_id', 'integer', (c) => c.notNull().references('projects.id').onDelete('cascade'))
      .addColumn('lang', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('total', 'integer', (c) => c.notNull())
      .addColumn('after', 'integer', (c) => c.notNull())
      .addColumn('done', 'integer', (c) => c.notNull())
      .addColumn('from_memory', 'integer', (c) => c.notNull())
      .addColumn('from_machine', 'integer', (c) => c.notNull())
      .addColumn('left_empty', 'integer', (c) => c.notNull())
      .addColumn('problem', 'text')
      .addColumn('created_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
      .addColumn('actor', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('mt_jobs_language').on('mt_jobs').columns(['project_id', 'lang', 'id']).execute();
  },
};
