import type { Content } from '@tessera/core';
import type { AccountDataExport } from '@tessera/core/contract';
import type { Db } from '../db/connection.ts';
import type { UserRow } from '../db/schema.ts';
import { projectsOfUser } from './accountErasure.ts';

type Exported = Omit<AccountDataExport, 'exportedAt' | 'account'>;

const content = (json: string) => JSON.parse(json) as Content;

/**
 * What the database keeps about a user, read row by row from the tables that name them: no
 * column of another person's account is read, so no other address can slip in. The history is
 * that of the projects they took part in, where it names them.
 */
export async function readAccountData(db: Db, user: UserRow): Promise<Exported> {
  const projectIds = await projectsOfUser(db, user.id);
  const [memberships, credits, translations, suggestions, comments, history] = await Promise.all([
    db.selectFrom('memberships as m').innerJoin('projects as p', 'p.id', 'm.project_id').select(['m.project_id', 'p.name', 'm.role', 'm.lang']).where('m.user_id', '=', user.id).orderBy('m.project_id').execute(),
    db.selectFrom('publication_credits').select(['project_id', 'lang', 'name']).where('user_id', '=', user.id).orderBy('project_id').execute(),
    db
      .selectFrom('translations as t')
      .innerJoin('units as u', 'u.id', 't.unit_id')
      .select(['u.project_id', 't.unit_id', 't.lang', 't.target', 't.state', 't.revision', 't.updated_at'])
      .where('t.author_id', '=', user.id)
      .orderBy('t.unit_id')
      .execute(),
    db.selectFrom('suggestions').select(['id', 'unit_id', 'lang', 'target', 'status', 'created_at']).where('author_id', '=', user.id).orderBy('id').execute(),
    db.selectFrom('comments').select(['id', 'project_id', 'unit_id', 'lang', 'body', 'created_at', 'resolved_at']).where('author_id', '=', user.id).orderBy('id').execute(),
    projectIds.length === 0
      ? Promise.resolve([])
      : db.selectFrom('events').selectAll().where('actor', '=', user.name).where('project_id', 'in', projectIds).orderBy('id').execute(),
  ]);
  return {
    memberships: memberships.map((m) => ({ projectId: m.project_id, project: m.name, role: m.role, lang: m.lang === '' ? null : m.lang })),
    credits: credits.map((c) => ({ projectId: c.project_id, lang: c.lang, name: c.name })),
    translations: translations.map((t) => ({ projectId: t.project_id, unitId: t.unit_id, lang: t.lang, target: content(t.target), state: t.state, revision: t.revision, updatedAt: t.updated_at })),
    suggestions: suggestions.map((s) => ({ id: s.id, unitId: s.unit_id, lang: s.lang, target: content(s.target), status: s.status, createdAt: s.created_at })),
    comments: comments.map((c) => ({ id: c.id, projectId: c.project_id, unitId: c.unit_id, lang: c.lang, body: c.body, createdAt: c.created_at, resolvedAt: c.resolved_at })),
    history: history.map((e) => ({
      id: e.id,
      projectId: e.project_id,
      unitId: e.unit_id,
      lang: e.lang,
      kind: e.kind,
      stateBefore: e.state_before,
      stateAfter: e.state_after,
      targetBefore: content(e.target_before),
      targetAfter: content(e.target_after),
      comment: e.comment,
      at: e.created_at,
    })),
  };
}
