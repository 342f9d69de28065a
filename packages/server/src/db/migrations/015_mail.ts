import type { Migration } from 'kysely/migration';
import { generatedId, type AnyDb } from './ddl.ts';

/**
 * E-mail: each person's choice (`now`, `daily`, `never`) and interface language; the outbox (a
 * rendered message waits there until the SMTP server took it, retried with backoff; `key` makes
 * planning a message twice, by two servers, impossible); the notifications waiting for a
 * person's daily digest; and the mail planner's state (how far it read, the unsubscribe key).
 */
export const mail: Migration = {
  async up(db: AnyDb) {
    await db.schema
      .createTable('mail_preferences')
      .addColumn('user_id', 'integer', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
      .addColumn('frequency', 'text', (c) => c.notNull().defaultTo('now'))
      .addColumn('ui_lang', 'text')
      .execute();
    await db.schema
      .createTable('mail_outbox')
      .addColumn('id', 'integer', generatedId(db))
      .addColumn('key', 'text', (c) => c.notNull().unique())
      .addColumn('user_id', 'integer', (c) => c.references('users.id').onDelete('cascade'))
      .addColumn('to_address', 'text', (c) => c.notNull())
      .addColumn('subject', 'text', (c) => c.notNull())
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('html', 'text', (c) => c.notNull())
      .addColumn('unsubscribe_url', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('next_attempt_at', 'text', (c) => c.notNull())
      .addColumn('claimed_until', 'text')
      .addColumn('sent_at', 'text')
      .addColumn('last_error', 'text')
      .execute();
    await db.schema.createIndex('mail_outbox_due').on('mail_outbox').columns(['sent_at', 'next_attempt_at']).execute();
    await db.schema
      .createTable('mail_digest_items')
      .addColumn('notification_id', 'integer', (c) => c.primaryKey().references('notifications.id').onDelete('cascade'))
      .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('mail_digest_items_user').on('mail_digest_items').column('user_id').execute();
    await db.schema
      .createTable('mail_state')
      .addColumn('name', 'text', (c) => c.primaryKey())
      .addColumn('value', 'text', (c) => c.notNull())
      .execute();
  },
};
