import { Router } from 'express';
import { operations } from '@tessera/core/contract';
import type { Db } from '../../db/connection.ts';
import { schemaProblem, schemaState } from '../../services/schemaVersion.ts';
import type { ServerLifecycle } from '../lifecycle.ts';
import { sendProblem } from '../problem.ts';
import { on } from '../register.ts';

/** How long `/readyz` waits for the database. */
const READINESS_TIMEOUT_MS = 2000;

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
    let timer: NodeJS.Timeout | undefined;
    try {
      // A database that does not answer at all (a server gone away) must not hold the probe forever.
      const late = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${READINESS_TIMEOUT_MS / 1000} s`)), READINESS_TIMEOUT_MS);
      });
      problem = schemaProblem(await Promise.race([schemaState(db), late]));
    } catch (error) {
      problem = `the database does not answer (${(error as Error).message})`;
    } finally {
      clearTimeout(timer);
    }
    if (problem) return sendProblem(res, 503, 'server.not-ready', `Not ready: ${problem}.`);
    res.json({ status: 'ready' });
  });

  return router;
}
