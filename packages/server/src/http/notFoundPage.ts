import type { Request, Response } from 'express';
import { directionOf, escapeHtml, standalonePage, UI_LANGUAGES, uiLanguageOf } from '@tessera/core';
import { messagesFunction, publicationMessages } from '../i18n/publicationStrings.ts';

/** The language of a page about `requested`: that language when it is an interface language (which has publication strings), else the browser's choice among them, else English. */
export function pageLanguage(req: Request, requested: string | undefined): string {
  const own = uiLanguageOf(requested);
  if (own) return own;
  const accepted = req.acceptsLanguages([...UI_LANGUAGES]);
  return typeof accepted === 'string' ? accepted : 'en';
}

/**
 * The 404 of the public pages, as a page in the reader's language: the same answer for an address
 * that never existed and for a publication still under embargo.
 */
export function sendNotFoundPage(req: Request, res: Response, requestedLang: string | undefined): void {
  const lang = pageLanguage(req, requestedLang);
  const t = messagesFunction(lang, publicationMessages(lang));
  const title = t('notFound.title');
  res
    .status(404)
    .type('html')
    .set('Cache-Control', 'no-store')
    .set('Content-Language', lang)
    .send(
      standalonePage({
        lang,
        dir: directionOf(lang),
        title,
        style: 'body{font:1.05rem/1.6 system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;color:#1d1d1f;background:#fff}',
        head: '<meta name="robots" content="noindex">\n',
        body: `<main>\n<h1>${escapeHtml(title)}</h1>\n<p>${escapeHtml(t('notFound.body'))}</p>\n</main>`,
      }),
    );
}
