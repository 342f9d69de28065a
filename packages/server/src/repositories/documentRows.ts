import type { Block, Unit } from '@tessera/core';
import type { Db } from '../db/connection.ts';

/** Stores one block of a source document (without its units); returns its id. */
export async function insertBlock(trx: Db, projectId: number, position: number, block: Block): Promise<number> {
  const { id } = await trx
    .insertInto('blocks')
    .values({ project_id: projectId, position, kind: block.kind, level: block.level ?? null, list: block.list ?? null, date: block.date ?? null })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** Stores a new unit with an empty, untranslated translation for every target language; returns its id. */
export async function insertUnit(
  trx: Db,
  at: { projectId: number; blockId: number; position: number; targetLangs: readonly string[] },
  unit: Unit,
): Promise<number> {
  const { id } = await trx
    .insertInto('units')
    .values({
      project_id: at.projectId,
      block_id: at.blockId,
      position: at.position,
      source: JSON.stringify(unit.source),
      space_after: unit.spaceAfter,
      translate: unit.translate ? 1 : 0,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (at.targetLangs.length > 0) {
    await trx
      .insertInto('translations')
      .values(at.targetLangs.map((lang) => ({ unit_id: id, lang, target: '[]', state: 'untranslated', revision: 0, updated_by: null, updated_at: null })))
      .execute();
  }
  return id;
}
