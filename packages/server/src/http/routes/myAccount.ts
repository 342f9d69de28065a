import { Router, type Request } from 'express';
import { changeEmailRequest, changePasswordRequest, deleteAccountRequest, operations } from '@tessera/core/contract';
import type { Db } from '../../db/connection.ts';
import type { UserRow } from '../../db/schema.ts';
import { exportAccountData } from '../../services/accountData.ts';
import { deleteMyAccount } from '../../services/accountErasure.ts';
import { listAccountSessions, revokeAccountSession } from '../../services/accountSessions.ts';
import { accountViewOf, changeEmail, changePassword, type Confirming } from '../../services/myAccount.ts';
import { actorOf, stringParam } from '../context.ts';
import { on } from '../register.ts';
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
  on(router, operations.account, (req, res) => {
    res.set('Cache-Control', 'no-store').json(accountViewOf(me(req)));
  });
  on(router, operations.changePassword, async (req, res) => {
    await changePassword(db, confirming(req), changePasswordRequest.parse(req.body), sessions.sessionToken(req));
    res.status(204).end();
  });
  on(router, operations.changeEmail, async (req, res) => {
    res.json(await changeEmail(db, confirming(req), changeEmailRequest.parse(req.body)));
  });
  on(router, operations.accountSessions, async (req, res) => {
    res.set('Cache-Control', 'no-store').json(await listAccountSessions(db, me(req).id, sessions.sessionToken(req)));
  });
  on(router, operations.revokeSession, async (req, res) => {
    await revokeAccountSession(db, me(req).id, stringParam(req, 'sessionId'));
    res.status(204).end();
  });
  on(router, operations.accountData, async (req, res) => {
    const data = await exportAccountData(db, me(req));
    res.set('Cache-Control', 'no-store').attachment('tessera-my-data.json').json(data);
  });
  on(router, operations.deleteAccount, async (req, res) => {
    await deleteMyAccount(db, confirming(req), deleteAccountRequest.parse(req.body));
    sessions.end(res);
    res.status(204).end();
  });
  return router;
}
