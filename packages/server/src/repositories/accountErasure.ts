import { creditsWithErasedNames, escapeHtml, replaceMentionsOf, type CoordinatedProject, type FrozenCredit } from '@tessera/core';
import type { Db } from '../db/connection.ts';
import type { UserRow } from '../db/schema.ts';

/** What an erased account becomes: the name its work is shown under, an address nobody has, a password nobody knows. */
export interface ErasedIdentity {
  shownAs: string;
  email: string;
  passwordHash: string;
}

/** The projects a user coordinates, each with its number of coordinators. */
export async function coordinatedProjects(db: Db, userId: number): Promise<CoordinatedProject[]> {
  const rows = await db
    .selectFrom('memberships as mine')
    .innerJoin('projects as p', 'p.id', 'mine.project_id')
    .innerJoin('memberships as all', (join) => join.onRef('all.project_id', '=', 'mine.project_id').on('all.role', '=', 'coordinator'))
    .select(['p.id', 'p.name', (eb) => eb.fn.count<number>('all.user_id').distinct().as('coordinators')])
    .where('mine.user_id', '=', userId)
    .where('mine.role', '=', 'coordinator')
    .groupBy(['p.id', 'p.name'])
    .execute();
  return rows.map((r) => ({ projectId: r.id, name: r.name, coordinators: Number(r.coordinators) }));
}

/**
 * The projects a user took part in: where they are a member, wrote or published something,
 * or which they created. The history names people by name only, so an erasure renames that
 * name in these projects alone (never in a project where someone else of the same name works).
 */
export async function projectsOfUser(db: Db, userId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('memberships')
    .select('project_id')
    .where('user_id', '=', userId)
    .union(db.selectFrom('translations as t').innerJoin('units as u', 'u.id', 't.unit_id').select('u.project_id').where('t.author_id', '=', userId))
    .union(db.selectFrom('comments').select('project_id').where('author_id', '=', userId))
    .union(db.selectFrom('suggestions as s').innerJoin('units as u', 'u.id', 's.unit_id').select('u.project_id').where('s.author_id', '=', userId))
    .union(db.selectFrom('publications').select('project_id').where('published_by', '=', userId))
    .union(db.selectFrom('projects').select('id as project_id').where('created_by', '=', userId))
    .execute();
  return rows.map((r) => r.project_id);
}

/** The rows that name the user by id: their own account, comments, suggestions, credits. */
async function eraseOwnRows(db: Db, user: UserRow, erased: ErasedIdentity): Promise<void> {
  await db.updateTable('users').set({ name: erased.shownAs, email: erased.email, password_hash: erased.passwordHash, can_create_projects: 0 }).where('id', '=', user.id).execute();
  await db.updateTable('comments').set({ author: erased.shownAs }).where('author_id', '=', user.id).execute();
  await db.updateTable('suggestions').set({ author: erased.shownAs }).where('author_id', '=', user.id).execute();
  await db.updateTable('publication_credits').set({ name: erased.shownAs }).where('user_id', '=', user.id).execute();
}

/** The rows that name the user by name, in the projects they took part in: translations, history, source revisions, others' notifications and mentions. */
async function eraseNameInProjects(db: Db, user: UserRow, projectIds: readonly number[], shownAs: string): Promise<void> {
  const { name } = user;
  if (projectIds.length === 0) return;
  const unitsOfProjects = db.selectFrom('units').select('id').where('project_id', 'in', projectIds);
  await db.updateTable('translations').set({ updated_by: shownAs }).where('updated_by', '=', name).where('unit_id', 'in', unitsOfProjects).execute();
  // Migration 014 lets an event's actor, and nothing else of it, become an erased account's name.
  await db.updateTable('events').set({ actor: shownAs }).where('actor', '=', name).where('project_id', 'in', projectIds).execute();
  await db.updateTable('source_revisions').set({ actor: shownAs }).where('actor', '=', name).where('project_id', 'in', projectIds).execute();
  await db.updateTable('notifications').set({ actor: shownAs }).where('actor', '=', name).where('project_id', 'in', projectIds).execute();
  // Comments that mention the user: the mention, and the @handle written for it.
  const mentioning = await db.selectFrom('comments').select(['id', 'body', 'mentions']).where('project_id', 'in', projectIds).where('mentions', 'like', `%${JSON.stringify(name).slice(1, -1)}%`).execute();
  for (const comment of mentioning) {
    const mentions = JSON.parse(comment.mentions) as string[];
    if (!mentions.includes(name)) continue;
    await db
      .updateTable('comments')
      .set({ mentions: JSON.stringify(mentions.map((m) => (m === name ? shownAs : m))), body: replaceMentionsOf(comment.body, user, shownAs) })
      .where('id', '=', comment.id)
      .execute();
  }
}

