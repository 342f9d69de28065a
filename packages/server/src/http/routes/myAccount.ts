import { Router, type Request } from 'express';
import { operations } from '@tessera/core/contract';
import type { Db } from '../../db/connection.ts';
import type { UserRow } from '../../db/schema.ts';
import { exportAccountData } from '../../services/accountData.ts';
import { deleteMyAccount } from '../../services/accountErasure.ts';
import { listAccountSessions, revokeAccountSession } from '../../services/accountSessions.ts';
import { accountViewOf, changeEmail, changePassword, type Confirming } from '../../services/myAccount.ts';
import { actorOf, stringParam } from '../context.ts';
import { serve } from '../register.ts';
import type { BrowserSessions } from '../security.ts';

/** The signed-in user (401 `auth.required` otherwise). */
function me(req: Request): UserRow {
  const actor = actorOf(req);
  if (actor.kind !== 'user') throw new Error('a request acts as a user');
  return actor.user;
}

/** The signed-in user confirming a change with their password, from the client's address. */
const confirming = (req: Request): Confirming => ({ user: me(req), address: req.ip });

/** My account: password, e-mail address, sessions, my data, erasing the account. */
export function myAccountRoutes(db: Db, sessions: BrowserSessions): Router {
  const router = Router();
  serve(router, operations.account, ({ req, res }) => {
    res.set('Cache-Control', 'no-store');
    return accountViewOf(me(req));
  });
  serve(router, operations.changePassword, async ({ body, req }) => {
    await changePassword(db, confirming(req), body, sessions.sessionToken(req));
  });
  serve(router, operations.changeEmail, ({ body, req }) => changeEmail(db, confirming(req), body));
  serve(router, operations.accountSessions, async ({ req, res }) => {
    res.set('Cache-Control', 'no-store');
    return listAccountSessions(db, me(req).id, sessions.sessionToken(req));
  });
  serve(router, operations.revokeSession, async ({ req }) => {
    await revokeAccountSession(db, me(req).id, stringParam(req, 'sessionId'));
  });
  serve(router, operations.accountData, async ({ req, res }) => {
    const data = await exportAccountData(db, me(req));
    res.set('Cache-Control', 'no-store').attachment('tessera-my-data.json');
    return data;
  });
  serve(router, operations.deleteAccount, async ({ body, req, res }) => {
    await deleteMyAccount(db, confirming(req), body);
    sessions.end(res);
  });
  return router;
}
