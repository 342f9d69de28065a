import type { Db } from '../db/connection.ts';
import { eraseUserData } from '../repositories/accountErasure.ts';
import { newToken } from './auth.ts';
import { hashPassword } from './passwords.ts';

/** The name an erased account's work is shown under, unless its owner chose a pseudonym. */
export const FORMER_VOLUNTEER = 'former volunteer';

/**
 * Erases an account: its name and e-mail address leave the account, its comments and suggestions
 * (shown as `pseudonym`, else “former volunteer”), its credits take the pseudonym or “former
 * volunteer”; its sessions, memberships, links and notifications end. Its translations stay.
 */
export async function eraseAccount(db: Db, userId: number, pseudonym: string | null): Promise<void> {
  const shownAs = pseudonym?.trim() || FORMER_VOLUNTEER;
  const passwordHash = await hashPassword(newToken());
  await db.transaction().execute((trx) => eraseUserData(trx, userId, { shownAs, email: `erased-${userId}@erased.invalid`, passwordHash }));
}
