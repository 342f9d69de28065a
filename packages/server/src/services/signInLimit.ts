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
  const at = new Date(now).toISOString();
  const expiredBefore = new Date(now - SIGN_IN_WINDOW_MS).toISOString();
  const address = await reserveAttempt(db, keys.address, SIGN_IN_LIMITS.address, at, expiredBefore);
  if (!address) throw await rateLimited(db, keys.address, now);
  const email = await reserveAttempt(db, keys.email, SIGN_IN_LIMITS.email, at, expiredBefore);
  if (!email) {
    await releaseAttempt(db, address);
    throw await rateLimited(db, keys.email, now);
  }
  const reserved: ReservedAttempt[] = [address, email];
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

async function rateLimited(db: Db, key: string, now: number): Promise<ServiceError> {
  const windowStart = await attemptWindowStart(db, key);
  const retryAfter = windowStart ? retryAfterSeconds(windowStart, now) : 1;
  return new ServiceError(429, 'auth.rate-limited', `Too many failed sign-ins. Wait ${Math.ceil(retryAfter / 60)} minutes and try again.`, { retryAfter });
}
