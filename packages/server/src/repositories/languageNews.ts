import type { Db } from '../db/connection.ts';

export interface DueDeadline {
  projectId: number;
  lang: string;
  /** YYYY-MM-DD. */
  deadline: string;
}

/**
 * Target languages whose deadline falls from `from` to `to` (days as YYYY-MM-DD, both included),
 * that still have a unit to translate or approve, and whose members were not reminded of that deadline.
 */
export async function deadlinesToRemind(db: Db, from: string, to: string): Promise<DueDeadline[]> {
  const rows = await db
    .selectFrom('project_languages as pl')
    .select(['pl.project_id', 'pl.lang', 'pl.deadline'])
    .where('pl.deadline', '>=', from)
    .where('pl.deadline', '<=', to)
    .where(({ exists, not, selectFrom }) =>
      not(
        exists(
          selectFrom('deadline_reminders as r')
            .select('r.project_id')
            .whereRef('r.project_id', '=', 'pl.project_id')
            .whereRef('r.lang', '=', 'pl.lang')
            .whereRef('r.deadline', '=', 'pl.deadline'),
        ),
      ),
    )
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom('translations as t')
          .innerJoin('units as u', 'u.id', 't.unit_id')
          .select('t.unit_id')
          .whereRef('u.project_id', '=', 'pl.project_id')
          .whereRef('t.lang', '=', 'pl.lang')
          .where('u.translate', '=', 1)
          .where('u.retired_at', 'is', null)
          .where('t.state', '<>', 'approved'),
      ),
    )
    .orderBy('pl.project_id')
    .orderBy('pl.lang')
    .execute();
  return rows.map((r) => ({ projectId: r.project_id, lang: r.lang, deadline: r.deadline! }));
}

/** Records that a language's members are told of its deadline; false when it was done already (by this or another server). */
export async function claimDeadlineReminder(db: Db, due: DueDeadline, now: string): Promise<boolean> {
  const row = await db
    .insertInto('deadline_reminders')
    .values({ project_id: due.projectId, lang: due.lang, deadline: due.deadline, created_at: now })
    .onConflict((oc) => oc.columns(['project_id', 'lang', 'deadline']).doNothing())
    .returning('project_id')
    .executeTakeFirst();
  return row !== undefined;
}

export interface PublicVersion {
  id: number;
  projectId: number;
  lang: string;
  version: number;
  publishedByName: string;
}

/** Published versions that are public at `now` (no embargo, or an embargo over) and were not announced yet. */
export async function publicationsToAnnounce(db: Db, now: string): Promise<PublicVersion[]> {
  const rows = await db
    .selectFrom('publications as p')
    .select(['p.id', 'p.project_id', 'p.lang', 'p.version', 'p.published_by_name'])
    .where((eb) => eb.or([eb('p.embargo_until', 'is', null), eb('p.embargo_until', '<=', now)]))
    .where(({ exists, not, selectFrom }) => not(exists(selectFrom('publication_notices as n').select('n.publication_id').whereRef('n.publication_id', '=', 'p.id'))))
    .orderBy('p.id')
    .execute();
  return rows.map((r) => ({ id: r.id, projectId: r.project_id, lang: r.lang, version: r.version, publishedByName: r.published_by_name }));
}

/** Records that a version is announced; false when it was done already (by this or another server). */
export async function claimPublicationNotice(db: Db, publicationId: number, now: string): Promise<boolean> {
  const row = await db
    .insertInto('publication_notices')
    .values({ publication_id: publicationId, created_at: now })
    .onConflict((oc) => oc.column('publication_id').doNothing())
    .returning('publication_id')
    .executeTakeFirst();
  return row !== undefined;
}

/** The people who translate or review a language of a project (a membership on it, or on every language). */
export async function translatorsAndReviewers(db: Db, projectId: number, lang: string): Promise<number[]> {
  const rows = await db
    .selectFrom('memberships')
    .select('user_id')
    .distinct()
    .where('project_id', '=', projectId)
    .where('role', 'in', ['translator', 'reviewer'])
    .where('lang', 'in', ['', lang])
    .orderBy('user_id')
    .execute();
  return rows.map((r) => r.user_id);
}
