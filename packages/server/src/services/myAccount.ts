import type { AccountView } from '@tessera/core/contract';
import type { Db } from '../db/connection.ts';
import type { UserRow } from '../db/schema.ts';
import { isUniqueViolation } from '../db/uniqueViolation.ts';
import { findUserByEmail, findUserById, updateUser } from '../repositories/users.ts';
import { signOutOtherSessions } from './auth.ts';
import { ServiceError } from './errors.ts';
import { hashPassword, verifyPasswordOf } from './passwords.ts';
import { limitedAttempt } from './signInLimit.ts';
import { checkedEmail } from './users.ts';

const wrongPassword = () => new ServiceError(403, 'account.wrong-password', 'The current password is not right. Nothing was changed.');

/** Who confirms a change with their password: the signed-in user, from the client's address. */
export interface Confirming {
  user: UserRow;
  address: string | undefined;
}

/**
 * Refuses (403 `account.wrong-password`) unless `password` is the user's current password. The
 * check counts within the sign-in limits (429 `auth.rate-limited` beyond them), so a session
 * left open cannot be used to guess the password.
 */
export async function requireCurrentPassword(db: Db, { user, address }: Confirming, password: string): Promise<void> {
  const right = await limitedAttempt(db, { address, email: user.email }, async () => ((await verifyPasswordOf(password, user.password_hash)) ? true : undefined));
  if (!right) throw wrongPassword();
}

export function accountViewOf(user: UserRow): AccountView {
  return { id: user.id, name: user.name, email: user.email, createdAt: user.created_at };
}

/** Changes the user's password after checking the current one; every other session of theirs ends. */
export async function changePassword(db: Db, who: Confirming, change: { currentPassword: string; newPassword: string }, sessionToken: string | undefined): Promise<void> {
  await requireCurrentPassword(db, who, change.currentPassword);
  await updateUser(db, who.user.id, { passwordHash: await hashPassword(change.newPassword) });
  await signOutOtherSessions(db, who.user.id, sessionToken);
}

/** The same answer whoever holds the address: it is never said whose it is. */
const emailUnavailable = () => new ServiceError(409, 'account.email-unavailable', 'This e-mail address cannot be used. Choose another one. Nothing was changed.');

/**
 * Changes the user's e-mail address after checking the current password. An address another
 * account uses is refused (409 `account.email-unavailable`) without saying whose it is.
 */
export async function changeEmail(db: Db, who: Confirming, change: { currentPassword: string; email: string }): Promise<AccountView> {
  const { user } = who;
  await requireCurrentPassword(db, who, change.currentPassword);
  const email = checkedEmail(change.email);
  if (email !== user.email) {
    const holder = await findUserByEmail(db, email);
    if (holder) throw emailUnavailable();
    try {
      await updateUser(db, user.id, { email });
    } catch (error) {
      // Taken between the check and the write.
      if (isUniqueViolation(error)) throw emailUnavailable();
      throw error;
    }
  }
  return accountViewOf((await findUserById(db, user.id))!);
}
