import { Router } from 'express';
import { operations } from '@tessera/core/contract';
import type { Db } from '../../db/connection.ts';
import { publicationHtml } from '../../services/publications.ts';
import { intParam, optionalActorOf, stringParam } from '../context.ts';
import { on } from '../register.ts';

/** Server-rendered language versions: `/publications/:projectId/:lang` (public) and `?preview=1` (members). */
export function publicationRoutes(db: Db): Router {
  const router = Router();
  on(router, operations.publication, async (req, res) => {
    const html = await publicationHtml(db, optionalActorOf(req), {
      projectId: intParam(req, 'projectId'),
      lang: stringParam(req, 'lang'),
      preview: req.query.preview === '1',
    });
    res.type('html').set('Cache-Control', 'no-store').send(html);
  });
  return router;
}
