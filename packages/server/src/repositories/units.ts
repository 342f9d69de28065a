import { sql } from 'kysely';
import type { Content, Unit } from '@tessera/core';
import type { Db } from '../db/connection.ts';
import { insertUnit } from './documentRows.ts';

export interface UnitRow {
  id: number;
  blockId: number;
  position: number;
  source: Content;
  spaceAfter: string;
  translate: boolean;
}

function toUnitRow(r: { id: number; block_id: number; position: number; source: string; space_after: string; translate: number }): UnitRow {
  return { id: r.id, blockId: r.block_id, position: r.position, source: JSON.parse(r.source) as Content, spaceAfter: r.space_after, translate: r.translate === 1 };
}

const columns = ['id', 'block_id', 'position', 'source', 'space_after', 'translate'] as const;

/** A unit in force of the project. */
export async function findUnitInForce(db: Db, projectId: number, unitId: number): Promise<UnitRow | undefined> {
  const row = await db
    .selectFrom('units')
    .select(columns)
    .where('project_id', '=', projectId)
    .where('id', '=', unitId)
    .where('retired_at', 'is', null)
    .executeTakeFirst();
  return row && toUnitRow(row);
}

/** The unit in force that follows `unit` in the same block, if any. */
export async function nextUnitInBlock(db: Db, unit: UnitRow): Promise<UnitRow | undefined> {
  const row = await db
    .selectFrom('units')
    .select(columns)
    .where('block_id', '=', unit.blockId)
    .where('position', '>', unit.position)
    .where('retired_at', 'is', null)
    .orderBy('position')
    .limit(1)
    .executeTakeFirst();
  return row && toUnitRow(row);
}

export async function updateUnitSource(
  db: Db,
  unitId: number,
  change: { source: Content; spaceAfter?: string; previousSource?: Content | null },
): Promise<void> {
  await db
    .updateTable('units')
    .set({
      source: JSON.stringify(change.source),
      ...(change.spaceAfter !== undefined ? { space_after: change.spaceAfter } : {}),
      ...(change.previousSource !== undefined ? { previous_source: change.previousSource === null ? null : JSON.stringify(change.previousSource) } : {}),
    })
    .where('id', '=', unitId)
    .execute();
}

export async function retireUnit(db: Db, unitId: number): Promise<void> {
  await db.updateTable('units').set({ retired_at: new Date().toISOString() }).where('id', '=', unitId).execute();
}

/** Inserts `unit` right after `after` in its block, moving the following units one place on. */
export async function insertUnitAfter(db: Db, after: UnitRow, projectId: number, targetLangs: readonly string[], unit: Unit): Promise<number> {
  await db
    .updateTable('units')
    .set({ position: sql`position + 1` })
    .where('project_id', '=', projectId)
    .where('position', '>', after.position)
    .execute();
  return insertUnit(db, { projectId, blockId: after.blockId, position: after.position + 1, targetLangs }, unit);
}

export async function setTranslate(db: Db, projectId: number, where: { unitId: number } | { blockId: number }, translate: boolean): Promise<number> {
  const result = await db
    .updateTable('units')
    .set({ translate: translate ? 1 : 0 })
    .where('project_id', '=', projectId)
    .where('retired_at', 'is', null)
    .where('unitId' in where ? 'id' : 'block_id', '=', 'unitId' in where ? where.unitId : where.blockId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Marks that the source in force changed, so that a revision planned against the old one is refused. */
export async function bumpSourceRevision(db: Db, projectId: number): Promise<void> {
  await db.updateTable('projects').set({ source_revision: sql`source_revision + 1` }).where('id', '=', projectId).execute();
}
