import { createHash } from 'node:crypto';
import type { InviteCreated, InviteRequest, InviteView, JoinRequest, JoinRequested, JoinRequestView, PendingInviteView } from '@tessera/core/contract';
import type { Db } from '../db/connection.ts';
import type { UserRow } from '../db/schema.ts';
import { invitationMail, joinConfirmationMail } from '../mail/invitation.ts';
import { findUsableInvite, insertInvite, pendingInvites, useInvite, withdrawInvite, type InviteRow } from '../repositories/invites.ts';
import {
  deleteJoinRequest,
  findJoinRequestByToken,
  findJoinRequestInProject,
  forgetSpentJoinRequests,
  insertJoinRequest,
  pendingJoinRequests,
  type JoinRequestRow,
} from '../repositories/joinRequests.ts';
import { mailPreferencesOf } from '../repositories/mail.ts';
import { addMembership } from '../repositories/projects.ts';
import { findUserByEmail, findUserById, insertUser } from '../repositories/users.ts';
import { linkUrl } from './accountLinks.ts';
import { type Actor } from './actor.ts';
import { authorize } from './policy.ts';
import { newToken, startSession } from './auth.ts';
import { ServiceError } from './errors.ts';
import { queueAddressMail } from './mail.ts';
import { hashPassword } from './passwords.ts';
import { projectOrThrow } from './projects.ts';
import { limitedAttempt } from './signInLimit.ts';

const hashOf = (token: string) => createHash('sha256').update(token).digest('base64url');

/** How long the link confirming a request to join works (and never past its invitation). */
const JOIN_CONFIRMATION_MS = 2 * 86_400_000;

/** Where the links of invitation e-mails lead; null on a server that sends no e-mail. */
export type InviteMail = { publicUrl: URL } | null;

/** A coordinator invites someone: a single-use link, valid for some days, that gives a role on some languages; e-mailed when an address is given and the server sends e-mail. */
export async function createInvite(db: Db, actor: Actor, projectId: number, request: InviteRequest, mail: InviteMail): Promise<InviteCreated> {
  const project = await projectOrThrow(db, projectId);
  await authorize(db, actor, project.id, { do: 'coordinate' });
  const langs = request.langs ?? null;
  const unknown = (langs ?? []).filter((l) => !project.targetLangs.includes(l));
  if (unknown.length > 0) throw new ServiceError(400, 'language.not-found', `${project.name} is not being translated into ${unknown.join(', ')}.`);
  if (request.role === 'coordinator' && langs !== null) {
    throw new ServiceError(400, 'request.invalid', 'A coordinator’s role covers every language: invite without languages.');
  }
  const token = newToken();
  const path = `/invite/${token}`;
  const expiresAt = new Date(Date.now() + (request.expiresInDays ?? 7) * 86_400_000);
  const createdBy = actor.kind === 'user' ? actor.user.id : null;
  const email = request.email ?? null;
  const mailedTo = await db.transaction().execute(async (trx) => {
    const id = await insertInvite(trx, { tokenHash: hashOf(token), projectId: project.id, role: request.role, langs, createdBy, expiresAt, email });
    if (!mail || !email) return null;
    // Written in the invitation's language when mail exists in it, else in the coordinator's.
    const uiLang = langs?.[0] ?? (createdBy === null ? null : ((await mailPreferencesOf(trx, createdBy))?.ui_lang ?? null));
    const facts = { project: project.name, role: request.role, langs, link: linkUrl(mail.publicUrl, { path }), expiresAt: expiresAt.toISOString() };
    await queueAddressMail(trx, { key: `invite:${id}`, to: email, uiLang, content: (t) => invitationMail(t, facts) });
    return email;
  });
  return { token, path, expiresAt: expiresAt.toISOString(), mailedTo };
}

/** The project's invitations that wait to be used, for its coordinators. */
export async function listInvites(db: Db, actor: Actor, projectId: number): Promise<PendingInviteView[]> {
  const project = await projectOrThrow(db, projectId);
  await authorize(db, actor, project.id, { do: 'coordinate' });
  const rows = await pendingInvites(db, project.id, new Date());
  return rows.map((r) => ({ id: r.id, role: r.role, langs: r.langs, invitedBy: r.invitedBy, createdAt: r.createdAt, expiresAt: r.expiresAt, email: r.email }));
}

/** A coordinator withdraws a waiting invitation: its link answers 404 from then on, and whoever asked to join with it is turned down. */
export async function revokeInvite(db: Db, actor: Actor, projectId: number, inviteId: number): Promise<void> {
  const project = await projectOrThrow(db, projectId);
  await authorize(db, actor, project.id, { do: 'coordinate' });
  const withdrawn = await db.transaction().execute((trx) => withdrawInvite(trx, project.id, inviteId, new Date()));
  if (!withdrawn) throw new ServiceError(404, 'invite.not-found', 'This invitation was used already, has expired or was withdrawn.');
}

const inviteGone = () => new ServiceError(404, 'invite.not-found', 'This invitation was used already, has expired or was withdrawn. Ask the coordinator for a new link.');

/** The invitation of a link (or, for a request to join, of its id) while it can be used; otherwise 404 `invite.not-found`. */
async function usableInvite(db: Db, which: string | { id: number }): Promise<InviteRow> {
  const invite = await findUsableInvite(db, typeof which === 'string' ? { tokenHash: hashOf(which) } : which, new Date());
  if (!invite) throw inviteGone();
  return invite;
}

