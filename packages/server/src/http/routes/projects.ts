import { Router, type Request } from 'express';
import {
  createProjectRequest,
  languageViewQuery,
  operations,
  publicationSettingsRequest,
  reviewRequest,
  reviseSourceRequest,
  saveTranslationRequest,
  unitPageQuery,
} from '@tessera/core/contract';
import type { Db } from '../../db/connection.ts';
import type { LiveBus } from '../../live/bus.ts';
import { createProject, projectOrThrow, projectsFor, summarize } from '../../services/projects.ts';
import { languageUnitsJson, languageViewJson, openLanguage } from '../../services/languageView.ts';
import { reviewTranslation, saveTranslation, unitHistory } from '../../services/translations.ts';
import { changeLanguageSettings } from '../../services/languageSettings.ts';
import { reviseSource } from '../../services/revisions.ts';
import { actorOf, intParam, stringParam } from '../context.ts';
import { answeredUnchanged } from '../conditional.ts';
import { sendJsonParts } from '../jsonParts.ts';
import { on } from '../register.ts';

export function projectRoutes(db: Db, live: LiveBus): Router {
  const router = Router();

  on(router, operations.listProjects, async (req, res) => {
    res.json(await projectsFor(db, actorOf(req)));
  });

  on(router, operations.createProject, async (req, res) => {
    const actor = actorOf(req);
    const { id, normalized } = await createProject(db, actor, createProjectRequest.parse(req.body));
    res.status(201).json({ ...(await summarize(db, actor, await projectOrThrow(db, id))), normalized });
  });

  on(router, operations.reviseSource, async (req, res) => {
    const projectId = intParam(req, 'projectId');
    const summary = await reviseSource(db, actorOf(req), projectId, reviseSourceRequest.parse(req.body));
    if (summary.applied) await live.publish(projectId, { type: 'reload', lang: null });
    res.json(summary);
  });

  const openedLanguage = (req: Request) => openLanguage(db, actorOf(req), intParam(req, 'projectId'), stringParam(req, 'lang'));

  on(router, operations.languageView, async (req, res) => {
    const page = languageViewQuery.parse(req.query);
    const open = await openedLanguage(req);
    if (!answeredUnchanged(req, res, open.version)) sendJsonParts(res, await languageViewJson(db, open, page));
  });

  on(router, operations.languageUnits, async (req, res) => {
    const page = unitPageQuery.parse(req.query);
    const open = await openedLanguage(req);
    if (!answeredUnchanged(req, res, open.version)) sendJsonParts(res, await languageUnitsJson(db, open, page));
  });

  on(router, operations.publicationSettings, async (req, res) => {
    const { allowFallback, signatoryOrder } = publicationSettingsRequest.parse(req.body);
    await changeLanguageSettings(db, actorOf(req), intParam(req, 'projectId'), stringParam(req, 'lang'), { allowFallback, signatoryOrder });
    res.status(204).end();
  });

  const unitAddress = (req: Parameters<typeof intParam>[0]) => ({
    projectId: intParam(req, 'projectId'),
    lang: stringParam(req, 'lang'),
    unitId: intParam(req, 'unitId'),
  });

  on(router, operations.saveTranslation, async (req, res) => {
    const at = unitAddress(req);
    const unit = await saveTranslation(db, actorOf(req), at, saveTranslationRequest.parse(req.body));
    await live.publish(at.projectId, { type: 'unit', lang: at.lang, unit });
    res.json(unit);
  });

  on(router, operations.review, async (req, res) => {
    const at = unitAddress(req);
    const unit = await reviewTranslation(db, actorOf(req), at, reviewRequest.parse(req.body));
    await live.publish(at.projectId, { type: 'unit', lang: at.lang, unit });
    res.json(unit);
  });

  on(router, operations.history, async (req, res) => {
    res.json(await unitHistory(db, actorOf(req), unitAddress(req)));
  });

  return router;
}
