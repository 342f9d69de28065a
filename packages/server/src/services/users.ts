import type { ProjectRole } from '@tessera/core';
import type { Db } from '../db/connection.ts';
import type { UserRow } from '../db/schema.ts';
import { addMembership } from '../repositories/projects.ts';
import { countUsers, findUserByEmail, insertUser, listUsers, updateUser } from '../repositories/users.ts';
import { createSetPasswordLink, type AccountLink } from './accountLinks.ts';
import { newToken } from './auth.ts';
import { ServiceError } from './errors.ts';
import { hashPassword } from './passwords.ts';
import { projectOrThrow } from './projects.ts';
import { requireStorableText } from './storableText.ts';

/** The account of an address, or 404 `user.not-found`. */
export async function userByEmail(db: Db, email: string): Promise<UserRow> {
  const user = await findUserByEmail(db, email);
  if (!user) throw new ServiceError(404, 'user.not-found', `No account has the e-mail address ${email.trim()}. \`tessera user list\` shows them.`);
  return user;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function checkedEmail(email: string): string {
  const trimmed = email.trim().toLowerCase();
  if (!EMAIL.test(trimmed) || trimmed.length > 200) throw new ServiceError(400, 'user.email-invalid', `“${email}” is not an e-mail address.`);
  return trimmed;
}

/**
 * Makes an account without a password (no password signs in to it) and returns the single-use
 * link where its owner chooses one. Refused (409 `user.exists`) for an address with an account.
 */
export async function addUser(db: Db, person: { email: string; name: string; canCreateProjects: boolean }): Promise<{ user: UserRow; link: AccountLink }> {
  const email = checkedEmail(person.email);
  const name = person.name.trim();
  if (name === '') throw new ServiceError(400, 'user.name-empty', 'Give the person’s name.');
  requireStorableText(name, { field: 'name' });
  if (await findUserByEmail(db, email)) throw new ServiceError(409, 'user.exists', `${email} has an account already. \`tessera user reset-link --email ${email}\` makes a link to choose a new password.`);
  const id = await insertUser(db, { email, name, passwordHash: await hashPassword(newToken()), canCreateProjects: person.canCreateProjects });
  const user = (await findUserByEmail(db, email))!;
  return { user, link: await createSetPasswordLink(db, id) };
}

export { listUsers, countUsers };

export async function setCanCreateProjects(db: Db, email: string, allowed: boolean): Promise<UserRow> {
  const user = await userByEmail(db, email);
  await updateUser(db, user.id, { canCreateProjects: allowed });
  return { ...user, can_create_projects: allowed ? 1 : 0 };
}

/** The accounts that may create projects: those a project made without a named owner could have. */
export async function projectCreators(db: Db): Promise<UserRow[]> {
  return (await listUsers(db)).filter((u) => u.can_create_projects === 1);
}

/** Gives an account a role in a project (on one language, or on all). */
export async function addMember(db: Db, projectNameOrId: string | number, email: string, role: ProjectRole, lang: string | null): Promise<{ user: UserRow; projectName: string }> {
  const project = await projectOrThrow(db, projectNameOrId);
  const user = await userByEmail(db, email);
  if (role === 'coordinator' && lang !== null) throw new ServiceError(400, 'request.invalid', 'A coordinator’s role covers every language: add a coordinator without a language.');
  if (lang !== null && !project.targetLangs.includes(lang)) throw new ServiceError(400, 'language.not-found', `${project.name} is not being translated into ${lang}.`);
  await addMembership(db, project.id, user.id, { role, lang });
  return { user, projectName: project.name };
}
