import express, { Router } from 'express';
import { decodeText, MAX_GLOSSARY_BYTES } from '@tessera/core';
import { operations } from '@tessera/core/contract';
import type { Db } from '../../db/connection.ts';
import type { Limits } from '../../settings.ts';
import { addTerm, changeTerm, exportGlossary, importGlossary, readGlossary, removeTerm } from '../../services/glossary.ts';
import { actorOf, intParam, stringParam } from '../context.ts';
import { serve } from '../register.ts';

/** The glossary of a language: its terms, and its files (TBX, CSV). */
export function glossaryRoutes(db: Db, limits: Limits): Router {
  const router = Router();
  // A glossary file is never larger than a glossary may be, nor than the server takes an XLIFF file.
  const maxBytes = Math.min(limits.xliffBytes, MAX_GLOSSARY_BYTES);
  const at = (req: express.Request) => ({ projectId: intParam(req, 'projectId'), lang: stringParam(req, 'lang') });

  serve(router, operations.glossary, ({ req }) => readGlossary(db, actorOf(req), at(req)));
  serve(router, operations.addGlossaryTerm, ({ req, body }) => addTerm(db, actorOf(req), at(req), body));
  serve(router, operations.updateGlossaryTerm, ({ req, body }) => changeTerm(db, actorOf(req), at(req), intParam(req, 'termId'), body));
  serve(router, operations.deleteGlossaryTerm, ({ req }) => removeTerm(db, actorOf(req), at(req), intParam(req, 'termId')));

  serve(
    router,
    operations.importGlossary,
    ({ req, body }) => importGlossary(db, actorOf(req), at(req), decodeText(body, { maxBytes }), { maxBytes }),
    [express.raw({ type: () => true, limit: maxBytes })],
  );

  serve(router, operations.exportGlossary, async ({ req, res, query }) => {
    const file = await exportGlossary(db, actorOf(req), at(req), query.format);
    res.attachment(file.fileName).type(`${file.mediaType}; charset=utf-8`).send(file.text);
  });

  return router;
}
