import { Router } from 'express';
import { operations } from '@tessera/core/contract';
import { ServiceError } from '../../services/errors.ts';
import type { AddressList } from '../addressList.ts';
import type { ServerMetrics } from '../metrics.ts';
import { serve } from '../register.ts';

/** `/metrics` for the addresses the operator allows (`req.ip`: behind a proxy on this machine, the client's); 404 for anyone else. */
export function metricsRoutes(metrics: ServerMetrics, allowed: AddressList): Router {
  const router = Router();
  serve(router, operations.metrics, async ({ req, res }) => {
    if (!allowed.has(req.ip)) throw new ServiceError(404, 'request.not-found', 'No such page.');
    const { contentType, text } = await metrics.exposition();
    res.set('Cache-Control', 'no-store').type(contentType).send(text);
  });
  return router;
}
