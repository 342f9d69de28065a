import express, { Router } from 'express';
import { decodeText } from '@tessera/core';
import { operations } from '@tessera/core/contract';
import type { Db } from '../../db/connection.ts';
import type { Limits } from '../../settings.ts';
import type { LiveBus } from '../../live/bus.ts';
import { exportXliff, importXliff } from '../../services/exchange.ts';
import { exportTmx, importTmx, memoryMatches, removeMemoryFile, setProjectInMemory } from '../../services/translationMemory.ts';
import { leverageReport } from '../../services/leverage.ts';
import { actorOf, intParam, stringParam } from '../context.ts';
import { serve } from '../register.ts';

const fileName = (project: string, lang: string, extension: string) => `${project.replace(/[^\p{L}\p{N}._-]+/gu, '-')}.${lang}.${extension}`;

/** Exchange with CAT tools: XLIFF 1.2 and 2.0 per language, TMX for the translation memory, and the memory's matches for a unit and its leverage on a language. */
export function xliffRoutes(db: Db, limits: Limits, live: LiveBus): Router {
  const router = Router();
  const upload = [express.raw({ type: () => true, limit: limits.xliffBytes })];
  const bodyText = (body: Buffer) => decodeText(body, { maxBytes: limits.xliffBytes });

  // Files, written here.
  serve(router, operations.exportXliff, async ({ query: { format }, req, res }) => {
    const lang = stringParam(req, 'lang');
    const { project, xml } = await exportXliff(db, actorOf(req), intParam(req, 'projectId'), lang, format);
    res
      .attachment(fileName(project.name, lang, format === 'xliff20' ? 'xlf2' : 'xlf'))
      .type('application/xliff+xml; charset=utf-8')
      .send(xml);
  });

  serve(
    router,
    operations.importXliff,
    async ({ body, req }) => {
      const actor = actorOf(req);
      const projectId = intParam(req, 'projectId');
      const summary = await importXliff(db, actor, projectId, bodyText(body), { maxBytes: limits.xliffBytes, lang: stringParam(req, 'lang') });
      if (summary.updated > 0) await live.publish(projectId, { type: 'reload', lang: summary.lang });
      return summary;
    },
    upload,
  );

  serve(router, operations.exportTmx, async ({ req, res }) => {
    const lang = stringParam(req, 'lang');
    const projectId = intParam(req, 'projectId');
    const { tmx } = await exportTmx(db, actorOf(req), { projectId }, lang);
    res.attachment(`tessera-${projectId}.${lang}.tmx`).type('application/x-tmx+xml; charset=utf-8').send(tmx);
  });

  serve(
    router,
    operations.importTmx,
    ({ body, query: { name }, req }) =>
      importTmx(db, actorOf(req), bodyText(body), { maxBytes: limits.xliffBytes, origin: name || 'upload' }),
    upload,
  );

  serve(router, operations.removeMemoryFile, ({ query: { name }, req }) => removeMemoryFile(db, actorOf(req), name));

  serve(router, operations.projectInMemory, async ({ body: { inMemory }, req }) => {
    await setProjectInMemory(db, actorOf(req), intParam(req, 'projectId'), inMemory);
  });

  serve(router, operations.memoryMatches, ({ req }) =>
    memoryMatches(db, actorOf(req), { projectId: intParam(req, 'projectId'), lang: stringParam(req, 'lang'), unitId: intParam(req, 'unitId') }),
  );

  serve(router, operations.leverageReport, ({ req }) => leverageReport(db, actorOf(req), intParam(req, 'projectId'), stringParam(req, 'lang')));

  return router;
}
