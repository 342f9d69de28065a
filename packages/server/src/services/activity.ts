import { contentText, type Content } from '@tessera/core';
import type { ActivityEntry } from '@tessera/core/contract';
import type { Db } from '../db/connection.ts';
import { toEventRow } from '../repositories/translations.ts';
import { type Actor } from './actor.ts';
import { authorize } from './policy.ts';
import { projectOrThrow, requireTargetLanguage } from './projects.ts';

const PAGE = 50;

/** What happened in one language of a project, newest first, a page at a time. */
export async function languageActivity(db: Db, actor: Actor, projectId: number, lang: string, before?: number): Promise<ActivityEntry[]> {
  const project = await projectOrThrow(db, projectId);
  await authorize(db, actor, project.id, { do: 'read', lang });
  requireTargetLanguage(project, lang);
  let query = db
    .selectFrom('events as e')
    .innerJoin('units as u', 'u.id', 'e.unit_id')
    .select(['e.id', 'e.created_at', 'e.actor', 'e.kind', 'e.state_before', 'e.state_after', 'e.target_before', 'e.target_after', 'e.comment', 'e.overridden', 'e.unit_id', 'u.source'])
    .where('e.project_id', '=', project.id)
    .where('e.lang', '=', lang)
    .orderBy('e.id', 'desc')
    .limit(PAGE);
  if (before !== undefined) query = query.where('e.id', '<', before);
  const rows = await query.execute();
  return rows.map((r) => {
    const { actor: user, ...event } = toEventRow(r);
    return { ...event, user, unitId: r.unit_id, source: contentText(JSON.parse(r.source) as Content) };
  });
}
