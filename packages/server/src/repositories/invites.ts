import type { Db } from '../db/connection.ts';
import type { ProjectRole } from '@tessera/core';

export interface InviteRow {
  id: number;
  projectId: number;
  role: ProjectRole;
  langs: string[] | null;
  expiresAt: string;
}

export async function insertInvite(
  db: Db,
  invite: { tokenHash: string; projectId: number; role: ProjectRole; langs: string[] | null; createdBy: number | null; expiresAt: Date; email: string | null },
): Promise<number> {
  const row = await db
    .insertInto('invites')
    .values({
      token_hash: invite.tokenHash,
      project_id: invite.projectId,
      role: invite.role,
      langs: invite.langs === null ? null : JSON.stringify(invite.langs),
      created_by: invite.createdBy,
      created_at: new Date().toISOString(),
      expires_at: invite.expiresAt.toISOString(),
      email: invite.email,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** An invitation that is neither used nor expired. */
export async function findUsableInvite(db: Db, which: { tokenHash: string } | { id: number }, now: Date): Promise<InviteRow | undefined> {
  const row = await db
    .selectFrom('invites')
    .select(['id', 'project_id', 'role', 'langs', 'expires_at'])
    .where((eb) => ('id' in which ? eb('id', '=', which.id) : eb('token_hash', '=', which.tokenHash)))
    .where('used_at', 'is', null)
    .where('expires_at', '>', now.toISOString())
    .executeTakeFirst();
  return row && { id: row.id, projectId: row.project_id, role: row.role, langs: row.langs === null ? null : (JSON.parse(row.langs) as string[]), expiresAt: row.expires_at };
}

/** Marks the invitation used; false when someone else used it first (single use, even under a race). */
export async function useInvite(db: Db, id: number, userId: number): Promise<boolean> {
  const result = await db
    .updateTable('invites')
    .set({ used_at: new Date().toISOString(), used_by: userId })
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** A waiting invitation as its project's coordinators see it. */
export interface PendingInviteRow extends InviteRow {
  invitedBy: string | null;
  createdAt: string;
  email: string | null;
}

/** The project's invitations that are neither used nor expired, the newest first. */
export async function pendingInvites(db: Db, projectId: number, now: Date): Promise<PendingInviteRow[]> {
  const rows = await db
    .selectFrom('invites')
    .leftJoin('users', 'users.id', 'invites.created_by')
    .select(['invites.id', 'invites.project_id', 'invites.role', 'invites.langs', 'invites.created_at', 'invites.expires_at', 'invites.email', 'users.name as invited_by'])
    .where('invites.project_id', '=', projectId)
    .where('invites.used_at', 'is', null)
    .where('invites.expires_at', '>', now.toISOString())
    .orderBy('invites.id', 'desc')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    projectId: row.project_id,
    role: row.role,
    langs: row.langs === null ? null : (JSON.parse(row.langs) as string[]),
    expiresAt: row.expires_at,
    createdAt: row.created_at,
    email: row.email,
    invitedBy: row.invited_by,
  }));
}

/**
 * Withdraws a waiting invitation of the project: its requests to join and the mail not yet sent
 * about it or them go with it. False when there is no such invitation (used, expired, withdrawn, or
 * of another project).
 */
export async function withdrawInvite(db: Db, projectId: number, inviteId: number, now: Date): Promise<boolean> {
  const found = await db
    .selectFrom('invites')
    .select('id')
    .where('id', '=', inviteId)
    .where('project_id', '=', projectId)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now.toISOString())
    .executeTakeFirst();
  if (!found) return false;
  const requests = await db.selectFrom('join_requests').select('id').where('invite_id', '=', inviteId).execute();
  const mailKeys = [`invite:${inviteId}`, ...requests.map((r) => `join:${r.id}`)];
  await db.deleteFrom('mail_outbox').where('key', 'in', mailKeys).where('sent_at', 'is', null).execute();
  await db.deleteFrom('join_requests').where('invite_id', '=', inviteId).execute();
  const result = await db.deleteFrom('invites').where('id', '=', inviteId).where('used_at', 'is', null).executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}
