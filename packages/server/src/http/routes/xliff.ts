import express, { Router } from 'express';
import { decodeText } from '@tessera/core';
import { operations } from '@tessera/core/contract';
import type { Db } from '../../db/connection.ts';
import type { Limits } from '../../config.ts';
import type { LiveBus } from '../../live/bus.ts';
import { exportXliff12, importXliff } from '../../services/exchange.ts';
import { actorOf, intParam, stringParam } from '../context.ts';
import { on } from '../register.ts';

export function xliffRoutes(db: Db, limits: Limits, live: LiveBus): Router {
  const router = Router();

  on(router, operations.exportXliff, async (req, res) => {
    const lang = stringParam(req, 'lang');
    const { project, xml } = await exportXliff12(db, actorOf(req), intParam(req, 'projectId'), lang);
    const filename = `${project.name.replace(/[^\p{L}\p{N}._-]+/gu, '-')}.${lang}.xlf`;
    res
      .type('application/xliff+xml; charset=utf-8')
      .attachment(filename)
      .send(xml);
  });

  router.post(
    operations.importXliff.path,
    express.raw({ type: () => true, limit: limits.xliffBytes }),
    async (req, res) => {
      const actor = actorOf(req);
      const bytes = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      const projectId = intParam(req, 'projectId');
      const summary = await importXliff(db, actor, projectId, decodeText(bytes), { maxBytes: limits.xliffBytes, lang: stringParam(req, 'lang') });
      if (summary.updated > 0) await live.publish(projectId, { type: 'reload', lang: summary.lang });
      res.json(summary);
    },
  );

  return router;
}