export async function describeInvite(db: Db, token: string): Promise<InviteView> {
  const invite = await usableInvite(db, token);
  const project = await projectOrThrow(db, invite.projectId);
  return { projectId: project.id, projectName: project.name, role: invite.role, langs: invite.langs, expiresAt: invite.expiresAt };
}

/** Gives the invitation's role to an account and uses the invitation up (404 when someone used it first, even in a race). */
async function takeInvite(db: Db, invite: InviteRow, userId: number): Promise<void> {
  if (!(await useInvite(db, invite.id, userId))) throw inviteGone();
  for (const lang of invite.langs ?? [null]) await addMembership(db, invite.projectId, userId, { role: invite.role, lang });
}

/** A signed-in person accepts: their account gets the role. The link works once. */
export async function acceptInvite(db: Db, actor: Actor, token: string): Promise<UserRow> {
  if (actor.kind === 'operator') throw new ServiceError(400, 'request.invalid', 'Invitations are accepted by people, not by the command line.');
  const invite = await usableInvite(db, token);
  await db.transaction().execute((trx) => takeInvite(trx, invite, actor.user.id));
  return actor.user;
}

/**
 * Someone signed out accepts with a name, an e-mail address and a password. Nothing is decided
 * yet: the request waits until the address is confirmed — by the link e-mailed to it, or by a
 * coordinator on a server that sends no e-mail. The answer, and the work done before it, are the
 * same whether or not the address has an account; only the e-mail, which only the address's owner
 * reads, says which. Counted within the sign-in limits (per client address and per e-mail); a
 * second request by the same address with the same invitation changes nothing and sends nothing.
 */
export async function askToJoin(db: Db, token: string, request: JoinRequest, address: string | undefined, mail: InviteMail): Promise<JoinRequested> {
  const invite = await usableInvite(db, token);
  const project = await projectOrThrow(db, invite.projectId);
  const answer: JoinRequested = { email: request.email, confirmedBy: mail ? 'mail' : 'coordinator' };
  await limitedAttempt(db, { address, email: request.email }, async () => {
    const [found, passwordHash] = await Promise.all([findUserByEmail(db, request.email), hashPassword(request.password)]);
    const confirmation = newToken();
    const now = new Date();
    await db.transaction().execute(async (trx) => {
      const expiresAt = new Date(Math.min(now.getTime() + JOIN_CONFIRMATION_MS, Date.parse(invite.expiresAt)));
      const values = { inviteId: invite.id, tokenHash: hashOf(confirmation), email: request.email, name: request.name, passwordHash, uiLang: request.uiLang ?? null, createdAt: now, expiresAt };
      const id = await insertJoinRequest(trx, values);
      if (id === undefined || !mail) return;
      const facts = { project: project.name, role: invite.role, langs: invite.langs, link: linkUrl(mail.publicUrl, { path: `/join/${confirmation}` }), hasAccount: found !== undefined };
      await queueAddressMail(trx, { key: `join:${id}`, to: request.email, uiLang: request.uiLang ?? null, content: (t) => joinConfirmationMail(t, facts) });
    });
    await forgetSpentJoinRequests(db, now);
    // Counted as an attempt whatever happened: asking is not proof of anything.
    return undefined;
  });
  return answer;
}

/** Carries a request out: the address's account, or a new one made with the request's name and password, gets the role. */
async function completeJoin(db: Db, request: JoinRequestRow): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const invite = await usableInvite(trx, { id: request.inviteId });
    const found = await findUserByEmail(trx, request.email);
    const userId = found?.id ?? (await insertUser(trx, { email: request.email, name: request.name, passwordHash: request.passwordHash, canCreateProjects: false }));
    await takeInvite(trx, invite, userId);
    await deleteJoinRequest(trx, request.id);
    return userId;
  });
}

/** The link e-mailed to the address: the request is carried out and its account signed in. */
export async function confirmJoin(db: Db, token: string): Promise<{ user: UserRow; sessionToken: string }> {
  const request = await findJoinRequestByToken(db, hashOf(token), new Date());
  if (!request) throw new ServiceError(404, 'join.not-found', 'This confirmation link was used already or has expired. Open the invitation again to ask anew.');
  const userId = await completeJoin(db, request);
  return { user: (await findUserById(db, userId))!, sessionToken: await startSession(db, userId) };
}

export async function listJoinRequests(db: Db, actor: Actor, projectId: number): Promise<JoinRequestView[]> {
  await authorize(db, actor, projectId, { do: 'coordinate' });
  const rows = await pendingJoinRequests(db, projectId, new Date());
  return rows.map((r) => ({ id: r.id, name: r.name, email: r.email, role: r.role as JoinRequestView['role'], langs: r.langs === null ? null : (JSON.parse(r.langs) as string[]), createdAt: r.createdAt }));
}

async function joinRequestOrThrow(db: Db, actor: Actor, projectId: number, requestId: number): Promise<JoinRequestRow> {
  await authorize(db, actor, projectId, { do: 'coordinate' });
  const request = await findJoinRequestInProject(db, projectId, requestId, new Date());
  if (!request) throw new ServiceError(404, 'join.not-found', 'This request to join was confirmed, turned down or has expired.');
  return request;
}

/** A coordinator vouches for a request (on a server without e-mail, the only way it is confirmed); nobody is signed in. */
export async function approveJoinRequest(db: Db, actor: Actor, projectId: number, requestId: number): Promise<void> {
  await completeJoin(db, await joinRequestOrThrow(db, actor, projectId, requestId));
}

export async function discardJoinRequest(db: Db, actor: Actor, projectId: number, requestId: number): Promise<void> {
  const request = await joinRequestOrThrow(db, actor, projectId, requestId);
  await deleteJoinRequest(db, request.id);
}

