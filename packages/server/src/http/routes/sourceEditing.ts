import { Router } from 'express';
import { editSourceRequest, splitUnitRequest, translateFlagRequest, operations } from '@tessera/core/contract';
import type { Db } from '../../db/connection.ts';
import type { LiveBus } from '../../live/bus.ts';
import { editSource, mergeWithNext, setDoNotTranslate, splitUnit } from '../../services/sourceEditing.ts';
import { actorOf, intParam } from '../context.ts';
import { on } from '../register.ts';

/** The coordinator's control of the source: edit, merge, split, do-not-translate. */
export function sourceEditingRoutes(db: Db, live: LiveBus): Router {
  const router = Router();
  // Every change here touches every language: open editors reload.
  const changed = (projectId: number) => live.publish(projectId, { type: 'reload', lang: null });
  const unitAt = (req: Parameters<typeof intParam>[0]) => ({ projectId: intParam(req, 'projectId'), unitId: intParam(req, 'unitId') });

  on(router, operations.editSource, async (req, res) => {
    const at = unitAt(req);
    await editSource(db, actorOf(req), at, editSourceRequest.parse(req.body));
    await changed(at.projectId);
    res.status(204).end();
  });

  on(router, operations.mergeWithNext, async (req, res) => {
    const at = unitAt(req);
    await mergeWithNext(db, actorOf(req), at);
    await changed(at.projectId);
    res.status(204).end();
  });

  on(router, operations.splitUnit, async (req, res) => {
    const at = unitAt(req);
    const id = await splitUnit(db, actorOf(req), at, splitUnitRequest.parse(req.body));
    await changed(at.projectId);
    res.status(201).json({ id });
  });

  on(router, operations.unitTranslate, async (req, res) => {
    const at = unitAt(req);
    await setDoNotTranslate(db, actorOf(req), at, translateFlagRequest.parse(req.body).translate);
    await changed(at.projectId);
    res.status(204).end();
  });

  on(router, operations.blockTranslate, async (req, res) => {
    const at = { projectId: intParam(req, 'projectId'), blockId: intParam(req, 'blockId') };
    await setDoNotTranslate(db, actorOf(req), at, translateFlagRequest.parse(req.body).translate);
    await changed(at.projectId);
    res.status(204).end();
  });

  return router;
}
