import { contentText, stateAfterReview, stateAfterSave, type Content, type TranslationState } from '@tessera/core';
import type { EditorUnit, HistoryEvent, ReviewRequest, SaveTranslationRequest } from '@tessera/core/contract';
import type { Db } from '../db/connection.ts';
import { blocksOf } from '../repositories/projects.ts';
import { findUnit, historyOf, writeTranslation, type EventKind } from '../repositories/translations.ts';
import { actorName, requireOnLanguage, type Actor } from './actor.ts';
import { notFound, ServiceError } from './errors.ts';
import { projectOrThrow, requireTargetLanguage, toEditorUnit } from './projects.ts';

interface UnitAddress {
  projectId: number;
  lang: string;
  unitId: number;
}

async function loadUnit(db: Db, actor: Actor, at: UnitAddress, action: 'read' | 'translate' | 'review') {
  const project = await projectOrThrow(db, at.projectId);
  await requireOnLanguage(db, actor, project.id, action, at.lang);
  requireTargetLanguage(project, at.lang);
  const unit = await findUnit(db, project.id, at.unitId, at.lang);
  if (!unit) throw notFound('unit');
  return unit;
}

async function editorUnit(db: Db, projectId: number, unit: Parameters<typeof toEditorUnit>[0]): Promise<EditorUnit> {
  const block = (await blocksOf(db, projectId)).find((b) => b.id === unit.blockId);
  return toEditorUnit(unit, block?.kind ?? 'paragraph');
}

async function change(
  db: Db,
  actor: Actor,
  at: UnitAddress,
  write: { baseRevision: number; target: Content; state: TranslationState; kind: EventKind; comment: string },
): Promise<EditorUnit> {
  const { written, unit } = await writeTranslation(db, { ...at, ...write, actor: actorName(actor) });
  const view = await editorUnit(db, at.projectId, unit);
  if (!written) {
    throw new ServiceError(
      409,
      'translation.stale',
      `${unit.updatedBy ?? 'Someone'} changed this translation after you opened it. Their version is attached; merge it with yours and save again.`,
      { current: view },
    );
  }
  return view;
}

/** Only text for now: inline codes in translations arrive with the full editor. */
function normalizeTarget(target: Content): Content {
  const text = contentText(target);
  return text === '' ? [] : [text];
}

export async function saveTranslation(db: Db, actor: Actor, at: UnitAddress, request: SaveTranslationRequest): Promise<EditorUnit> {
  const unit = await loadUnit(db, actor, at, 'translate');
  if (!unit.translate) throw new ServiceError(409, 'unit.do-not-translate', 'This unit is marked “do not translate”: it is published as it is.');
  const target = normalizeTarget(request.target);
  return change(db, actor, at, {
    baseRevision: request.baseRevision,
    target,
    state: stateAfterSave(contentText(target)),
    kind: 'save',
    comment: '',
  });
}

export async function reviewTranslation(db: Db, actor: Actor, at: UnitAddress, request: ReviewRequest & { comment: string }): Promise<EditorUnit> {
  const unit = await loadUnit(db, actor, at, 'review');
  const next = stateAfterReview(unit.state as TranslationState, request.decision);
  if (next === null) throw new ServiceError(409, 'review.nothing-to-review', 'This unit has no translation to review yet.');
  return change(db, actor, at, {
    baseRevision: request.baseRevision,
    target: unit.target,
    state: next,
    kind: request.decision,
    comment: request.comment,
  });
}

export async function unitHistory(db: Db, actor: Actor, at: UnitAddress): Promise<HistoryEvent[]> {
  await loadUnit(db, actor, at, 'read');
  const events = await historyOf(db, at.projectId, at.unitId, at.lang);
  return events.map(({ actor: user, ...event }) => ({ ...event, user }));
}
