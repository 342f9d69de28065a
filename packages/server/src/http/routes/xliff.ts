import { Router } from 'express';
import { operations } from '@tessera/core/contract';
import type { Db } from '../../db/connection.ts';
import type { Limits } from '../../settings.ts';
import type { LiveBus } from '../../live/bus.ts';
import { exportXliff, importXliff } from '../../services/exchange.ts';
import { importTmx } from '../../services/memoryImport.ts';
import { exportTmx, memoryMatches, removeMemoryFile, setProjectInMemory } from '../../services/translationMemory.ts';
import { leverageReport } from '../../services/leverage.ts';
import { withSpooledUpload } from '../spooledUpload.ts';
import { actorOf, intParam, stringParam } from '../context.ts';
import { serve } from '../register.ts';

const fileName = (project: string, lang: string, extension: string) => `${project.replace(/[^\p{L}\p{N}._-]+/gu, '-')}.${lang}.${extension}`;

/** Exchange with CAT tools: XLIFF 1.2 and 2.0 per language, TMX for the translation memory, and the memory's matches for a unit and its leverage on a language. */
export function xliffRoutes(db: Db, limits: Limits, live: LiveBus): Router {
  const router = Router();
  const maxBytes = limits.xliffBytes;

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
    async ({ req, res }) => {
      const actor = actorOf(req);
      const projectId = intParam(req, 'projectId');
      const lang = stringParam(req, 'lang');
      const summary = await withSpooledUpload(req, res, maxBytes, (file) => importXliff(db, actor, projectId, file, { maxBytes, lang }));
      if (summary.updated > 0) await live.publish(projectId, { type: 'reload', lang: summary.lang });
      return summary;
    },
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
    ({ query: { name }, req, res }) => {
      const actor = actorOf(req);
      return withSpooledUpload(req, res, maxBytes, (file) => importTmx(db, actor, file, { maxBytes, origin: name || 'upload' }));
    },
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
