import { Router } from 'express';
import { type LiveEvent, operations } from '@tessera/core/contract';
import type { Db } from '../../db/connection.ts';
import type { LiveBus } from '../../live/bus.ts';
import type { ServerLifecycle } from '../lifecycle.ts';
import { authorize, languageReader } from '../../services/policy.ts';
import { ServiceError } from '../../services/errors.ts';
import { projectOrThrow, requireTargetLanguage } from '../../services/projects.ts';
import { actorOf, intParam, stringParam } from '../context.ts';
import { serve } from '../register.ts';

const HEARTBEAT_MS = 25_000;

/** Server-sent events to every open editor of a project, and presence reports from them. */
export function liveRoutes(db: Db, live: LiveBus, lifecycle: ServerLifecycle): Router {
  const router = Router();

  serve(router, operations.live, async ({ req, res }) => {
    const actor = actorOf(req);
    const project = await projectOrThrow(db, intParam(req, 'projectId'));
    const mayRead = await languageReader(db, actor, project.id);
    if (lifecycle.draining) throw new ServiceError(503, 'server.not-ready', 'The server is shutting down; reconnect in a moment.');
    res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'keep-alive', 'X-Accel-Buffering': 'no' });
    res.write('retry: 3000\n\n');
    const send = (event: LiveEvent) => {
      if (!mayRead(event.lang)) return;
      res.write(`data: ${JSON.stringify(event)}\n\n`);
    };
    const unsubscribe = live.subscribe(project.id, send);
    const forget = lifecycle.openStream(res);
    const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), HEARTBEAT_MS);
    req.on('close', () => {
      clearInterval(heartbeat);
      unsubscribe();
      forget();
    });
  });

  serve(router, operations.presence, async ({ body: { unitId }, req }) => {
    const actor = actorOf(req);
    const project = await projectOrThrow(db, intParam(req, 'projectId'));
    const lang = stringParam(req, 'lang');
    await authorize(db, actor, project.id, { do: 'read', lang });
    requireTargetLanguage(project, lang);
    if (actor.kind === 'user') await live.publish(project.id, { type: 'presence', lang, userId: actor.user.id, user: actor.user.name, unitId });
  });

  return router;
}
