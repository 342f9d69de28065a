import { Router } from 'express';
import { parseCookie as parseCookies } from 'cookie';
import { loginRequest, operations, type SessionView } from '@tessera/core/contract';
import type { Db } from '../../db/connection.ts';
import { SESSION_DAYS, signIn, signOut, toUserView } from '../../services/auth.ts';
import { ServiceError } from '../../services/errors.ts';
import { cookie, SESSION_COOKIE } from '../security.ts';
import { on } from '../register.ts';

export function sessionRoutes(db: Db, secureCookies: boolean): Router {
  const router = Router();

  on(router, operations.getSession, (req, res) => {
    const view: SessionView = { user: req.user ? toUserView(req.user) : null, csrfToken: req.csrfToken ?? '' };
    res.json(view);
  });

  on(router, operations.signIn, async (req, res) => {
    const { email, password } = loginRequest.parse(req.body);
    const session = await signIn(db, { email, password, address: req.ip });
    if (!session) throw new ServiceError(401, 'auth.bad-credentials', 'The e-mail or password is not right. Check them and try again.');
    res.append('Set-Cookie', cookie(SESSION_COOKIE, session.token, SESSION_DAYS * 86_400, secureCookies));
    const view: SessionView = { user: toUserView(session.user), csrfToken: req.csrfToken ?? '' };
    res.json(view);
  });

  on(router, operations.signOut, async (req, res) => {
    const token = parseCookies(req.headers.cookie ?? '')[SESSION_COOKIE];
    if (token) await signOut(db, token);
    res.append('Set-Cookie', cookie(SESSION_COOKIE, '', 0, secureCookies));
    res.status(204).end();
  });

  return router;
}
