import { sql } from 'kysely';
import type { Db } from '../db/connection.ts';

/** One attempt of a key, reserved in the window that began at `windowStart`. */
export interface ReservedAttempt {
  key: string;
  windowStart: string;
}

/**
 * Counts one attempt of `key` unless it has had `limit` in its window already; a window that
 * began at or before `expiredBefore` is over, and the attempt starts a new one at `now`.
 *
 * One statement reads and changes the count: on SQLite it runs alone; on PostgreSQL the upsert
 * locks the key's row and judges the condition on its newest version. So no two attempts can
 * both take the last place, whichever process they reach.
 */
export async function reserveAttempt(db: Db, key: string, limit: number, now: string, expiredBefore: string): Promise<ReservedAttempt | undefined> {
  const expired = sql<boolean>`sign_in_attempts.window_start <= ${expiredBefore}`;
  const row = await db
    .insertInto('sign_in_attempts')
    .values({ key, window_start: now, attempts: 1 })
    .onConflict((conflict) =>
      conflict
        .column('key')
        .doUpdateSet({
          attempts: sql<number>`CASE WHEN ${expired} THEN 1 ELSE sign_in_attempts.attempts + 1 END`,
          window_start: sql<string>`CASE WHEN ${expired} THEN ${now} ELSE sign_in_attempts.window_start END`,
        })
        .where((eb) => eb.or([eb('sign_in_attempts.window_start', '<=', expiredBefore), eb('sign_in_attempts.attempts', '<', limit)])),
    )
    .returning('window_start')
    .executeTakeFirst();
  return row && { key, windowStart: row.window_start };
}

/** When the window of `key` began, if it has one. */
export async function attemptWindowStart(db: Db, key: string): Promise<string | undefined> {
  const row = await db.selectFrom('sign_in_attempts').select('window_start').where('key', '=', key).executeTakeFirst();
  return row?.window_start;
}

/** Gives a reserved attempt back (it was not made, or it succeeded), if its window still runs. */
export async function releaseAttempt(db: Db, attempt: ReservedAttempt): Promise<void> {
  await db
    .updateTable('sign_in_attempts')
    .set((eb) => ({ attempts: eb('attempts', '-', 1) }))
    .where('key', '=', attempt.key)
    .where('window_start', '=', attempt.windowStart)
    .where('attempts', '>', 0)
    .execute();
}

/** Forgets the attempts of `key`. */
export async function clearAttempts(db: Db, key: string): Promise<void> {
  await db.deleteFrom('sign_in_attempts').where('key', '=', key).execute();
}

/** Forgets the keys whose window began at or before `expiredBefore`. */
export async function forgetExpiredAttempts(db: Db, expiredBefore: string): Promise<void> {
  await db.deleteFrom('sign_in_attempts').where('window_start', '<=', expiredBefore).execute();
}
