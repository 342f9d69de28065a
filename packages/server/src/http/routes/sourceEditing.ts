import { Router } from 'express';
import { operations } from '@tessera/core/contract';
import type { Db } from '../../db/connection.ts';
import type { LiveBus } from '../../live/bus.ts';
import { editSource, mergeWithNext, setDoNotTranslate, splitUnit } from '../../services/sourceEditing.ts';
import { actorOf, intParam } from '../context.ts';
import { serve } from '../register.ts';

/** The coordinator's control of the source: edit, merge, split, do-not-translate. */
export function sourceEditingRoutes(db: Db, live: LiveBus): Router {
  const router = Router();
  // Every change here touches every language: open editors reload.
  const changed = (projectId: number) => live.publish(projectId, { type: 'reload', lang: null });
  const unitAt = (req: Parameters<typeof intParam>[0]) => ({ projectId: intParam(req, 'projectId'), unitId: intParam(req, 'unitId') });

  serve(router, operations.editSource, async ({ body, req }) => {
    const at = unitAt(req);
    await editSource(db, actorOf(req), at, body);
    await changed(at.projectId);
  });

  serve(router, operations.mergeWithNext, async ({ req }) => {
    const at = unitAt(req);
    await mergeWithNext(db, actorOf(req), at);
    await changed(at.projectId);
  });

  serve(router, operations.splitUnit, async ({ body, req }) => {
    const at = unitAt(req);
    const id = await splitUnit(db, actorOf(req), at, body);
    await changed(at.projectId);
    return { id };
  });

  serve(router, operations.unitTranslate, async ({ body, req }) => {
    const at = unitAt(req);
    await setDoNotTranslate(db, actorOf(req), at, body.translate);
    await changed(at.projectId);
  });

  serve(router, operations.blockTranslate, async ({ body, req }) => {
    const at = { projectId: intParam(req, 'projectId'), blockId: intParam(req, 'blockId') };
    await setDoNotTranslate(db, actorOf(req), at, body.translate);
    await changed(at.projectId);
  });

  return router;
}
