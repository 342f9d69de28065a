import { Router } from 'express';
import { operations } from '@tessera/core/contract';
import type { Db } from '../../db/connection.ts';
import { ServiceError } from '../../services/errors.ts';
import { schemaProblem, schemaState } from '../../services/schemaVersion.ts';
import type { ServerLifecycle } from '../lifecycle.ts';
import { serve } from '../register.ts';

/** How long `/readyz` waits for the database. */
const READINESS_TIMEOUT_MS = 2000;

const notReady = (detail: string) => new ServiceError(503, 'server.not-ready', detail);

/** `/healthz` (the process answers) and `/readyz` (it can serve: database reachable, schema current, not draining). */
export function healthRoutes(db: Db, lifecycle: ServerLifecycle): Router {
  const router = Router();

  serve(router, operations.health, ({ res }) => {
    res.set('Cache-Control', 'no-store');
    return { status: 'up' as const };
  });

  serve(router, operations.readiness, async ({ res }) => {
    res.set('Cache-Control', 'no-store');
    if (lifecycle.draining) throw notReady('The server is shutting down.');
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
    if (problem) throw notReady(`Not ready: ${problem}.`);
    return { status: 'ready' as const };
  });

  return router;
}
