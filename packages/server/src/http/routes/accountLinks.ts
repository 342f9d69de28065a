import { Router } from 'express';
import { operations, setPasswordRequest, setupRequest, type SessionView } from '@tessera/core/contract';
import type { Db } from '../../db/connection.ts';
import type { UserRow } from '../../db/schema.ts';
import { completeSetup, describeAccountLink, setPasswordByLink } from '../../services/accountLinks.ts';
import { toUserView } from '../../services/auth.ts';
import { stringParam } from '../context.ts';
import { on } from '../register.ts';
import type { BrowserSessions } from '../security.ts';

/** The setup link of an empty server, and the links where someone chooses a password. */
export function accountLinkRoutes(db: Db, sessions: BrowserSessions): Router {
  const router = Router();
  const signedIn = (res: Parameters<BrowserSessions['begin']>[0], { user, sessionToken }: { user: UserRow; sessionToken: string }): SessionView => ({
    user: toUserView(user),
    csrfToken: sessions.begin(res, sessionToken),
  });

  on(router, operations.getAccountLink, async (req, res) => {
    res.json(await describeAccountLink(db, stringParam(req, 'token')));
  });
  on(router, operations.completeSetup, async (req, res) => {
    res.json(signedIn(res, await completeSetup(db, stringParam(req, 'token'), setupRequest.parse(req.body))));
  });
  on(router, operations.setPasswordByLink, async (req, res) => {
    res.json(signedIn(res, await setPasswordByLink(db, stringParam(req, 'token'), setPasswordRequest.parse(req.body).password)));
  });
  return router;
}
