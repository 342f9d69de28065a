import { createHash } from 'node:crypto';
import type { AcceptInviteRequest, InviteCreated, InviteRequest, InviteView } from '@tessera/core/contract';
import type { Db } from '../db/connection.ts';
import type { UserRow } from '../db/schema.ts';
import { findUsableInvite, insertInvite, useInvite, type InviteRow } from '../repositories/invites.ts';
import { addMembership } from '../repositories/projects.ts';
import { findUserByEmail, findUserById, insertUser } from '../repositories/users.ts';
import { requireCoordinator, type Actor } from './actor.ts';
import { badCredentials, newToken, startSession } from './auth.ts';
import { ServiceError } from './errors.ts';
import { hashPassword, verifyPasswordOf } from './passwords.ts';
import { limitedAttempt } from './signInLimit.ts';
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
 * Accepts an invitation. A signed-in user gets the role. Someone signed out gives a name, an
 * e-mail address and a password: when the address has an account and the password is its
 * password, that account gets the role; when the address has none, a new account is made with
 * it. Either way they are signed in, and the answer is the same. An address whose account has
 * another password is refused exactly as a wrong sign-in is (401 `auth.bad-credentials`), within
 * the sign-in limits, after the same work. The link works once.
 */
export async function acceptInvite(
  db: Db,
  actor: Actor | null,
  token: string,
  request: AcceptInviteRequest,
  address: string | undefined,
): Promise<{ user: UserRow; sessionToken: string | null }> {
  const invite = await usableInvite(db, token);
  if (actor?.kind === 'operator') throw new ServiceError(400, 'request.invalid', 'Invitations are accepted by people, not by the command line.');
  const account: Account = actor ? { kind: 'existing', user: actor.user } : await signedOutAccount(db, request, address);
  const userId = await db.transaction().execute(async (trx) => {
    const id = account.kind === 'existing' ? account.user.id : await insertUser(trx, { ...account.newcomer, canCreateProjects: false });
    if (!(await useInvite(trx, invite.id, id))) await usableInvite(trx, token); // lost a race: answers 404
    for (const lang of invite.langs ?? [null]) await addMembership(trx, invite.projectId, id, { role: invite.role, lang });
    return id;
  });
  const user = (await findUserById(db, userId))!;
  return { user, sessionToken: actor ? null : await startSession(db, user.id) };
}

type Account = { kind: 'existing'; user: UserRow } | { kind: 'new'; newcomer: { email: string; name: string; passwordHash: string } };

/** The account a signed-out person accepts with (see `accountToAccept`), checked within the sign-in limits. */
async function signedOutAccount(db: Db, { name, email, password }: AcceptInviteRequest, address: string | undefined): Promise<Account> {
  if (!name || !email || !password) {
    throw new ServiceError(400, 'invite.account-needed', 'To accept, give your name, e-mail and a password of at least 10 characters — or, if you have an account, sign in first.');
  }
  const account = await limitedAttempt(db, { address, email }, () => accountToAccept(db, { name, email, password }));
  if (!account) throw badCredentials();
  return account;
}

/**
 * Whose account accepts: the address's own, when the password is its password; a new one, when
 * the address has none; undefined when its account has another password. Each way checks the
 * password against a hash and hashes it, so the time taken does not tell which it was.
 */
async function accountToAccept(db: Db, person: { name: string; email: string; password: string }): Promise<Account | undefined> {
  const found = await findUserByEmail(db, person.email);
  const [matches, passwordHash] = await Promise.all([verifyPasswordOf(person.password, found?.password_hash), hashPassword(person.password)]);
  if (!found) return { kind: 'new', newcomer: { email: person.email, name: person.name, passwordHash } };
  return matches ? { kind: 'existing', user: found } : undefined;
}
