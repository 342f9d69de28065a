import { createHash, randomBytes } from 'node:crypto';
import type { UserView } from '@tessera/core/contract';
import type { Db } from '../db/connection.ts';
import type { UserRow } from '../db/schema.ts';
import { findUserByEmail } from '../repositories/users.ts';
import { deleteSession, findSessionUser, insertSession } from '../repositories/sessions.ts';
import { verifyPassword } from './passwords.ts';

export const SESSION_DAYS = 14;

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

/** Checks the password; returns a new session token, or null (same answer for unknown e-mail and wrong password). */
export async function signIn(db: Db, email: string, password: string): Promise<{ token: string; user: UserRow } | null> {
  const user = await findUserByEmail(db, email);
  // Hash even when the user is unknown, so timing does not tell which e-mails have accounts.
  const ok = await verifyPassword(password, user?.password_hash ?? 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAA');
  if (!user || !ok) return null;
  return { token: await startSession(db, user.id), user };
}

/** A new session for the user; returns the token for the cookie. */
export async function startSession(db: Db, userId: number): Promise<string> {
  const token = newToken();
  await insertSession(db, tokenHash(token), userId, new Date(Date.now() + SESSION_DAYS * 86_400_000));
  return token;
}

export async function userForToken(db: Db, token: string | undefined): Promise<UserRow | undefined> {
  if (!token) return undefined;
  return findSessionUser(db, tokenHash(token), new Date());
}

export function signOut(db: Db, token: string): Promise<void> {
  return deleteSession(db, tokenHash(token));
}

export function toUserView(user: UserRow): UserView {
  return { id: user.id, email: user.email, name: user.name, canCreateProjects: user.can_create_projects === 1 };
}
