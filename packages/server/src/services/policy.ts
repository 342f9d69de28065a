import { can, type AccountRight, type Membership, type ProjectAction } from '@tessera/core';
import type { Db } from '../db/connection.ts';
import { findProject, findProjectWithMemberships, membershipsOf, projectsCoordinatedBy, projectsWithRolesOf, type ProjectRow } from '../repositories/projects.ts';
import type { Actor } from './actor.ts';
import { forbidden, notFound } from './errors.ts';

/**
 * Who may do what, decided in one place: every service asks here, and every refusal for access
 * comes from here — 404 `project.not-found` to someone who is not a member (the project's
 * existence is not told), 403 `auth.forbidden` to a member whose role does not allow the action.
 * The rule itself is core's `can`; the command line (the operator) may do everything.
 */

const OPERATOR: Membership[] = [{ role: 'coordinator', lang: null }];

const REFUSAL: Record<ProjectAction['do'], (action: ProjectAction) => string> = {
  see: () => 'No such project.',
  coordinate: () => 'Only a coordinator of this project may do this.',
  read: (a) => refusalOn(a),
  translate: (a) => refusalOn(a),
  review: (a) => refusalOn(a),
};
const refusalOn = (action: ProjectAction) =>
  'lang' in action ? `Your role in this project does not allow you to ${action.do} ${action.lang}. Ask a coordinator for access.` : 'Your role in this project does not allow this.';

export async function membershipsFor(db: Db, actor: Actor, projectId: number): Promise<Membership[]> {
  return actor.kind === 'operator' ? OPERATOR : membershipsOf(db, actor.user.id, projectId);
}

/** The memberships when they allow `action`; otherwise the refusal (404 to a non-member, else 403). */
export function allow(memberships: Membership[], action: ProjectAction): Membership[] {
  if (!can(memberships, { do: 'see' })) throw notFound('project');
  if (!can(memberships, action)) throw forbidden(REFUSAL[action.do](action));
  return memberships;
}

/** The actor's memberships in the project, when they allow `action`. */
export async function authorize(db: Db, actor: Actor, projectId: number, action: ProjectAction): Promise<Membership[]> {
  return allow(await membershipsFor(db, actor, projectId), action);
}

/** The project and the actor's memberships in it, read together; 404 when it is none of theirs. */
export async function projectForActor(db: Db, actor: Actor, projectId: number): Promise<{ project: ProjectRow; memberships: Membership[] }> {
  if (actor.kind === 'operator') {
    const project = await findProject(db, projectId);
    if (!project) throw notFound('project');
    return { project, memberships: OPERATOR };
  }
  const found = await findProjectWithMemberships(db, projectId, actor.user.id);
  if (!found) throw notFound('project');
  return found;
}

/** Which languages' news an open editor of the project may receive (a language-less event: everyone's). */
export async function languageReader(db: Db, actor: Actor, projectId: number): Promise<(lang: string | null) => boolean> {
  const memberships = await authorize(db, actor, projectId, { do: 'see' });
  return (lang) => lang === null || can(memberships, { do: 'read', lang });
}

/**
 * Whether the actor may act on another person's account (make a link that sets its password): the
 * operator may; a coordinator only for an account whose every role is in a project they coordinate
 * and that may not create projects — so nobody gains through it more than they hold already.
 */
export async function authorizeOverAccount(db: Db, actor: Actor, userId: number): Promise<void> {
  if (actor.kind === 'operator') return;
  if (actor.user.id === userId) throw forbidden('Change your own password on My account.');
  const [theirs, coordinated] = await Promise.all([projectsWithRolesOf(db, userId), projectsCoordinatedBy(db, actor.user.id)]);
  if (theirs.mayCreateProjects || theirs.projectIds.some((id) => !coordinated.has(id))) {
    throw forbidden('This person also works in projects you do not coordinate, or may create projects: they ask for a link on the sign-in page, or whoever runs the server makes one.');
  }
}

const ACCOUNT_REFUSAL: Record<AccountRight, string> = {
  'create-projects': 'Your account may not create projects. Ask a coordinator to create it or to give you that right.',
  'add-to-memory': 'Only coordinators who create projects may add to the shared translation memory.',
  'export-all-memory': 'Only the command line exports the memory of every project.',
};

/** A right outside projects: the operator has every one; an account, those that come with the right to create projects. */
export function authorizeAccount(actor: Actor, right: AccountRight): void {
  if (actor.kind === 'operator') return;
  if (right === 'export-all-memory' || actor.user.can_create_projects !== 1) throw forbidden(ACCOUNT_REFUSAL[right]);
}
