import { Router } from 'express';
import { escapeHtml } from '@tessera/core';
import { operations } from '@tessera/core/contract';
import type { Db } from '../../db/connection.ts';
import { mailStrings, type MailStrings } from '../../mail/messages.ts';
import { unsubscribeUser } from '../../mail/unsubscribe.ts';
import { changeMailPreferences, myMailPreferences, unsubscribe } from '../../services/mail.ts';
import { actorOf, stringParam } from '../context.ts';
import { serve } from '../register.ts';

function page(t: MailStrings, body: string): string {
  return `<!doctype html>
<html lang="${escapeHtml(t.lang)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(t('unsubscribe.title'))}</title></head>
<body><main><h1>${escapeHtml(t('unsubscribe.title'))}</h1>${body}</main></body></html>
`;
}

async function stringsFor(db: Db, token: string): Promise<MailStrings> {
  const userId = await unsubscribeUser(db, token);
  const row = userId === undefined ? undefined : await db.selectFrom('mail_preferences').select('ui_lang').where('user_id', '=', userId).executeTakeFirst();
  return mailStrings(row?.ui_lang);
}

/** Each person's e-mail choice, and the unsubscribe link of every e-mail (a page with a button; the one-click POST of RFC 8058). */
export function mailRoutes(db: Db): Router {
  const router = Router();

  serve(router, operations.mailPreferences, ({ req }) => myMailPreferences(db, actorOf(req)));

  serve(router, operations.setMailPreferences, ({ body, req }) => changeMailPreferences(db, actorOf(req), body));

  // HTML pages, written here: a link that is not valid is a page too (404).
  serve(router, operations.unsubscribePage, async ({ req, res }) => {
    const token = stringParam(req, 'token');
    const t = await stringsFor(db, token);
    res.set('Cache-Control', 'no-store').type('html');
    if ((await unsubscribeUser(db, token)) === undefined) {
      res.status(404).send(page(t, `<p>${escapeHtml(t('unsubscribe.invalid'))}</p>`));
      return;
    }
    res.send(page(t, `<p>${escapeHtml(t('unsubscribe.ask'))}</p><form method="post"><button type="submit">${escapeHtml(t('unsubscribe.button'))}</button></form>`));
  });

  serve(router, operations.unsubscribe, async ({ req, res }) => {
    const token = stringParam(req, 'token');
    const t = await stringsFor(db, token);
    res.set('Cache-Control', 'no-store').type('html');
    if (!(await unsubscribe(db, token))) {
      res.status(404).send(page(t, `<p>${escapeHtml(t('unsubscribe.invalid'))}</p>`));
      return;
    }
    res.send(page(t, `<p>${escapeHtml(t('unsubscribe.done'))}</p>`));
  });

  return router;
}
