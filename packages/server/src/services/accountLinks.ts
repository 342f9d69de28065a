import { createHash } from 'node:crypto';
import type { Db } from '../db/connection.ts';
import type { UserRow } from '../db/schema.ts';
import { findAccountLink, insertAccountLink, retireAccountLinks, useAccountLink, type AccountLinkPurpose, type AccountLinkRow } from '../repositories/accountLinks.ts';
import { deleteSessionsOf } from '../repositories/sessions.ts';
import { countUsers, findUserByEmail, findUserById, insertUser, updateUser } from '../repositories/users.ts';
import { newToken, startSession } from './auth.ts';
import { ServiceError } from './errors.ts';
import { hashPassword } from './passwords.ts';

const hashOf = (token: string) => createHash('sha256').update(token).digest('base64url');

const HOUR = 3_600_000;
/** How long each kind of link works. */
const LIFETIME: Record<AccountLinkPurpose, number> = { setup: HOUR, reset: HOUR, 'set-password': 7 * 24 * HOUR };
/** The web page each kind of link opens. */
const PAGE: Record<AccountLinkPurpose, string> = { setup: '/setup', reset: '/reset-password', 'set-password': '/reset-password' };

export interface AccountLink {
  token: string;
  /** The path of the page that takes the token (join it to the public URL). */
  path: string;
  expiresAt: string;
}

/** A link's address under the public URL. */
export function linkUrl(publicUrl: URL, link: Pick<AccountLink, 'path'>): string {
  return new URL(link.path.replace(/^\//, ''), publicUrl.href.endsWith('/') ? publicUrl : new URL(`${publicUrl.href}/`)).href;
}

async function newLink(db: Db, purpose: AccountLinkPurpose, userId: number | null): Promise<AccountLink> {
  const token = newToken();
  const expiresAt = new Date(Date.now() + LIFETIME[purpose]);
  await db.transaction().execute(async (trx) => {
    await retireAccountLinks(trx, purpose, userId);
    await insertAccountLink(trx, { tokenHash: hashOf(token), purpose, userId, expiresAt });
  });
  return { token, path: `${PAGE[purpose]}/${token}`, expiresAt: expiresAt.toISOString() };
}

/**
 * The link where the first coordinator of an empty database makes their account (an hour,
 * once); a new one replaces an unused earlier one. Null when the database has accounts.
 */
export async function createSetupLink(db: Db): Promise<AccountLink | null> {
  if ((await countUsers(db)) > 0) return null;
  return newLink(db, 'setup', null);
}

/** A single-use link (an hour) where the user chooses a new password; for a coordinator to pass on, or for the mail to send. */
export function createPasswordResetLink(db: Db, userId: number): Promise<AccountLink> {
  return newLink(db, 'reset', userId);
}

/** A single-use link (a week) where an account made by the command line gets its first password. */
export function createSetPasswordLink(db: Db, userId: number): Promise<AccountLink> {
  return newLink(db, 'set-password', userId);
}

/** The link of a token when it still works; otherwise 404 `link.not-found`, 410 `link.used` or 410 `link.expired`. */
async function usableLink(db: Db, token: string, purposes: readonly AccountLinkPurpose[]): Promise<AccountLinkRow> {
  const link = await findAccountLink(db, hashOf(token));
  if (!link || !purposes.includes(link.purpose)) throw new ServiceError(404, 'link.not-found', 'This link does not exist. Check that it was copied whole.');
  if (link.usedAt !== null) throw new ServiceError(410, 'link.used', 'This link was used already: each link works once. Ask for a new one.');
  if (link.expiresAt <= new Date().toISOString()) throw new ServiceError(410, 'link.expired', 'This link has expired. Ask for a new one.');
  return link;
}

/** Marks the link used inside `trx`; a link used meanwhile answers as a used link. */
async function spend(trx: Db, token: string, link: AccountLinkRow, purposes: readonly AccountLinkPurpose[]): Promise<void> {
  if (!(await useAccountLink(trx, link.id))) await usableLink(trx, token, purposes);
}

const PASSWORD_LINKS = ['reset', 'set-password'] as const;

/** What a link's page shows before it is used: its purpose, and for a password link whose account it is. */
export async function describeAccountLink(db: Db, token: string): Promise<{ purpose: AccountLinkPurpose; email: string | null; name: string | null; expiresAt: string }> {
  const link = await usableLink(db, token, ['setup', ...PASSWORD_LINKS]);
  const user = link.userId === null ? undefined : await findUserById(db, link.userId);
  return { purpose: link.purpose, email: user?.email ?? null, name: user?.name ?? null, expiresAt: link.expiresAt };
}

/**
 * The first coordinator makes their account with the setup link: it may create projects. Refused
 * (409 `setup.done`) once the database has an account. Returns the user and a new session.
 */
export async function completeSetup(db: Db, token: string, person: { name: string; email: string; password: string }): Promise<{ user: UserRow; sessionToken: string }> {
  const link = await usableLink(db, token, ['setup']);
  const passwordHash = await hashPassword(person.password);
  const userId = await db.transaction().execute(async (trx) => {
    if ((await countUsers(trx)) > 0) throw new ServiceError(409, 'setup.done', 'This server has its first account already. Sign in, or ask its coordinator for an invitation.');
    await spend(trx, token, link, ['setup']);
    return insertUser(trx, { name: person.name.trim(), email: person.email, passwordHash, canCreateProjects: true });
  });
  const user = (await findUserById(db, userId))!;
  return { user, sessionToken: await startSession(db, user.id) };
}

/** Sets the password of the link's account, signs out all its sessions and signs it in anew. */
export async function setPasswordByLink(db: Db, token: string, password: string): Promise<{ user: UserRow; sessionToken: string }> {
  const link = await usableLink(db, token, PASSWORD_LINKS);
  const passwordHash = await hashPassword(password);
  await db.transaction().execute(async (trx) => {
    await spend(trx, token, link, PASSWORD_LINKS);
    await updateUser(trx, link.userId!, { passwordHash });
    await deleteSessionsOf(trx, link.userId!);
  });
  const user = (await findUserById(db, link.userId!))!;
  return { user, sessionToken: await startSession(db, user.id) };
}

/** The reset link of an address's account, or null when the address has none (the caller answers alike). */
export async function resetLinkForEmail(db: Db, email: string): Promise<{ user: UserRow; link: AccountLink } | null> {
  const user = await findUserByEmail(db, email);
  return user ? { user, link: await createPasswordResetLink(db, user.id) } : null;
}
