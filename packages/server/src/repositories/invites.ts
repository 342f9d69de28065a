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
export async function findUsableInvite(db: Db, tokenHash: string, now: Date): Promise<InviteRow | undefined> {
  const row = await db
    .selectFrom('invites')
    .select(['id', 'project_id', 'role', 'langs', 'expires_at'])
    .where('token_hash', '=', tokenHash)
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
