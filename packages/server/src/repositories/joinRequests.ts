import type { Db } from '../db/connection.ts';

export interface JoinRequestRow {
  id: number;
  inviteId: number;
  email: string;
  name: string;
  passwordHash: string;
  uiLang: string | null;
  createdAt: string;
  expiresAt: string;
}

const COLUMNS = ['id', 'invite_id', 'email', 'name', 'password_hash', 'ui_lang', 'created_at', 'expires_at'] as const;

type Row = { id: number; invite_id: number; email: string; name: string; password_hash: string; ui_lang: string | null; created_at: string; expires_at: string };
const fromRow = (row: Row): JoinRequestRow => ({
  id: row.id,
  inviteId: row.invite_id,
  email: row.email,
  name: row.name,
  passwordHash: row.password_hash,
  uiLang: row.ui_lang,
  createdAt: row.created_at,
  expiresAt: row.expires_at,
});

/** Keeps a request to join; undefined when this address already asked with this invitation (the first request stands). */
export async function insertJoinRequest(
  db: Db,
  request: { inviteId: number; tokenHash: string; email: string; name: string; passwordHash: string; uiLang: string | null; createdAt: Date; expiresAt: Date },
): Promise<number | undefined> {
  const row = await db
    .insertInto('join_requests')
    .values({
      invite_id: request.inviteId,
      token_hash: request.tokenHash,
      email: request.email,
      name: request.name,
      password_hash: request.passwordHash,
      ui_lang: request.uiLang,
      created_at: request.createdAt.toISOString(),
      expires_at: request.expiresAt.toISOString(),
    })
    .onConflict((oc) => oc.columns(['invite_id', 'email']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id;
}

/** A request by its confirmation token's hash, if it has not expired. */
export async function findJoinRequestByToken(db: Db, tokenHash: string, now: Date): Promise<JoinRequestRow | undefined> {
  const row = await db.selectFrom('join_requests').select(COLUMNS).where('token_hash', '=', tokenHash).where('expires_at', '>', now.toISOString()).executeTakeFirst();
  return row && fromRow(row);
}

/** A request to join one project, if it has not expired. */
export async function findJoinRequestInProject(db: Db, projectId: number, id: number, now: Date): Promise<JoinRequestRow | undefined> {
  const row = await db
    .selectFrom('join_requests')
    .innerJoin('invites', 'invites.id', 'join_requests.invite_id')
    .select(COLUMNS.map((c) => `join_requests.${c}` as const))
    .where('join_requests.id', '=', id)
    .where('invites.project_id', '=', projectId)
    .where('join_requests.expires_at', '>', now.toISOString())
    .executeTakeFirst();
  return row && fromRow(row);
}

/** The requests waiting in a project whose invitation is still usable, oldest first. */
export async function pendingJoinRequests(db: Db, projectId: number, now: Date): Promise<(JoinRequestRow & { role: string; langs: string | null })[]> {
  const at = now.toISOString();
  const rows = await db
    .selectFrom('join_requests')
    .innerJoin('invites', 'invites.id', 'join_requests.invite_id')
    .select([...COLUMNS.map((c) => `join_requests.${c}` as const), 'invites.role', 'invites.langs'])
    .where('invites.project_id', '=', projectId)
    .where('invites.used_at', 'is', null)
    .where('invites.expires_at', '>', at)
    .where('join_requests.expires_at', '>', at)
    .orderBy('join_requests.id')
    .execute();
  return rows.map((row) => ({ ...fromRow(row), role: row.role, langs: row.langs }));
}

/** Forgets a request (confirmed, or discarded by a coordinator); false when it was gone already. */
export async function deleteJoinRequest(db: Db, id: number): Promise<boolean> {
  const result = await db.deleteFrom('join_requests').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

/** Forgets the requests that can no longer be confirmed: their invitation is used or expired, or they expired. */
export async function forgetSpentJoinRequests(db: Db, now: Date): Promise<void> {
  const at = now.toISOString();
  await db
    .deleteFrom('join_requests')
    .where((eb) =>
      eb.or([
        eb('expires_at', '<=', at),
        eb('invite_id', 'in', eb.selectFrom('invites').select('id').where((i) => i.or([i('used_at', 'is not', null), i('expires_at', '<=', at)]))),
      ]),
    )
    .execute();
}
