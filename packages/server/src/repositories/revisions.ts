import { contentText, stateAfterSourceChange, type Content, type RevisionPlan, type SourceDocument, type TranslationState, type UnitInForce } from '@tessera/core';
import type { Db } from '../db/connection.ts';
import { insertBlock, insertUnit } from './documentRows.ts';
import { rewriteTranslations } from './translations.ts';

/** The units in force, in reading order, with their translation states per language. */
export async function unitsInForce(db: Db, projectId: number): Promise<(UnitInForce & { source: Content; translate: boolean })[]> {
  const units = await db
    .selectFrom('units')
    .select(['id', 'source', 'translate'])
    .where('project_id', '=', projectId)
    .where('retired_at', 'is', null)
    .orderBy('position')
    .execute();
  const states = await db
    .selectFrom('translations as t')
    .innerJoin('units as u', 'u.id', 't.unit_id')
    .select(['t.unit_id', 't.lang', 't.state'])
    .where('u.project_id', '=', projectId)
    .where('u.retired_at', 'is', null)
    .execute();
  const byUnit = new Map<number, Record<string, TranslationState>>();
  for (const s of states) {
    const record = byUnit.get(s.unit_id) ?? {};
    record[s.lang] = s.state as TranslationState;
    byUnit.set(s.unit_id, record);
  }
  return units.map((u) => {
    const source = JSON.parse(u.source) as Content;
    return { id: u.id, source, text: contentText(source), translate: u.translate === 1, states: byUnit.get(u.id) ?? {} };
  });
}

/**
 * Puts a planned revision in force (inside the caller's transaction): new blocks replace the old
 * ones, aligned units move into them keeping their ids and translations, reworded units keep the
 * old source for the diff and send their translations to review, and the rest are retired.
 */
export async function applyRevision(
  trx: Db,
  at: { projectId: number; targetLangs: readonly string[]; actor: string; number: number },
  document: SourceDocument,
  plan: RevisionPlan,
  inForce: readonly (UnitInForce & { source: Content; translate: boolean })[],
): Promise<void> {
  const now = new Date().toISOString();
  await trx.updateTable('blocks').set({ retired_at: now }).where('project_id', '=', at.projectId).where('retired_at', 'is', null).execute();
  const blockIds = [];
  for (const [position, block] of document.blocks.entries()) blockIds.push(await insertBlock(trx, at.projectId, position, block));
  const oldById = new Map(inForce.map((u) => [u.id, u]));

  for (const [position, { unit, blockIndex, alignment }] of plan.units.entries()) {
    const blockId = blockIds[blockIndex]!;
    if (alignment.kind === 'added') {
      await insertUnit(trx, { projectId: at.projectId, blockId, position, targetLangs: at.targetLangs }, unit);
      continue;
    }
    const old = oldById.get(alignment.oldId)!;
    await trx
      .updateTable('units')
      .set({
        block_id: blockId,
        position,
        source: JSON.stringify(unit.source),
        space_after: unit.spaceAfter,
        // A do-not-translate decision made on the unit in force outlives the re-import.
        translate: old.translate ? 1 : 0,
        ...(alignment.kind === 'edited' ? { previous_source: JSON.stringify(old.source) } : {}),
      })
      .where('id', '=', alignment.oldId)
      .execute();
    if (alignment.kind === 'edited') {
      await rewriteTranslations(
        trx,
        { unitId: alignment.oldId, actor: at.actor, comment: `source reworded in revision ${at.number}` },
        (t) => ({ target: t.target, state: stateAfterSourceChange(t.state, 'meaning') }),
      );
    }
  }
  if (plan.retired.length > 0) {
    await trx.updateTable('units').set({ retired_at: now }).where('id', 'in', plan.retired).execute();
  }
  await trx.updateTable('projects').set({ source_revision: at.number }).where('id', '=', at.projectId).execute();
  await trx
    .insertInto('source_revisions')
    .values({ project_id: at.projectId, number: at.number, actor: at.actor, summary: JSON.stringify(plan.summary), created_at: now })
    .execute();
}
