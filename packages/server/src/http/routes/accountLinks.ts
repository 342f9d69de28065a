import { Router } from 'express';
import { operations, type SessionView } from '@tessera/core/contract';
import type { Db } from '../../db/connection.ts';
import type { UserRow } from '../../db/schema.ts';
import { completeSetup, describeAccountLink, setPasswordByLink } from '../../services/accountLinks.ts';
import { toUserView } from '../../services/auth.ts';
import { stringParam } from '../context.ts';
import { serve } from '../register.ts';
import type { BrowserSessions } from '../security.ts';

/** The setup link of an empty server, and the links where someone chooses a password. */
export function accountLinkRoutes(db: Db, sessions: BrowserSessions): Router {
  const router = Router();
  const signedIn = (res: Parameters<BrowserSessions['begin']>[0], { user, sessionToken }: { user: UserRow; sessionToken: string }): SessionView => ({
    user: toUserView(user),
    csrfToken: sessions.begin(res, sessionToken),
  });

  serve(router, operations.getAccountLink, ({ req }) => describeAccountLink(db, stringParam(req, 'token')));
  serve(router, operations.completeSetup, async ({ body, req, res }) => signedIn(res, await completeSetup(db, stringParam(req, 'token'), body)));
  serve(router, operations.setPasswordByLink, async ({ body, req, res }) => signedIn(res, await setPasswordByLink(db, stringParam(req, 'token'), body.password)));
  return router;
}
