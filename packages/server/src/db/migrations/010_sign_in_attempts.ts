import { sql } from 'kysely';
import type { Migration } from 'kysely/migration';
import type { AnyDb } from './ddl.ts';

/** The window the sign-in failures kept until now were counted in (a quarter of an hour). */
const FORMER_WINDOW_MS = 15 * 60_000;

/**
 * Sign-in attempts counted per key (`ip:<address>`, `email:<address>`) in one row each, so that
 * an attempt is reserved by one conditional upsert before the password is checked: two attempts
 * can no longer both read "nine so far" and both go on. The failures of the current window are
 * carried over; the table of single failures is dropped.
 */
export const signInAttempts: Migration = {
  async up(db: AnyDb) {
    await db.schema
      .createTable('sign_in_attempts')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('window_start', 'text', (c) => c.notNull())
      .addColumn('attempts', 'integer', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('sign_in_attempts_window').on('sign_in_attempts').column('window_start').execute();
    const since = new Date(Date.now() - FORMER_WINDOW_MS).toISOString();
    await sql`INSERT INTO sign_in_attempts (key, window_start, attempts)
      SELECT key, min(failed_at), count(*) FROM sign_in_failures WHERE failed_at > ${since} GROUP BY key`.execute(db);
    await db.schema.dropTable('sign_in_failures').execute();
  },
};
