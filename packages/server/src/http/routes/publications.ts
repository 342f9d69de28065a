import { Router, type Request, type Response } from 'express';
import { publicationFormat, publicationFormats, renderPublicationFile, type PublicationDocument, type PublicationFormat } from '@tessera/core';
import { operations, pages, type Operation } from '@tessera/core/contract';
import type { Db } from '../../db/connection.ts';
import { changeCredit, creditOf } from '../../services/credits.ts';
import { changeEmbargo, previewDocument, publicationNotFound, publicationOverview, publishLanguage, releasedDocument } from '../../services/publications.ts';
import { publicationBundle } from '../../services/publicationBundle.ts';
import { ServiceError } from '../../services/errors.ts';
import { actorOf, intParam, optionalActorOf, stringParam } from '../context.ts';
import { sendNotFoundPage } from '../notFoundPage.ts';
import { serve, type OperationHandler, type OperationInput } from '../register.ts';

/** The format a public address asks for: `?format=<id>`, else the extension of its last part, else HTML. */
function requestedFormat(id: string | undefined, extension: string | undefined): PublicationFormat {
  const format = id !== undefined ? publicationFormat(id) : extension !== undefined ? publicationFormats.find((f) => f.extension === extension) : publicationFormats[0];
  if (!format) throw publicationNotFound();
  return format;
}

/** `ja` or `ja.md` (the latest version in another format). */
function langAndExtension(req: Request): { lang: string; extension: string | undefined } {
  const [lang, extension, ...rest] = stringParam(req, 'lang').split('.');
  if (!lang || rest.length > 0) throw publicationNotFound();
  return { lang, extension };
}

async function sendDocument(res: Response, document: PublicationDocument, format: PublicationFormat, fileName: string): Promise<void> {
  const bytes = await renderPublicationFile(format, document);
  if (!format.mediaType.startsWith('text/')) res.attachment(`${fileName}.${format.extension}`);
  // A preview is never kept; a publication is checked again on every visit (an embargo may be set on it).
  res.type(format.mediaType).set('Cache-Control', document.version === null ? 'no-store' : 'no-cache').set('Content-Language', document.publication.lang);
  res.send(Buffer.from(bytes));
}

/**
 * A public page: a missing (or embargoed) publication is the localized 404 page, and a signed-out
 * visitor of a members' page goes to the sign-in page, which brings them back.
 */
function publicPage<O extends Operation>(handler: (input: OperationInput<O>) => Promise<void>): OperationHandler<O> {
  return async (input) => {
    const { req, res } = input;
    try {
      await handler(input);
    } catch (error) {
      if (!(error instanceof ServiceError)) throw error;
      if (error.status === 401) res.redirect(303, pages.signIn(req.originalUrl));
      else if (error.status === 404) sendNotFoundPage(req, res, typeof req.params.lang === 'string' ? req.params.lang.split('.')[0] : undefined);
      else throw error;
    }
  };
}

/**
 * Publication: the gate, publishing numbered versions, embargoes and credits (`/api/…`), and the
 * public pages: `/publications/:projectId/:lang` (latest), `…/v<n>` (one version), each in every
 * registered format, `?preview=1` for members, and the bundle of every released language.
 */
export function publicationRoutes(db: Db): Router {
  const router = Router();
  const language = (req: Request) => ({ projectId: intParam(req, 'projectId'), lang: stringParam(req, 'lang') });

  serve(router, operations.publicationOverview, ({ req }) => {
    const { projectId, lang } = language(req);
    return publicationOverview(db, actorOf(req), projectId, lang);
  });

  serve(router, operations.publish, ({ body, req }) => {
    const { projectId, lang } = language(req);
    return publishLanguage(db, actorOf(req), projectId, lang, body);
  });

  serve(router, operations.publicationEmbargo, ({ body: { embargoUntil }, req }) => {
    const version = Number(stringParam(req, 'version'));
    if (!Number.isSafeInteger(version) || version < 1) throw publicationNotFound();
    return changeEmbargo(db, actorOf(req), { ...language(req), version }, embargoUntil);
  });

  serve(router, operations.credit, ({ req }) => {
    const { projectId, lang } = language(req);
    return creditOf(db, actorOf(req), projectId, lang);
  });

  serve(router, operations.setCredit, ({ body, req }) => {
    const { projectId, lang } = language(req);
    return changeCredit(db, actorOf(req), projectId, lang, body.name);
  });

  // Before `:lang`, which would take `bundle.zip` for a language.
  serve(
    router,
    operations.publicationBundle,
    publicPage(async ({ req, res }) => {
      const projectId = intParam(req, 'projectId');
      const zip = await publicationBundle(db, projectId);
      res.attachment(`publication-${projectId}.zip`).type('application/zip').set('Cache-Control', 'no-cache').send(Buffer.from(zip));
    }),
  );

  serve(
    router,
    operations.publication,
    publicPage(async ({ query, req, res }) => {
      const projectId = intParam(req, 'projectId');
      const { lang, extension } = langAndExtension(req);
      const format = requestedFormat(query.format, extension);
      if (query.preview === '1') {
        const document = await previewDocument(db, optionalActorOf(req), projectId, lang);
        res.set('X-Robots-Tag', 'noindex');
        return sendDocument(res, document, format, `preview-${projectId}-${lang}`);
      }
      const { row, document } = await releasedDocument(db, optionalActorOf(req), { projectId, lang });
      await sendDocument(res, document, format, `publication-${projectId}-${lang}-v${row.version}`);
    }),
  );

  serve(
    router,
    operations.publicationVersion,
    publicPage(async ({ query, req, res }) => {
      const projectId = intParam(req, 'projectId');
      const match = /^v(\d{1,9})(?:\.([a-z0-9]+))?$/.exec(stringParam(req, 'version'));
      if (!match) throw publicationNotFound();
      const lang = stringParam(req, 'lang');
      const { row, document } = await releasedDocument(db, optionalActorOf(req), { projectId, lang, version: Number(match[1]) });
      await sendDocument(res, document, requestedFormat(query.format, match[2]), `publication-${projectId}-${lang}-v${row.version}`);
    }),
  );

  return router;
}