/**
 * The published versions, frozen as they are otherwise: who published them (by id), and the
 * credits they froze under the user's name or one of their credit names in that language.
 */
async function eraseFromPublications(db: Db, user: UserRow, projectIds: readonly number[], creditNames: readonly { project_id: number; lang: string; name: string }[], shownAs: string): Promise<void> {
  await db.updateTable('publications').set({ published_by_name: shownAs }).where('published_by', '=', user.id).where('published_by_name', '!=', shownAs).execute();
  if (projectIds.length === 0) return;
  const versions = await db.selectFrom('publications').select(['id', 'project_id', 'lang', 'document']).where('project_id', 'in', projectIds).execute();
  for (const version of versions) {
    const names = new Set([user.name, ...creditNames.filter((c) => c.project_id === version.project_id && c.lang === version.lang).map((c) => c.name)]);
    const document = JSON.parse(version.document) as { credits?: FrozenCredit[] };
    const credits = creditsWithErasedNames(document.credits ?? [], names, shownAs);
    if (credits === null) continue;
    await db.updateTable('publications').set({ document: JSON.stringify({ ...document, credits }) }).where('id', '=', version.id).execute();
  }
}

/**
 * The e-mail written to the other members of those projects (a mention, a sent-back translation,
 * a digest) names the user in its subject and text: the name is replaced there too, waiting or sent.
 */
async function eraseNameInMail(db: Db, user: UserRow, projectIds: readonly number[], shownAs: string): Promise<void> {
  if (projectIds.length === 0) return;
  const members = db.selectFrom('memberships').select('user_id').where('project_id', 'in', projectIds);
  const escaped = escapeHtml(user.name);
  const messages = await db
    .selectFrom('mail_outbox')
    .select(['id', 'subject', 'text', 'html'])
    .where('user_id', 'in', members)
    .where('user_id', '!=', user.id)
    .where((eb) => eb.or([eb('subject', 'like', `%${user.name}%`), eb('text', 'like', `%${user.name}%`), eb('html', 'like', `%${escaped}%`)]))
    .execute();
  for (const message of messages) {
    await db
      .updateTable('mail_outbox')
      .set({ subject: message.subject.replaceAll(user.name, shownAs), text: message.text.replaceAll(user.name, shownAs), html: message.html.replaceAll(escaped, escapeHtml(shownAs)) })
      .where('id', '=', message.id)
      .execute();
  }
}

/** The translation memory names who imported each file (a person who may create projects, not tied to a project). */
async function eraseNameInMemory(db: Db, user: UserRow, shownAs: string): Promise<void> {
  if (user.can_create_projects !== 1) return;
  await db.updateTable('tm_entries').set({ created_by: shownAs }).where('created_by', '=', user.name).execute();
}

/** What the account held and nobody else needs: sessions, memberships, links, notifications, mail, sign-in counts, requests to join. */
async function endWhatTheAccountHeld(db: Db, user: UserRow): Promise<void> {
  for (const table of ['sessions', 'memberships', 'mail_digest_items', 'notifications', 'account_links', 'mail_outbox', 'mail_preferences'] as const) {
    await db.deleteFrom(table).where('user_id', '=', user.id).execute();
  }
  await db.deleteFrom('sign_in_attempts').where('key', '=', `email:${user.email}`).execute();
  // The address as typed elsewhere: requests to join that wait, and the address an invitation was sent to.
  await db.deleteFrom('join_requests').where('email', '=', user.email).execute();
  await db.updateTable('invites').set({ email: null }).where('email', '=', user.email).execute();
}

/**
 * Replaces a user's name and e-mail address everywhere they are kept, frozen records included,
 * and ends what the account held (call in a transaction). The erasure is recorded first, so that
 * the history and the published versions accept the new name (migration 014).
 */
export async function eraseUserData(db: Db, user: UserRow, erased: ErasedIdentity): Promise<void> {
  const projectIds = await projectsOfUser(db, user.id);
  const creditNames = await db.selectFrom('publication_credits').select(['project_id', 'lang', 'name']).where('user_id', '=', user.id).execute();
  await db
    .insertInto('account_erasures')
    .values({ user_id: user.id, shown_as: erased.shownAs, erased_at: new Date().toISOString() })
    .onConflict((oc) => oc.column('user_id').doUpdateSet({ shown_as: erased.shownAs }))
    .execute();
  await eraseOwnRows(db, user, erased);
  await eraseNameInProjects(db, user, projectIds, erased.shownAs);
  await eraseFromPublications(db, user, projectIds, creditNames, erased.shownAs);
  await eraseNameInMail(db, user, projectIds, erased.shownAs);
  await eraseNameInMemory(db, user, erased.shownAs);
  await endWhatTheAccountHeld(db, user);
}
