import { contentText, type Content, type Neighbours } from '@tessera/core';
import type { Db } from '../db/connection.ts';

const textOf = (row: { source: string } | undefined) => (row === undefined ? null : contentText(JSON.parse(row.source) as Content));

/**
 * The sources of the units in force just before and after each of `unitIds` in its project's
 * reading order (null at either end); a unit retired or not found is left out. For a few units:
 * three short reads each.
 */
export async function neighbourSources(db: Db, unitIds: readonly number[]): Promise<Map<number, Neighbours>> {
  const found = new Map<number, Neighbours>();
  for (const id of new Set(unitIds)) {
    const unit = await db.selectFrom('units').select(['project_id', 'position']).where('id', '=', id).where('retired_at', 'is', null).executeTakeFirst();
    if (!unit) continue;
    const beside = (side: '<' | '>') =>
      db
        .selectFrom('units')
        .select('source')
        .where('project_id', '=', unit.project_id)
        .where('retired_at', 'is', null)
        .where('position', side, unit.position)
        .orderBy('position', side === '<' ? 'desc' : 'asc')
        .limit(1)
        .executeTakeFirst();
    const [previous, next] = await Promise.all([beside('<'), beside('>')]);
    found.set(id, { previous: textOf(previous), next: textOf(next) });
  }
  return found;
}

