import type { Db } from '../db/connection.ts';
import type { UserRow } from '../db/schema.ts';
import { updateUser } from '../repositories/users.ts';
import { signOutOtherSessions } from './auth.ts';
import { ServiceError } from './errors.ts';
import { hashPassword, verifyPasswordOf } from './passwords.ts';

const wrongPassword = () => new ServiceError(403, 'account.wrong-password', 'The current password is not right. Nothing was changed.');

/** Changes the user's password after checking the current one; every other session of theirs ends. */
export async function changePassword(db: Db, user: UserRow, change: { currentPassword: string; newPassword: string }, sessionToken: string | undefined): Promise<void> {
  if (!(await verifyPasswordOf(change.currentPassword, user.password_hash))) throw wrongPassword();
  await updateUser(db, user.id, { passwordHash: await hashPassword(change.newPassword) });
  await signOutOtherSessions(db, user.id, sessionToken);
}
