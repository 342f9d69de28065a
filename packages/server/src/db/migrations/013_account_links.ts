import type { Migration } from 'kysely/migration';
import { generatedId, type AnyDb } from './ddl.ts';

/**
 * Single-use, expiring links about an account: `setup` (the first coordinator of an empty
 * database makes their account; no user yet), `set-password` (an account made by the command
 * line gets its password) and `reset` (a forgotten password). Only the SHA-256 of the token is
 * kept; a used link keeps its `used_at`.
 */
export const accountLinks: Migration = {
  async up(db: AnyDb) {
    await db.schema
      .createTable('account_links')
      .addColumn('id', 'integer', generatedId(db))
      .addColumn('token_hash', 'text', (c) => c.notNull().unique())
      .addColumn('purpose', 'text', (c) => c.notNull())
      .addColumn('user_id', 'integer', (c) => c.references('users.id').onDelete('cascade'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .addColumn('used_at', 'text')
      .execute();
    await db.schema.createIndex('account_links_user').on('account_links').column('user_id').execute();
  },
};
