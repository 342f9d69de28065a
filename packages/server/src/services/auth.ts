import { createHash, randomBytes } from 'node:crypto';
import type { UserView } from '@tessera/core/contract';
import type { Db } from '../db/connection.ts';
import type { UserRow } from '../db/schema.ts';
import { findUserByEmail } from '../repositories/users.ts';
import { deleteSession, deleteSessionsOf, findSessionUser, insertSession, touchSession } from '../repositories/sessions.ts';
import { ServiceError } from './errors.ts';
import { verifyPasswordOf } from './passwords.ts';
import { limitedAttempt } from './signInLimit.ts';

export const SESSION_DAYS = 14;

/** The refusal of a wrong password, and of an unknown e-mail: one answer for both. */
export const badCredentials = () => new ServiceError(401, 'auth.bad-credentials', 'The e-mail or password is not right. Check them and try again.');

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

/**
 * Checks the password, within the sign-in limits (429 `auth.rate-limited` beyond them); returns a
 * new session token, or null — the same answer, after the same work, for an unknown e-mail and
 * a wrong password.
 */
export async function signIn(db: Db, credentials: { email: string; password: string; address: string | undefined }): Promise<{ token: string; user: UserRow } | null> {
  const user = await limitedAttempt(db, credentials, async () => {
    const found = await findUserByEmail(db, credentials.email);
    return (await verifyPasswordOf(credentials.password, found?.password_hash)) ? found : undefined;
  });
  return user ? { token: await startSession(db, user.id), user } : null;
}

/** A new session for the user; returns the token for the cookie. */
export async function startSession(db: Db, userId: number): Promise<string> {
  const token = newToken();
  await insertSession(db, tokenHash(token), userId, new Date(Date.now() + SESSION_DAYS * 86_400_000));
  return token;
}

/** How stale a session's “last seen” may grow before a request writes it again. */
const LAST_SEEN_PRECISION_MS = 60_000;
/** The longest User-Agent kept. */
const USER_AGENT_MAX = 300;

/**
 * The user of a live session. A request notes when the session was last used and from which
 * browser (`userAgent`), at most once a minute, so that My account can list it.
 */
export async function userForToken(db: Db, token: string | undefined, userAgent?: string): Promise<UserRow | undefined> {
  if (!token) return undefined;
  const now = new Date();
  const hash = tokenHash(token);
  const found = await findSessionUser(db, hash, now);
  if (!found) return undefined;
  if (userAgent !== undefined && (found.lastSeenAt === null || now.getTime() - Date.parse(found.lastSeenAt) >= LAST_SEEN_PRECISION_MS)) {
    await touchSession(db, hash, now, userAgent.slice(0, USER_AGENT_MAX) || null);
  }
  return found.user;
}

/** The name under which a session is listed and revoked: derived from its token's hash, which it does not reveal. */
export function sessionIdOf(hash: string): string {
  return createHash('sha256').update(`session ${hash}`).digest('base64url').slice(0, 22);
}

/** The id of the session of a token (the current session, for My account). */
export function sessionIdOfToken(token: string): string {
  return sessionIdOf(tokenHash(token));
}

export function signOut(db: Db, token: string): Promise<void> {
  return deleteSession(db, tokenHash(token));
}

export function toUserView(user: UserRow): UserView {
  return { id: user.id, email: user.email, name: user.name, canCreateProjects: user.can_create_projects === 1 };
}

/** Ends every session of the user but the one of `keepToken`. */
export function signOutOtherSessions(db: Db, userId: number, keepToken: string | undefined): Promise<void> {
  return deleteSessionsOf(db, userId, keepToken === undefined ? undefined : tokenHash(keepToken));
}
