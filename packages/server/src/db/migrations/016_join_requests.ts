import type { Migration } from 'kysely/migration';
import { generatedId, type AnyDb } from './ddl.ts';

/**
 * Someone signed out who accepts an invitation asks to join: their name, e-mail address and
 * (hashed) password wait here until the address is confirmed — by the link e-mailed to it, or by a
 * coordinator where no mail is sent. One request per invitation and address; only the SHA-256 of
 * the confirmation token is kept. The invitation is used when a request is confirmed.
 */
export const joinRequests: Migration = {
  async up(db: AnyDb) {
    await db.schema
      .createTable('join_requests')
      .addColumn('id', 'integer', generatedId(db))
      .addColumn('invite_id', 'integer', (c) => c.notNull().references('invites.id').onDelete('cascade'))
      .addColumn('token_hash', 'text', (c) => c.notNull().unique())
      .addColumn('email', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('password_hash', 'text', (c) => c.notNull())
      .addColumn('ui_lang', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('join_requests_invite_email', ['invite_id', 'email'])
      .execute();
    await db.schema.alterTable('invites').addColumn('email', 'text').execute();
  },
};
