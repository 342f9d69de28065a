import { Router, type Request } from 'express';
import { operations, type EditorUnit } from '@tessera/core/contract';
import type { Db } from '../../db/connection.ts';
import type { LiveBus } from '../../live/bus.ts';
import { createProject } from '../../services/newProject.ts';
import { projectOrThrow, projectsFor, summarize } from '../../services/projects.ts';
import { languageUnitsJson, languageViewJson, openLanguage } from '../../services/languageView.ts';
import { reviewTranslation, saveTranslation, unitHistory } from '../../services/translations.ts';
import { machineOriginOf, type MachineTranslation } from '../../services/machineTranslation.ts';
import { changeLanguageSettings } from '../../services/languageSettings.ts';
import { reviseSource } from '../../services/revisions.ts';
import { actorOf, intParam, stringParam } from '../context.ts';
import { answeredUnchanged } from '../conditional.ts';
import { sendJsonParts } from '../jsonParts.ts';
import { serve } from '../register.ts';

export function projectRoutes(db: Db, live: LiveBus, machine: MachineTranslation): Router {
  const router = Router();
  const machineOrigin = machineOriginOf(db, machine);

  serve(router, operations.listProjects, ({ req }) => projectsFor(db, actorOf(req)));

  serve(router, operations.createProject, async ({ body, req }) => {
    const actor = actorOf(req);
    const { id, normalized } = await createProject(db, actor, body);
    return { ...(await summarize(db, actor, await projectOrThrow(db, id))), normalized };
  });

  serve(router, operations.reviseSource, async ({ body, req }) => {
    const projectId = intParam(req, 'projectId');
    const summary = await reviseSource(db, actorOf(req), projectId, body);
    if (summary.applied) await live.publish(projectId, { type: 'reload', lang: null });
    return summary;
  });

  const openedLanguage = (req: Request) => openLanguage(db, actorOf(req), intParam(req, 'projectId'), stringParam(req, 'lang'));

  // Conditional answers of prepared JSON parts, written here.
  serve(router, operations.languageView, async ({ query, req, res }) => {
    const open = await openedLanguage(req);
    if (!answeredUnchanged(req, res, open.version)) sendJsonParts(res, await languageViewJson(db, open, query));
  });

  serve(router, operations.languageUnits, async ({ query, req, res }) => {
    const open = await openedLanguage(req);
    if (!answeredUnchanged(req, res, open.version)) sendJsonParts(res, await languageUnitsJson(db, open, query));
  });

  serve(router, operations.publicationSettings, async ({ body: { allowFallback, signatoryOrder }, req }) => {
    await changeLanguageSettings(db, actorOf(req), intParam(req, 'projectId'), stringParam(req, 'lang'), { allowFallback, signatoryOrder });
  });

  const unitAddress = (req: Parameters<typeof intParam>[0]) => ({
    projectId: intParam(req, 'projectId'),
    lang: stringParam(req, 'lang'),
    unitId: intParam(req, 'unitId'),
  });

  /** The other occurrences of a sentence that were given its translation. */
  const publishRepetitions = async (at: { projectId: number; lang: string }, units: EditorUnit[]) => {
    for (const unit of units) await live.publish(at.projectId, { type: 'unit', lang: at.lang, unit });
  };

  serve(router, operations.saveTranslation, async ({ body, req }) => {
    const at = unitAddress(req);
    const { unit, repetitions } = await saveTranslation(db, actorOf(req), at, body, machineOrigin);
    await live.publish(at.projectId, { type: 'unit', lang: at.lang, unit });
    await publishRepetitions(at, repetitions);
    return unit;
  });

  serve(router, operations.review, async ({ body, req }) => {
    const at = unitAddress(req);
    const { unit, repetitions } = await reviewTranslation(db, actorOf(req), at, body);
    await live.publish(at.projectId, { type: 'unit', lang: at.lang, unit });
    await publishRepetitions(at, repetitions);
    return unit;
  });

  serve(router, operations.history, ({ req }) => unitHistory(db, actorOf(req), unitAddress(req)));

  return router;
}
