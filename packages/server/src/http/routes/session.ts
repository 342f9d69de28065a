import { Router } from 'express';
import { operations } from '@tessera/core/contract';
import type { Db } from '../../db/connection.ts';
import { badCredentials, signIn, signOut, toUserView } from '../../services/auth.ts';
import type { BrowserSessions } from '../security.ts';
import { serve } from '../register.ts';

export function sessionRoutes(db: Db, sessions: BrowserSessions): Router {
  const router = Router();

  serve(router, operations.getSession, ({ req }) => ({ user: req.user ? toUserView(req.user) : null, csrfToken: req.csrfToken ?? '' }));

  serve(router, operations.signIn, async ({ body: { email, password }, req, res }) => {
    const session = await signIn(db, { email, password, address: req.ip });
    if (!session) throw badCredentials();
    // The new session comes with its own CSRF token: the one of the sign-in form stops working.
    return { user: toUserView(session.user), csrfToken: sessions.begin(res, session.token) };
  });

  serve(router, operations.signOut, async ({ req, res }) => {
    const token = sessions.sessionToken(req);
    if (token) await signOut(db, token);
    sessions.end(res);
  });

  return router;
}
