import type { Migration } from 'kysely/migration';
import type { AnyDb } from './ddl.ts';

/** Each language's order of signatories on its pages: `source` (as the statement lists them) or `collation` (the language's alphabetical order). */
export const signatoryOrder: Migration = {
  async up(db: AnyDb) {
    await db.schema.alterTable('project_languages').addColumn('signatory_order', 'text', (c) => c.notNull().defaultTo('source')).execute();
  },
};
