import { Router } from 'express';
import { operations } from '@tessera/core/contract';
import type { AddressList } from '../addressList.ts';
import type { ServerMetrics } from '../metrics.ts';
import { sendProblem } from '../problem.ts';
import { on } from '../register.ts';

/** `/metrics` for the addresses the operator allows (`req.ip`: behind a proxy on this machine, the client's); 404 for anyone else. */
export function metricsRoutes(metrics: ServerMetrics, allowed: AddressList): Router {
  const router = Router();
  on(router, operations.metrics, async (req, res) => {
    if (!allowed.has(req.ip)) return sendProblem(res, 404, 'request.not-found', 'No such page.');
    const { contentType, text } = await metrics.exposition();
    res.set('Cache-Control', 'no-store').type(contentType).send(text);
  });
  return router;
}
