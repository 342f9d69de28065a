import type { Content } from '@tessera/core';
import type { SuggestionView } from '@tessera/core/contract';
import type { Db } from '../db/connection.ts';

/** Every unit of a project, or one unit. */
export type UnitScope = { projectId: number } | { unitId: number };

const unitsIn = (db: Db, scope: UnitScope) =>
  'unitId' in scope ? [scope.unitId] : db.selectFrom('units').select('id').where('project_id', '=', scope.projectId);

/** Open suggestions in one language, by unit. */
export async function openSuggestions(db: Db, scope: UnitScope, lang: string): Promise<Map<number, SuggestionView[]>> {
  const rows = await db
    .selectFrom('suggestions')
    .selectAll()
    .where('unit_id', 'in', unitsIn(db, scope))
    .where('lang', '=', lang)
    .where('status', '=', 'open')
    .orderBy('id')
    .execute();
  const byUnit = new Map<number, SuggestionView[]>();
  for (const r of rows) {
    const list = byUnit.get(r.unit_id) ?? [];
    list.push({ id: r.id, authorId: r.author_id, author: r.author, target: JSON.parse(r.target) as Content, createdAt: r.created_at });
    byUnit.set(r.unit_id, list);
  }
  return byUnit;
}
