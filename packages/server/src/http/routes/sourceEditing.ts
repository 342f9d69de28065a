import { Router } from 'express';
import { editSourceRequest, splitUnitRequest, translateFlagRequest } from '@tessera/core/contract';
import type { Db } from '../../db/connection.ts';
import { editSource, mergeWithNext, setDoNotTranslate, splitUnit } from '../../services/sourceEditing.ts';
import { actorOf, intParam } from '../context.ts';

/** The coordinator's control of the source: edit, merge, split, do-not-translate. */
export function sourceEditingRoutes(db: Db): Router {
  const router = Router();
  const unitAt = (req: Parameters<typeof intParam>[0]) => ({ projectId: intParam(req, 'projectId'), unitId: intParam(req, 'unitId') });

  router.put('/:projectId/units/:unitId/source', async (req, res) => {
    await editSource(db, actorOf(req), unitAt(req), editSourceRequest.parse(req.body));
    res.status(204).end();
  });

  router.post('/:projectId/units/:unitId/merge-next', async (req, res) => {
    await mergeWithNext(db, actorOf(req), unitAt(req));
    res.status(204).end();
  });

  router.post('/:projectId/units/:unitId/split', async (req, res) => {
    const id = await splitUnit(db, actorOf(req), unitAt(req), splitUnitRequest.parse(req.body));
    res.status(201).json({ id });
  });

  router.put('/:projectId/units/:unitId/translate', async (req, res) => {
    await setDoNotTranslate(db, actorOf(req), unitAt(req), translateFlagRequest.parse(req.body).translate);
    res.status(204).end();
  });

  router.put('/:projectId/blocks/:blockId/translate', async (req, res) => {
    const at = { projectId: intParam(req, 'projectId'), blockId: intParam(req, 'blockId') };
    await setDoNotTranslate(db, actorOf(req), at, translateFlagRequest.parse(req.body).translate);
    res.status(204).end();
  });

  return router;
}
