import type { Migration } from 'kysely/migration';
import { generatedId, type AnyDb } from './ddl.ts';

/** Failed sign-ins, counted in the database so that every server process sees the same ones. */
export const signInFailures: Migration = {
  async up(db: AnyDb) {
    await db.schema
      .createTable('sign_in_failures')
      .addColumn('id', 'integer', generatedId(db))
      .addColumn('key', 'text', (c) => c.notNull())
      .addColumn('failed_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('sign_in_failures_key').on('sign_in_failures').columns(['key', 'failed_at']).execute();
    await db.schema.createIndex('sign_in_failures_time').on('sign_in_failures').column('failed_at').execute();
  },
};
