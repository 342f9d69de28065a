import type { Db } from '../db/connection.ts';
import { clearFailures, failuresSince, recordFailures } from '../repositories/signInFailures.ts';

/** Failed sign-ins allowed per address and per e-mail in a window of a quarter of an hour. */
export const SIGN_IN_ATTEMPTS = 10;
const WINDOW_MS = 15 * 60_000;

/**
 * Seconds until a key with these failures (times, oldest first, all within the window) may try
 * again: 0 while it has had fewer than `limit`, else until the oldest that counts leaves the window.
 */
export function retryAfterSeconds(failures: readonly string[], now: number, limit = SIGN_IN_ATTEMPTS, windowMs = WINDOW_MS): number {
  if (failures.length < limit) return 0;
  const oldestCounted = Date.parse(failures[failures.length - limit]!);
  return Math.max(1, Math.ceil((oldestCounted + windowMs - now) / 1000));
}

/**
 * Limits failed sign-ins per address and per e-mail. The failures are kept in the database:
 * every server process on it counts the same ones, and a restart forgets none.
 */
export const signInLimit = {
  /** Seconds to wait before the next attempt with these keys, or 0. */
  async retryAfter(db: Db, keys: readonly string[], now = Date.now()): Promise<number> {
    const failures = await failuresSince(db, keys, new Date(now - WINDOW_MS).toISOString());
    return Math.max(...[...failures.values()].map((times) => retryAfterSeconds(times, now)));
  },

  fail(db: Db, keys: readonly string[], now = Date.now()): Promise<void> {
    return recordFailures(db, keys, new Date(now).toISOString(), new Date(now - WINDOW_MS).toISOString());
  },

  /** A successful sign-in forgets the failures of its e-mail (not of its address). */
  succeed(db: Db, key: string): Promise<void> {
    return clearFailures(db, key);
  },
};
