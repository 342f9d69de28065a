import {
  contentText,
  joinContent,
  splitContent,
  stateAfterSourceChange,
  type Content,
} from '@tessera/core';
import type { Db } from '../db/connection.ts';
import { rewriteTranslations, translationsOf } from '../repositories/translations.ts';
import {
  bumpSourceRevision,
  findUnitInForce,
  insertUnitAfter,
  nextUnitInBlock,
  retireUnit,
  setTranslate,
  updateUnitSource,
  type UnitRow,
} from '../repositories/units.ts';
import { actorName, type Actor } from './actor.ts';
import { authorize } from './policy.ts';
import { notFound, ServiceError } from './errors.ts';
import { projectOrThrow } from './projects.ts';

/** Languages whose sentences stand side by side without a space. */
const TIGHT = /^(ja|zh|th|lo|km|my)\b/;

async function coordinatorUnit(trx: Db, actor: Actor, projectId: number, unitId: number): Promise<{ unit: UnitRow; targetLangs: string[] }> {
  const project = await projectOrThrow(trx, projectId);
  await authorize(trx, actor, project.id, { do: 'coordinate' });
  const unit = await findUnitInForce(trx, project.id, unitId);
  if (!unit) throw notFound('unit');
  return { unit, targetLangs: project.targetLangs };
}

function requireSameSource(unit: UnitRow, baseSource: Content): void {
  if (JSON.stringify(unit.source) !== JSON.stringify(baseSource)) {
    throw new ServiceError(409, 'source.stale', 'Someone changed this source text since you opened it. Reload and try again.', { source: unit.source });
  }
}

/**
 * Edits the source of one unit. A typo fix keeps every translation's state; a change of meaning
 * keeps the translations but sends them to review, with the old source to compare against.
 */
export function editSource(
  db: Db,
  actor: Actor,
  at: { projectId: number; unitId: number },
  request: { source: Content; baseSource: Content; change: 'typo' | 'meaning' },
): Promise<void> {
  return db.transaction().execute(async (trx) => {
    const { unit } = await coordinatorUnit(trx, actor, at.projectId, at.unitId);
    requireSameSource(unit, request.baseSource);
    const { source } = request;
    if (contentText(source).trim() === '') throw new ServiceError(400, 'input.empty', 'A unit needs some source text. To remove it, merge it with its neighbour.');
    await updateUnitSource(trx, unit.id, { source, previousSource: request.change === 'meaning' ? unit.source : undefined });
    await bumpSourceRevision(trx, at.projectId);
    if (request.change === 'meaning') {
      await rewriteTranslations(trx, { unitId: unit.id, actor: actorName(actor), comment: 'source changed in meaning' }, (t) => ({
        target: t.target,
        state: stateAfterSourceChange(t.state, 'meaning'),
      }));
    }
  });
}

/** Merges a unit with the next one of its block; their translations are joined and sent to review. */
export function mergeWithNext(db: Db, actor: Actor, at: { projectId: number; unitId: number }): Promise<void> {
  return db.transaction().execute(async (trx) => {
    const { unit } = await coordinatorUnit(trx, actor, at.projectId, at.unitId);
    const next = await nextUnitInBlock(trx, unit);
    if (!next) throw new ServiceError(409, 'unit.no-next', 'This is the last unit of its paragraph: there is nothing after it to merge with.');
    const nextTargets = new Map((await translationsOf(trx, next.id)).map((t) => [t.lang, t]));
    await updateUnitSource(trx, unit.id, { source: joinContent(unit.source, unit.spaceAfter, next.source), spaceAfter: next.spaceAfter, previousSource: unit.source });
    await rewriteTranslations(trx, { unitId: unit.id, actor: actorName(actor), comment: 'merged with the next unit' }, (t) => {
      const other = nextTargets.get(t.lang);
      const otherHasText = other !== undefined && other.state !== 'untranslated';
      if (t.state === 'untranslated' && !otherHasText) return null;
      const space = TIGHT.test(t.lang) ? '' : ' ';
      return { target: otherHasText ? joinContent(t.target, t.target.length ? space : '', other.target) : t.target, state: 'needs-review' };
    });
    await retireUnit(trx, next.id);
    await bumpSourceRevision(trx, at.projectId);
  });
}

/** Splits a unit at a character offset of its text; the first part keeps the translations, sent to review. */
export function splitUnit(db: Db, actor: Actor, at: { projectId: number; unitId: number }, request: { offset: number; baseSource: Content }): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const { unit, targetLangs } = await coordinatorUnit(trx, actor, at.projectId, at.unitId);
    requireSameSource(unit, request.baseSource);
    const { first, space, second } = splitContent(unit.source, request.offset);
    await updateUnitSource(trx, unit.id, { source: first, spaceAfter: space, previousSource: unit.source });
    const newId = await insertUnitAfter(trx, unit, at.projectId, targetLangs, { source: second, spaceAfter: unit.spaceAfter, translate: unit.translate });
    await bumpSourceRevision(trx, at.projectId);
    await rewriteTranslations(trx, { unitId: unit.id, actor: actorName(actor), comment: 'split in two' }, (t) =>
      t.state === 'untranslated' ? null : { target: t.target, state: 'needs-review' },
    );
    return newId;
  });
}

/** Marks a unit, or every unit of a block, as to be translated or not. */
export async function setDoNotTranslate(
  db: Db,
  actor: Actor,
  at: { projectId: number } & ({ unitId: number } | { blockId: number }),
  translate: boolean,
): Promise<void> {
  const project = await projectOrThrow(db, at.projectId);
  await authorize(db, actor, project.id, { do: 'coordinate' });
  await db.transaction().execute(async (trx) => {
    const changed = await setTranslate(trx, project.id, 'unitId' in at ? { unitId: at.unitId } : { blockId: at.blockId }, translate);
    if (changed === 0) throw notFound('unitId' in at ? 'unit' : 'block');
    await bumpSourceRevision(trx, project.id);
  });
}
