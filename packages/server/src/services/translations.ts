import { contentText, runChecks, stateAfterReview, stateAfterSave, targetWithSourceCodes, type Content, type TranslationState } from '@tessera/core';
import type { BatchApproveResult, EditorUnit, HistoryEvent, ReviewRequest, SaveTranslationRequest, SuggestRequest } from '@tessera/core/contract';
import type { Db } from '../db/connection.ts';
import { languageSettings, unitsOfBlock, type ProjectRow, type UnitWithTranslation } from '../repositories/projects.ts';
import { closeSuggestions, findOpenSuggestion, insertSuggestion } from '../repositories/suggestions.ts';
import { findUnit, historyOf, writeTranslation, writeTranslationIn, type EventKind } from '../repositories/translations.ts';
import { actorName, type Actor } from './actor.ts';
import { allow, authorize, projectForActor } from './policy.ts';
import { editorUnit, editorUnitOf } from './editorUnits.ts';
import { notFound, ServiceError } from './errors.ts';
import { notifyRejection } from './notifications.ts';
import { projectOrThrow, requireTargetLanguage } from './projects.ts';
import { checkContexts, overriddenBy } from './qa.ts';
import { fillRepetitions } from './repetitions.ts';

export interface UnitAddress {
  projectId: number;
  lang: string;
  unitId: number;
}

/** The project, when the caller may do `action` on `at.lang` in it (one query); otherwise 404 or 403. */
async function projectAllowing(db: Db, actor: Actor, at: { projectId: number; lang: string }, action: 'read' | 'translate' | 'review'): Promise<ProjectRow> {
  const { project, memberships } = await projectForActor(db, actor, at.projectId);
  allow(memberships, { do: action, lang: at.lang });
  requireTargetLanguage(project, at.lang);
  return project;
}

/** A unit in force (as stored) and its project, for a caller who may do `action` on its language; otherwise 404 or 403. */
async function unitAllowing(db: Db, actor: Actor, at: UnitAddress, action: 'read' | 'translate' | 'review'): Promise<{ project: ProjectRow; unit: UnitWithTranslation }> {
  const project = await projectAllowing(db, actor, at, action);
  const unit = await findUnit(db, project.id, at.unitId, at.lang);
  if (!unit) throw notFound('unit');
  return { project, unit };
}

/** A unit in force and its project, for a caller who may read the language; otherwise 404 or 403. */
export function readableUnit(db: Db, actor: Actor, at: UnitAddress): Promise<{ project: ProjectRow; unit: UnitWithTranslation }> {
  return unitAllowing(db, actor, at, 'read');
}

const userIdOf = (actor: Actor) => (actor.kind === 'user' ? actor.user.id : null);

function stale(current: EditorUnit): ServiceError {
  return new ServiceError(
    409,
    'translation.stale',
    `${current.updatedBy ?? 'Someone'} changed this translation after you opened it. Their version is attached; merge it with yours and save again.`,
    { current },
  );
}

/**
 * Writes one translation change to `unit` (as the caller read it) and answers the unit as it now
 * is; a change based on another revision is answered 409 with the unit as read, unwritten.
 */
async function change(
  db: Db,
  actor: Actor,
  project: ProjectRow,
  at: UnitAddress,
  write: { baseRevision: number; target: Content; state: TranslationState; kind: EventKind; comment: string; authorId?: number | null; selfApproved?: boolean; overridden?: string[]; machineEngine?: string | null },
  unit: UnitWithTranslation,
): Promise<EditorUnit> {
  const updatedBy = actorName(actor);
  const result = await writeTranslation(db, { ...at, ...write, actor: updatedBy }, unit);
  if (!result.written) throw stale(await editorUnitOf(db, project, at.lang, result.unit));
  const { target, state, authorId = unit.authorId, selfApproved = false } = write;
  return editorUnitOf(db, project, at.lang, { ...unit, target, state, authorId, selfApproved, lastComment: write.comment, revision: write.baseRevision + 1, updatedBy, updatedAt: result.at, machine: result.machine });
}

/** A translation changed, and the other units of the project with the same source it was given to (untranslated until then, now needs-review). */
export interface Translated {
  unit: EditorUnit;
  repetitions: EditorUnit[];
}

/** Gives the translation of `unit` to the project's untranslated repetitions of its source; answers them as the editor shows them. */
async function repeated(db: Db, actor: Actor, project: ProjectRow, lang: string, unit: { id: number; source: Content; target: Content }): Promise<EditorUnit[]> {
  const filled = await fillRepetitions(db, project.id, lang, unit, actorName(actor));
  return Promise.all(filled.map((id) => editorUnit(db, project, lang, id)));
}

