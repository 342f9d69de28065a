import { timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import helmet from 'helmet';
import { parseCookie as parseCookies, stringifySetCookie } from 'cookie';
import type { Db } from '../db/connection.ts';
import { newToken, SESSION_DAYS, userForToken } from '../services/auth.ts';
import { sendProblem } from './problem.ts';

export const SESSION_COOKIE = 'tessera_session';
export const CSRF_COOKIE = 'tessera_csrf';
export const CSRF_HEADER = 'x-csrf-token';

export const securityHeaders = helmet({
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'none'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
  },
  crossOriginEmbedderPolicy: false,
});

export function cookie(name: string, value: string, maxAgeSeconds: number, secure: boolean): string {
  return stringifySetCookie({ name, value, httpOnly: true, sameSite: 'lax', path: '/', maxAge: maxAgeSeconds, secure });
}

/** Reads the session and CSRF cookies; gives every browser a CSRF token (double submit: cookie + header). */
export function sessionMiddleware(db: Db, secureCookies: boolean): RequestHandler {
  return async (req, res, next) => {
    const cookies = parseCookies(req.headers.cookie ?? '');
    req.user = await userForToken(db, cookies[SESSION_COOKIE]);
    req.csrfToken = cookies[CSRF_COOKIE];
    if (!req.csrfToken) {
      req.csrfToken = newToken();
      res.append('Set-Cookie', cookie(CSRF_COOKIE, req.csrfToken, SESSION_DAYS * 86_400, secureCookies));
    }
    next();
  };
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Refuses a state-changing request whose `X-CSRF-Token` header does not match the browser's CSRF cookie. */
export const csrfProtection: RequestHandler = (req, res, next) => {
  if (SAFE_METHODS.has(req.method)) return next();
  const sent = Buffer.from(String(req.headers[CSRF_HEADER] ?? ''));
  const expected = Buffer.from(req.csrfToken ?? '');
  const cookiePresent = (req.headers.cookie ?? '').includes(`${CSRF_COOKIE}=`);
  if (!cookiePresent || sent.length === 0 || sent.length !== expected.length || !timingSafeEqual(sent, expected)) {
    return sendProblem(res, 403, 'csrf.invalid', 'This request lacks a valid CSRF token. Reload the page and try again.');
  }
  next();
};
