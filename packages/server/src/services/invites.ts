import { createHash } from 'node:crypto';
import type { AcceptInviteRequest, InviteCreated, InviteRequest, InviteView } from '@tessera/core/contract';
import type { Db } from '../db/connection.ts';
import type { UserRow } from '../db/schema.ts';
import { findUsableInvite, insertInvite, useInvite, type InviteRow } from '../repositories/invites.ts';
import { addMembership } from '../repositories/projects.ts';
import { findUserByEmail, findUserById, insertUser } from '../repositories/users.ts';
import { requireCoordinator, type Actor } from './actor.ts';
import { newToken, startSession } from './auth.ts';
import { ServiceError } from './errors.ts';
import { hashPassword } from './passwords.ts';
import { projectOrThrow } from './projects.ts';

const hashOf = (token: string) => createHash('sha256').update(token).digest('base64url');

/** A coordinator invites someone: a single-use link, valid for some days, that gives a role on some languages. */
export async function createInvite(db: Db, actor: Actor, projectId: number, request: InviteRequest): Promise<InviteCreated> {
  const project = await projectOrThrow(db, projectId);
  await requireCoordinator(db, actor, project.id);
  const unknown = (request.langs ?? []).filter((l) => !project.targetLangs.includes(l));
  if (unknown.length > 0) throw new ServiceError(400, 'language.not-found', `${project.name} is not being translated into ${unknown.join(', ')}.`);
  if (request.role === 'coordinator' && request.langs !== null) {
    throw new ServiceError(400, 'request.invalid', 'A coordinator’s role covers every language: invite without languages.');
  }
  const token = newToken();
  const expiresAt = new Date(Date.now() + (request.expiresInDays ?? 7) * 86_400_000);
  await insertInvite(db, { tokenHash: hashOf(token), projectId: project.id, role: request.role, langs: request.langs, createdBy: actor.kind === 'user' ? actor.user.id : null, expiresAt });
  return { token, path: `/invite/${token}`, expiresAt: expiresAt.toISOString() };
}

async function usableInvite(db: Db, token: string): Promise<InviteRow> {
  const invite = await findUsableInvite(db, hashOf(token), new Date());
  if (!invite) throw new ServiceError(404, 'invite.not-found', 'This invitation was used already or has expired. Ask the coordinator for a new link.');
  return invite;
}

export async function describeInvite(db: Db, token: string): Promise<InviteView> {
  const invite = await usableInvite(db, token);
  const project = await projectOrThrow(db, invite.projectId);
  return { projectId: project.id, projectName: project.name, role: invite.role, langs: invite.langs, expiresAt: invite.expiresAt };
}

/**
 * Accepts an invitation: a signed-in user gets the role; a newcomer creates an account with it
 * (and is signed in). The link works once.
 */
export async function acceptInvite(db: Db, actor: Actor | null, token: string, request: AcceptInviteRequest): Promise<{ user: UserRow; sessionToken: string | null }> {
  const invite = await usableInvite(db, token);
  if (!actor && (!request.name || !request.email || !request.password)) {
    throw new ServiceError(400, 'invite.account-needed', 'To accept, give your name, e-mail and a password of at least 10 characters — or sign in first if you have an account.');
  }
  if (!actor && (await findUserByEmail(db, request.email!))) {
    throw new ServiceError(409, 'invite.account-exists', 'An account with this e-mail exists already: sign in, then open the invitation link again.');
  }
  const passwordHash = actor ? null : await hashPassword(request.password!);
  const userId = await db.transaction().execute(async (trx) => {
    const id =
      actor?.kind === 'user'
        ? actor.user.id
        : actor
          ? null
          : await insertUser(trx, { email: request.email!, name: request.name!, passwordHash: passwordHash!, canCreateProjects: false });
    if (id === null) throw new ServiceError(400, 'request.invalid', 'Invitations are accepted by people, not by the command line.');
    if (!(await useInvite(trx, invite.id, id))) await usableInvite(trx, token); // lost a race: answers 404
    for (const lang of invite.langs ?? [null]) await addMembership(trx, invite.projectId, id, { role: invite.role, lang });
    return id;
  });
  const user = (await findUserById(db, userId))!;
  return { user, sessionToken: actor ? null : await startSession(db, user.id) };
}