/** The name of the engine whose kept suggestion for the unit `target` is, if one is (read from the database only). */
export type MachineOrigin = (project: ProjectRow, lang: string, unit: UnitWithTranslation, target: Content) => Promise<string | null>;

/**
 * Saves a translator's text. Said to be the machine suggestion unchanged (`fromMachine`) and found
 * to be one by `machineOrigin`, it is marked as the engine's output, in the history too.
 */
export async function saveTranslation(db: Db, actor: Actor, at: UnitAddress, request: SaveTranslationRequest, machineOrigin?: MachineOrigin): Promise<Translated> {
  const { project, unit } = await unitAllowing(db, actor, at, 'translate');
  if (!unit.translate) throw new ServiceError(409, 'unit.do-not-translate', 'This unit is marked “do not translate”: it is published as it is.');
  const target = targetWithSourceCodes(request.target, unit.source);
  const engine = request.fromMachine && machineOrigin && target.length > 0 ? await machineOrigin(project, at.lang, unit, target) : null;
  const view = await change(db, actor, project, at, {
    baseRevision: request.baseRevision,
    target,
    state: stateAfterSave(contentText(target)),
    kind: engine ? 'machine' : 'save',
    comment: '',
    authorId: target.length === 0 ? null : userIdOf(actor),
    machineEngine: engine,
  }, unit);
  return { unit: view, repetitions: await repeated(db, actor, project, at.lang, { id: unit.id, source: unit.source, target }) };
}

/**
 * Four-eyes review: nobody approves their own translation, unless the coordinator allowed
 * self-review for the language (one-person teams) — then the approval is labelled as such.
 */
async function approvalBy(db: Db, actor: Actor, project: ProjectRow, lang: string, authorId: number | null): Promise<{ allowed: boolean; self: boolean }> {
  const self = authorId !== null && authorId === userIdOf(actor);
  if (!self) return { allowed: true, self };
  const settings = await languageSettings(db, project.id, lang);
  return { allowed: settings?.selfReview === true, self };
}

const OWN_TRANSLATION = 'You wrote this translation: another reviewer must approve it (four-eyes review). A coordinator can allow self-review for one-person teams.';

/**
 * Approve or reject a translation. An approval is refused while a quality check finds an error,
 * and needs a reason when one warns: the history keeps the warnings it accepted and why.
 */
export async function reviewTranslation(db: Db, actor: Actor, at: UnitAddress, request: ReviewRequest & { comment: string }): Promise<Translated> {
  const { project, unit } = await unitAllowing(db, actor, at, 'review');
  const next = stateAfterReview(unit.state as TranslationState, request.decision);
  if (next === null) throw new ServiceError(409, 'review.nothing-to-review', 'This unit has no translation to review yet.');
  let selfApproved = false;
  let overridden: string[] = [];
  if (request.decision === 'approve') {
    const approval = await approvalBy(db, actor, project, at.lang, unit.authorId);
    if (!approval.allowed) throw new ServiceError(403, 'review.own-translation', OWN_TRANSLATION);
    selfApproved = approval.self;
    // A stale approval is answered 409 with the current text rather than judged on the old one.
    if (request.baseRevision === unit.revision) {
      const context = await checkContexts(db, project, at.lang, [unit]);
      overridden = overriddenBy(runChecks(unit.source, unit.target, project.sourceLang, at.lang, context(unit)), request.overrideReason);
    }
  }
  const reason = overridden.length ? request.overrideReason! : '';
  const view = await change(db, actor, project, at, {
    baseRevision: request.baseRevision,
    target: unit.target,
    state: next,
    kind: request.decision,
    comment: reason || request.comment || (selfApproved ? 'self-approved' : ''),
    selfApproved,
    overridden,
  }, unit);
  if (request.decision === 'reject' && unit.authorId !== null) {
    await notifyRejection(db, { userId: unit.authorId, projectId: project.id, unitId: unit.id, lang: at.lang, actor: actorName(actor), reason: request.comment });
  }
  const repetitions = next === 'approved' ? await repeated(db, actor, project, at.lang, unit) : [];
  return { unit: view, repetitions };
}

