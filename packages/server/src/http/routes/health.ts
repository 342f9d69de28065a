import { Router } from 'express';
import { operations } from '@tessera/core/contract';
import type { Db } from '../../db/connection.ts';
import { schemaProblem, schemaState } from '../../services/schemaVersion.ts';
import type { ServerLifecycle } from '../lifecycle.ts';
import { sendProblem } from '../problem.ts';
import { on } from '../register.ts';

/** `/healthz` (the process answers) and `/readyz` (it can serve: database reachable, schema current, not draining). */
export function healthRoutes(db: Db, lifecycle: ServerLifecycle): Router {
  const router = Router();

  on(router, operations.health, (_req, res) => {
    res.set('Cache-Control', 'no-store').json({ status: 'up' });
  });

  on(router, operations.readiness, async (_req, res) => {
    res.set('Cache-Control', 'no-store');
    if (lifecycle.draining) return sendProblem(res, 503, 'server.not-ready', 'The server is shutting down.');
    let problem: string | null;
    try {
      problem = schemaProblem(await schemaState(db));
    } catch (error) {
      problem = `the database does not answer (${(error as Error).message})`;
    }
    if (problem) return sendProblem(res, 503, 'server.not-ready', `Not ready: ${problem}.`);
    res.json({ status: 'ready' });
  });

  return router;
}
