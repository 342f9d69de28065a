import type { Content } from '@tessera/core';
import type { Db } from '../db/connection.ts';

/**
 * The other units in force of a project with the same source as `unit` (the same text and inline
 * codes) that are to be translated and have no translation into `lang` yet.
 */
export async function untranslatedRepetitions(db: Db, projectId: number, lang: string, unit: { id: number; source: Content }): Promise<number[]> {
  const rows = await db
    .selectFrom('units as u')
    .innerJoin('translations as t', (join) => join.onRef('t.unit_id', '=', 'u.id').on('t.lang', '=', lang))
    .select('u.id')
    .where('u.project_id', '=', projectId)
    .where('u.retired_at', 'is', null)
    .where('u.translate', '=', 1)
    .where('u.id', '!=', unit.id)
    .where('u.source', '=', JSON.stringify(unit.source))
    .where('t.state', '=', 'untranslated')
    .orderBy('u.position')
    .execute();
  return rows.map((r) => r.id);
}