/** A translator offers an alternative to the translation in place; a reviewer may pick it. */
export async function suggestTranslation(db: Db, actor: Actor, at: UnitAddress, request: SuggestRequest): Promise<EditorUnit> {
  const { project, unit } = await unitAllowing(db, actor, at, 'translate');
  if (!unit.translate) throw new ServiceError(409, 'unit.do-not-translate', 'This unit is marked “do not translate”: it is published as it is.');
  const target = targetWithSourceCodes(request.target, unit.source);
  if (target.length === 0) throw new ServiceError(400, 'request.invalid', 'A suggestion needs some text.');
  if (unit.state === 'untranslated') throw new ServiceError(409, 'suggestion.nothing-to-replace', 'This unit has no translation yet: save yours as the translation instead.');
  await insertSuggestion(db, { unitId: unit.id, lang: at.lang, authorId: userIdOf(actor), author: actorName(actor), target });
  return editorUnit(db, project, at.lang, unit.id);
}

/** The reviewer picks a suggestion: it becomes the translation, approved (unless it is the reviewer's own). */
export async function acceptSuggestion(db: Db, actor: Actor, at: { projectId: number; lang: string; suggestionId: number }): Promise<EditorUnit> {
  const project = await projectOrThrow(db, at.projectId);
  await authorize(db, actor, project.id, { do: 'review', lang: at.lang });
  const suggestion = await findOpenSuggestion(db, at.suggestionId, at.lang);
  if (!suggestion) throw notFound('suggestion');
  const unit = await findUnit(db, project.id, suggestion.unitId, at.lang);
  if (!unit) throw notFound('unit');
  // A suggestion the quality checks find fault with becomes the translation to review: its approval needs a reason, or a correction.
  const context = await checkContexts(db, project, at.lang, [unit]);
  const findings = runChecks(unit.source, suggestion.target, project.sourceLang, at.lang, context(unit));
  const approval = findings.length === 0 ? await approvalBy(db, actor, project, at.lang, suggestion.authorId) : { allowed: false, self: false };
  const { written } = await db.transaction().execute(async (trx) => {
    const result = await writeTranslationIn(trx, {
      projectId: project.id,
      unitId: unit.id,
      lang: at.lang,
      baseRevision: unit.revision,
      target: suggestion.target,
      state: approval.allowed ? 'approved' : 'translated',
      kind: approval.allowed ? 'approve' : 'save',
      comment: `suggestion by ${suggestion.author} picked`,
      actor: actorName(actor),
      authorId: suggestion.authorId,
      selfApproved: approval.allowed && approval.self,
    }, unit);
    if (result.written) await closeSuggestions(trx, unit.id, at.lang, suggestion.id);
    return result;
  });
  const view = await editorUnit(db, project, at.lang, unit.id);
  if (!written) throw stale(view);
  return view;
}

/**
 * Approves, in one paragraph, every translation waiting for review that passes the quality
 * checks and that the reviewer did not write (four-eyes); says why the others were skipped.
 */
export async function approveBlock(db: Db, actor: Actor, at: { projectId: number; lang: string; blockId: number }): Promise<BatchApproveResult> {
  const project = await projectAllowing(db, actor, at, 'review');
  const units = (await unitsOfBlock(db, project.id, at.lang, at.blockId)).filter((u) => u.translate);
  if (units.length === 0) throw notFound('block');
  const result: BatchApproveResult = { approved: [], skipped: [] };
  const context = await checkContexts(db, project, at.lang, units);
  await db.transaction().execute(async (trx) => {
    for (const unit of units) {
      if (unit.state === 'approved') continue;
      if (unit.state === 'untranslated') {
        result.skipped.push({ unitId: unit.id, reason: 'nothing-to-review' });
        continue;
      }
      // A warning needs the reviewer's reason, given unit by unit.
      if (runChecks(unit.source, unit.target, project.sourceLang, at.lang, context(unit)).length > 0) {
        result.skipped.push({ unitId: unit.id, reason: 'qa' });
        continue;
      }
      const approval = await approvalBy(trx, actor, project, at.lang, unit.authorId);
      if (!approval.allowed) {
        result.skipped.push({ unitId: unit.id, reason: 'own-translation' });
        continue;
      }
      const { written } = await writeTranslationIn(trx, {
        projectId: project.id,
        unitId: unit.id,
        lang: at.lang,
        baseRevision: unit.revision,
        target: unit.target,
        state: 'approved',
        kind: 'approve',
        comment: approval.self ? 'self-approved (paragraph)' : 'approved with the paragraph',
        actor: actorName(actor),
        selfApproved: approval.self,
      }, unit);
      if (written) result.approved.push(unit.id);
    }
  });
  return result;
}

export async function unitHistory(db: Db, actor: Actor, at: UnitAddress): Promise<HistoryEvent[]> {
  await unitAllowing(db, actor, at, 'read');
  const events = await historyOf(db, at.projectId, at.unitId, at.lang);
  return events.map(({ actor: user, ...event }) => ({ ...event, user }));
}
