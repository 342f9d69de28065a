import { deviceSummary } from '@tessera/core';
import type { AccountSessionView } from '@tessera/core/contract';
import type { Db } from '../db/connection.ts';
import { deleteSession, liveSessionsOf } from '../repositories/sessions.ts';
import { sessionIdOf, sessionIdOfToken } from './auth.ts';
import { ServiceError } from './errors.ts';

/** The user's live sessions, newest first; `currentToken` marks the one of this request. */
export async function listAccountSessions(db: Db, userId: number, currentToken: string | undefined): Promise<AccountSessionView[]> {
  const current = currentToken === undefined ? null : sessionIdOfToken(currentToken);
  return (await liveSessionsOf(db, userId, new Date())).map((s) => {
    const id = sessionIdOf(s.tokenHash);
    return { id, createdAt: s.createdAt, lastSeenAt: s.lastSeenAt, device: deviceSummary(s.userAgent), current: id === current };
  });
}

/**
 * Ends one of the user's sessions at once (the next request with it is signed out). Any id that
 * is not one of theirs — another person's, an ended one — is 404 `session.not-found`, changing nothing.
 */
export async function revokeAccountSession(db: Db, userId: number, sessionId: string): Promise<void> {
  const session = (await liveSessionsOf(db, userId, new Date())).find((s) => sessionIdOf(s.tokenHash) === sessionId);
  if (!session) throw new ServiceError(404, 'session.not-found', 'No such session: it has ended already.');
  await deleteSession(db, session.tokenHash);
}
