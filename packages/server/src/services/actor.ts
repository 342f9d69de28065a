import { mayCoordinate, mayOnLanguage, type LanguageAction, type Membership } from '@tessera/core';
import type { Db } from '../db/connection.ts';
import type { UserRow } from '../db/schema.ts';
import { findProject, findProjectWithMemberships, membershipsOf, type ProjectRow } from '../repositories/projects.ts';
import { forbidden, ServiceError } from './errors.ts';

/**
 * Who is acting: a signed-in user (whose memberships decide), or the command line run by someone
 * with access to the data folder (who may do everything, and is named in the history).
 */
export type Actor = { kind: 'user'; user: UserRow } | { kind: 'operator'; name: string };

export function actorName(actor: Actor): string {
  return actor.kind === 'user' ? actor.user.name : actor.name;
}

const OPERATOR: Membership[] = [{ role: 'coordinator', lang: null }];

export async function membershipsFor(db: Db, actor: Actor, projectId: number): Promise<Membership[]> {
  return actor.kind === 'operator' ? OPERATOR : membershipsOf(db, actor.user.id, projectId);
}

export async function requireOnLanguage(db: Db, actor: Actor, projectId: number, action: LanguageAction, lang: string): Promise<Membership[]> {
  return checkOnLanguage(await membershipsFor(db, actor, projectId), action, lang);
}

/** The memberships when they allow `action` on `lang`; otherwise 404 (not a member) or 403. */
export function checkOnLanguage(memberships: Membership[], action: LanguageAction, lang: string): Membership[] {
  if (memberships.length === 0) throw new ServiceError(404, 'project.not-found', 'No such project.');
  if (!mayOnLanguage(memberships, action, lang)) {
    throw forbidden(`Your role in this project does not allow you to ${action} ${lang}. Ask a coordinator for access.`);
  }
  return memberships;
}

export async function requireCoordinator(db: Db, actor: Actor, projectId: number): Promise<void> {
  const memberships = await membershipsFor(db, actor, projectId);
  if (memberships.length === 0) throw new ServiceError(404, 'project.not-found', 'No such project.');
  if (!mayCoordinate(memberships)) throw forbidden('Only a coordinator of this project may do this.');
}

/** The project and the actor's memberships in it, read together. */
export async function projectForActor(db: Db, actor: Actor, projectId: number): Promise<{ project: ProjectRow; memberships: Membership[] }> {
  if (actor.kind === 'operator') {
    const project = await findProject(db, projectId);
    if (!project) throw new ServiceError(404, 'project.not-found', 'No such project.');
    return { project, memberships: OPERATOR };
  }
  const found = await findProjectWithMemberships(db, projectId, actor.user.id);
  if (!found) throw new ServiceError(404, 'project.not-found', 'No such project.');
  return found;
}
