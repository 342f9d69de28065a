import type { Db } from '../db/connection.ts';
import { attemptWindowStart, clearAttempts, forgetExpiredAttempts, releaseAttempt, reserveAttempt, type ReservedAttempt } from '../repositories/signInAttempts.ts';
import { ServiceError } from './errors.ts';

/** Password checks allowed in one window: per account e-mail, and per client address (shared by everyone behind it). */
export const SIGN_IN_LIMITS = { email: 10, address: 50 } as const;
/** A window lasts a quarter of an hour from its first attempt. */
export const SIGN_IN_WINDOW_MS = 15 * 60_000;

/** Who makes a sign-in attempt: the client's address and the e-mail address typed. */
export interface SignInAttempt {
  address: string | undefined;
  email: string;
}

/** Seconds until a window that began at `windowStart` is over (at least 1). */
export function retryAfterSeconds(windowStart: string, now: number, windowMs = SIGN_IN_WINDOW_MS): number {
  return Math.max(1, Math.ceil((Date.parse(windowStart) + windowMs - now) / 1000));
}

const keysOf = ({ address, email }: SignInAttempt) => ({ address: `ip:${address ?? 'unknown'}`, email: `email:${email.trim().toLowerCase()}` });

/**
 * Runs `check` — a password check — as one attempt of `who`, within the limits. The attempt is
 * counted against the address and the e-mail in the database before `check` runs, so however
 * many arrive at once, on however many server processes, no more than the limit are checked;
 * the others are refused (429 `auth.rate-limited`, with `Retry-After`) without checking.
 *
 * `check` resolves to its result, or to undefined for a failure, which stays counted until the
 * window ends. A success gives the address its attempt back and forgets the e-mail's failures.
 */
export async function limitedAttempt<T>(db: Db, who: SignInAttempt, check: () => Promise<T | undefined>, now = Date.now()): Promise<T | undefined> {
  const keys = keysOf(who);
  const expiredBefore = new Date(now - SIGN_IN_WINDOW_MS).toISOString();
  const reserved = await reserveAttempts(db, [{ key: keys.address, limit: SIGN_IN_LIMITS.address }, { key: keys.email, limit: SIGN_IN_LIMITS.email }], now, signInRefusal);
  const [address] = reserved as [ReservedAttempt, ReservedAttempt];
  let result: T | undefined;
  try {
    result = await check();
  } catch (error) {
    // Not judged: the attempt does not count.
    for (const attempt of reserved) await releaseAttempt(db, attempt);
    throw error;
  }
  if (result === undefined) await forgetExpiredAttempts(db, expiredBefore);
  else {
    await releaseAttempt(db, address);
    await clearAttempts(db, keys.email);
  }
  return result;
}

/** The refusal of one more attempt while a key's window runs, given the seconds until it is over. */
export type Refusal = (retryAfter: number) => ServiceError;

const signInRefusal: Refusal = (retryAfter) =>
  new ServiceError(429, 'auth.rate-limited', `Too many failed sign-ins. Wait ${Math.ceil(retryAfter / 60)} minutes and try again.`, { retryAfter });

/**
 * Counts one attempt of each key within its limit, all or none, in the database (so the limits hold
 * across server processes); a key at its limit gives back those reserved before it and throws
 * `refusal` with the seconds until its window ends.
 */
export async function reserveAttempts(db: Db, keys: readonly { key: string; limit: number }[], now: number, refusal: Refusal): Promise<ReservedAttempt[]> {
  const at = new Date(now).toISOString();
  const expiredBefore = new Date(now - SIGN_IN_WINDOW_MS).toISOString();
  const reserved: ReservedAttempt[] = [];
  for (const { key, limit } of keys) {
    const attempt = await reserveAttempt(db, key, limit, at, expiredBefore);
    if (!attempt) {
      for (const earlier of reserved) await releaseAttempt(db, earlier);
      const windowStart = await attemptWindowStart(db, key);
      throw refusal(windowStart ? retryAfterSeconds(windowStart, now) : 1);
    }
    reserved.push(attempt);
  }
  return reserved;
}
