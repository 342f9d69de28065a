import type { Db } from '../db/connection.ts';
import type { UserRow } from '../db/schema.ts';
import { prepared } from '../db/prepared.ts';

export async function insertSession(db: Db, tokenHash: string, userId: number, expiresAt: Date): Promise<void> {
  await db
    .insertInto('sessions')
    .values({ token_hash: tokenHash, user_id: userId, created_at: new Date().toISOString(), expires_at: expiresAt.toISOString(), last_seen_at: null, user_agent: null })
    .execute();
}

const sessionUser = prepared((db: Db, p: { tokenHash: string; now: string }) =>
  db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    // Named columns, not `u.*`: a column added later does not change what a statement PostgreSQL keeps prepared returns.
    .select(['u.id', 'u.email', 'u.name', 'u.password_hash', 'u.can_create_projects', 'u.created_at', 's.last_seen_at as session_last_seen_at'])
    .where('s.token_hash', '=', p.tokenHash)
    .where('s.expires_at', '>', p.now),
);

/** The user of a live session and when the session was last seen, in one query (prepared: every request asks). */
export async function findSessionUser(db: Db, tokenHash: string, now: Date): Promise<{ user: UserRow; lastSeenAt: string | null } | undefined> {
  const row = (await sessionUser(db, { tokenHash, now: now.toISOString() })).rows[0];
  if (!row) return undefined;
  const { session_last_seen_at: lastSeenAt, ...user } = row;
  return { user, lastSeenAt };
}

/** Notes that the session was used now, from this browser. */
export async function touchSession(db: Db, tokenHash: string, at: Date, userAgent: string | null): Promise<void> {
  await db.updateTable('sessions').set({ last_seen_at: at.toISOString(), user_agent: userAgent }).where('token_hash', '=', tokenHash).execute();
}

export interface SessionRow {
  tokenHash: string;
  createdAt: string;
  lastSeenAt: string | null;
  userAgent: string | null;
}

/** The live sessions of a user, newest first. */
export async function liveSessionsOf(db: Db, userId: number, now: Date): Promise<SessionRow[]> {
  const rows = await db
    .selectFrom('sessions')
    .select(['token_hash', 'created_at', 'last_seen_at', 'user_agent'])
    .where('user_id', '=', userId)
    .where('expires_at', '>', now.toISOString())
    .orderBy('created_at', 'desc')
    .execute();
  return rows.map((r) => ({ tokenHash: r.token_hash, createdAt: r.created_at, lastSeenAt: r.last_seen_at, userAgent: r.user_agent }));
}

export async function deleteSession(db: Db, tokenHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
}

/** Ends every session of a user (all of them, or all but one). */
export async function deleteSessionsOf(db: Db, userId: number, except?: string): Promise<void> {
  let query = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (except !== undefined) query = query.where('token_hash', '!=', except);
  await query.execute();
}
