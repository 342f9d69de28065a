import type { Migration } from 'kysely/migration';
import { generatedId, type AnyDb } from './ddl.ts';

/** Source revisions: units and blocks are retired rather than deleted, and a reworded unit remembers its old source. */
export const sourceRevisions: Migration = {
  async up(db: AnyDb) {
    await db.schema.alterTable('projects').addColumn('source_revision', 'integer', (c) => c.notNull().defaultTo(1)).execute();
    await db.schema.alterTable('blocks').addColumn('retired_at', 'text').execute();
    await db.schema.alterTable('units').addColumn('retired_at', 'text').execute();
    await db.schema.alterTable('units').addColumn('previous_source', 'text').execute();
    await db.schema
      .createTable('source_revisions')
      .addColumn('id', 'integer', generatedId(db))
      .addColumn('project_id', 'integer', (c) => c.notNull().references('projects.id').onDelete('cascade'))
      .addColumn('number', 'integer', (c) => c.notNull())
      .addColumn('actor', 'text')
      .addColumn('summary', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('source_revisions_number', ['project_id', 'number'])
      .execute();
  },
};
