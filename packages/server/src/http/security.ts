import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';
import { parseCookie as parseCookies, stringifySetCookie } from 'cookie';
import type { Db } from '../db/connection.ts';
import { newToken, SESSION_DAYS, userForToken } from '../services/auth.ts';
import { sendProblem } from './problem.ts';

/** The cookies' names over plain HTTP; over HTTPS they carry the `__Host-` prefix. */
export const SESSION_COOKIE = 'tessera_session';
export const CSRF_COOKIE = 'tessera_csrf';
export const CSRF_HEADER = 'x-csrf-token';

/** Response headers that lock the pages down; HSTS only when people reach the server over HTTPS. */
export function securityHeaders(https: boolean): RequestHandler {
  return helmet({
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
        // Only the app itself may frame a page (the editor's live preview of a language); no other site.
        frameAncestors: ["'self'"],
      },
    },
    crossOriginEmbedderPolicy: false,
    strictTransportSecurity: https,
  });
}

/** The CSRF token that goes with a cookie secret: an HMAC keyed by it, so only who holds the cookie can know it. */
function csrfTokenFor(secret: string): string {
  return createHmac('sha256', secret).update('tessera csrf token').digest('base64url');
}

/**
 * The browser's session, in two httpOnly cookies: the session token when signed in, and a random
 * visitor secret. Over HTTPS both are `Secure` and carry the `__Host-` prefix (no Domain, Path=/),
 * so no other site, not even a sibling subdomain, can set them.
 *
 * The CSRF token every state-changing request must carry is derived from the session token when
 * signed in, else from the visitor secret (so the sign-in form has one too). It is thereby bound
 * to the session: another session's token is refused, and signing in or out changes it.
 */
export class BrowserSessions {
  readonly sessionCookie: string;
  readonly visitorCookie: string;

  constructor(
    private readonly db: Db,
    private readonly https: boolean,
  ) {
    const prefix = https ? '__Host-' : '';
    this.sessionCookie = `${prefix}${SESSION_COOKIE}`;
    this.visitorCookie = `${prefix}${CSRF_COOKIE}`;
  }

  /** Reads the session (`req.user`) and the CSRF token this browser must send (`req.csrfToken`); gives a new visitor its secret. */
  readonly middleware: RequestHandler = async (req, res, next) => {
    const cookies = parseCookies(req.headers.cookie ?? '');
    const sessionToken = cookies[this.sessionCookie];
    req.user = await userForToken(this.db, sessionToken, req.get('user-agent') ?? '');
    let visitor = cookies[this.visitorCookie];
    if (!req.user && !visitor) visitor = this.newVisitor(res);
    req.csrfToken = csrfTokenFor(req.user ? sessionToken! : visitor!);
    next();
  };

  /** The session token the browser sent, if any. */
  sessionToken(req: Request): string | undefined {
    return parseCookies(req.headers.cookie ?? '')[this.sessionCookie];
  }

  /** After a sign-in: sets the session cookie and a new visitor secret; returns the session's CSRF token. */
  begin(res: Response, sessionToken: string): string {
    this.set(res, this.sessionCookie, sessionToken, SESSION_DAYS * 86_400);
    this.newVisitor(res);
    return csrfTokenFor(sessionToken);
  }

  /** After a sign-out: removes the session cookie and sets a new visitor secret; returns its CSRF token. */
  end(res: Response): string {
    this.set(res, this.sessionCookie, '', 0);
    return csrfTokenFor(this.newVisitor(res));
  }

  private newVisitor(res: Response): string {
    const visitor = newToken();
    this.set(res, this.visitorCookie, visitor, SESSION_DAYS * 86_400);
    return visitor;
  }

  private set(res: Response, name: string, value: string, maxAgeSeconds: number): void {
    res.append('Set-Cookie', stringifySetCookie({ name, value, httpOnly: true, sameSite: 'lax', path: '/', maxAge: maxAgeSeconds, secure: this.https }));
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Refuses a state-changing request whose `X-CSRF-Token` header is not the token of this browser's session. */
export const csrfProtection: RequestHandler = (req, res, next) => {
  if (SAFE_METHODS.has(req.method)) return next();
  const sent = Buffer.from(String(req.headers[CSRF_HEADER] ?? ''));
  const expected = Buffer.from(req.csrfToken ?? '');
  if (expected.length === 0 || sent.length !== expected.length || !timingSafeEqual(sent, expected)) {
    return sendProblem(res, 403, 'csrf.invalid', 'This request lacks a valid CSRF token. Reload the page and try again.');
  }
  next();
};
