import type { Role } from '@tessera/core/contract';
import type { Db } from '../db/connection.ts';

/** The name one user chose to be credited under in one language, or undefined when they did not opt in. */
export async function creditName(db: Db, at: { projectId: number; userId: number; lang: string }): Promise<string | undefined> {
  const row = await db
    .selectFrom('publication_credits')
    .select('name')
    .where('project_id', '=', at.projectId)
    .where('user_id', '=', at.userId)
    .where('lang', '=', at.lang)
    .executeTakeFirst();
  return row?.name;
}

/** Opts in under `name`, or out (null). */
export async function setCreditName(db: Db, at: { projectId: number; userId: number; lang: string }, name: string | null): Promise<void> {
  const where = db
    .deleteFrom('publication_credits')
    .where('project_id', '=', at.projectId)
    .where('user_id', '=', at.userId)
    .where('lang', '=', at.lang);
  if (name === null) {
    await where.execute();
    return;
  }
  await db
    .insertInto('publication_credits')
    .values({ project_id: at.projectId, user_id: at.userId, lang: at.lang, name, updated_at: new Date().toISOString() })
    .onConflict((oc) => oc.columns(['project_id', 'user_id', 'lang']).doUpdateSet({ name, updated_at: new Date().toISOString() }))
    .execute();
}

/**
 * Volunteers credited in a language: who opted in for it, under their chosen name, with the
 * translator and reviewer roles they hold there (a membership of that language or of every language).
 */
export async function creditedVolunteers(db: Db, projectId: number, lang: string): Promise<{ name: string; roles: Exclude<Role, 'coordinator'>[] }[]> {
  const rows = await db
    .selectFrom('publication_credits as c')
    .innerJoin('memberships as m', (join) => join.onRef('m.project_id', '=', 'c.project_id').onRef('m.user_id', '=', 'c.user_id'))
    .select(['c.user_id', 'c.name', 'm.role'])
    .where('c.project_id', '=', projectId)
    .where('c.lang', '=', lang)
    .where('m.role', 'in', ['translator', 'reviewer'])
    .where((eb) => eb.or([eb('m.lang', '=', lang), eb('m.lang', '=', '')]))
    .orderBy('c.user_id')
    .execute();
  const byUser = new Map<number, { name: string; roles: Exclude<Role, 'coordinator'>[] }>();
  for (const row of rows) {
    const entry = byUser.get(row.user_id) ?? { name: row.name, roles: [] };
    if (row.role !== 'coordinator' && !entry.roles.includes(row.role)) entry.roles.push(row.role);
    byUser.set(row.user_id, entry);
  }
  return [...byUser.values()];
}
