import { Router } from 'express';
import { loginRequest, operations, type SessionView } from '@tessera/core/contract';
import type { Db } from '../../db/connection.ts';
import { badCredentials, signIn, signOut, toUserView } from '../../services/auth.ts';
import type { BrowserSessions } from '../security.ts';
import { on } from '../register.ts';

export function sessionRoutes(db: Db, sessions: BrowserSessions): Router {
  const router = Router();

  on(router, operations.getSession, (req, res) => {
    const view: SessionView = { user: req.user ? toUserView(req.user) : null, csrfToken: req.csrfToken ?? '' };
    res.json(view);
  });

  on(router, operations.signIn, async (req, res) => {
    const { email, password } = loginRequest.parse(req.body);
    const session = await signIn(db, { email, password, address: req.ip });
    if (!session) throw badCredentials();
    // The new session comes with its own CSRF token: the one of the sign-in form stops working.
    const view: SessionView = { user: toUserView(session.user), csrfToken: sessions.begin(res, session.token) };
    res.json(view);
  });

  on(router, operations.signOut, async (req, res) => {
    const token = sessions.sessionToken(req);
    if (token) await signOut(db, token);
    sessions.end(res);
    res.status(204).end();
  });

  return router;
}
