import type { Db } from '../db/connection.ts';
import type { UserRow } from '../db/schema.ts';
import { prepared } from '../db/prepared.ts';

export async function insertSession(db: Db, tokenHash: string, userId: number, expiresAt: Date): Promise<void> {
  await db
    .insertInto('sessions')
    .values({ token_hash: tokenHash, user_id: userId, created_at: new Date().toISOString(), expires_at: expiresAt.toISOString() })
    .execute();
}

const sessionUser = prepared((db: Db, p: { tokenHash: string; now: string }) =>
  db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    // Named columns, not `u.*`: a column added later does not change what a statement PostgreSQL keeps prepared returns.
    .select(['u.id', 'u.email', 'u.name', 'u.password_hash', 'u.can_create_projects', 'u.created_at'])
    .where('s.token_hash', '=', p.tokenHash)
    .where('s.expires_at', '>', p.now),
);

/** The user of a live session, in one query (prepared: every request asks). */
export async function findSessionUser(db: Db, tokenHash: string, now: Date): Promise<UserRow | undefined> {
  return (await sessionUser(db, { tokenHash, now: now.toISOString() })).rows[0];
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
