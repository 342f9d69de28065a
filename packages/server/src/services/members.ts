import type { MemberView, PasswordLinkCreated } from '@tessera/core/contract';
import type { Db } from '../db/connection.ts';
import { membersOf } from '../repositories/members.ts';
import { type Actor } from './actor.ts';
import { createPasswordResetLink } from './accountLinks.ts';
import { notFound } from './errors.ts';
import { authorize, authorizeOverAccount } from './policy.ts';
import { projectOrThrow } from './projects.ts';

export async function listMembers(db: Db, actor: Actor, projectId: number): Promise<MemberView[]> {
  const project = await projectOrThrow(db, projectId);
  await authorize(db, actor, project.id, { do: 'coordinate' });
  return membersOf(db, project.id);
}

/**
 * A member forgot their password on a server that sends no e-mail: their coordinator makes the
 * single-use link (an hour) where they choose a new one, and passes it on. Only for a member of
 * this project over whose account the coordinator may act (see authorizeOverAccount).
 */
export async function memberPasswordLink(db: Db, actor: Actor, projectId: number, userId: number): Promise<PasswordLinkCreated> {
  const project = await projectOrThrow(db, projectId);
  await authorize(db, actor, project.id, { do: 'coordinate' });
  if (!(await membersOf(db, project.id)).some((m) => m.userId === userId)) throw notFound('member');
  await authorizeOverAccount(db, actor, userId);
  const link = await createPasswordResetLink(db, userId);
  return { path: link.path, expiresAt: link.expiresAt };
}
