import type { Request } from 'express';
import type { UserRow } from '../db/schema.ts';
import type { Actor } from '../services/actor.ts';
import { ServiceError } from '../services/errors.ts';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Request {
      /** The signed-in user, when the session cookie names a live session. */
      user?: UserRow;
      /** The CSRF token bound to this browser (also sent to the client by `GET /api/session`). */
      csrfToken?: string;
    }
  }
}

export function actorOf(req: Request): Actor {
  if (!req.user) throw new ServiceError(401, 'auth.required', 'Sign in to continue.');
  return { kind: 'user', user: req.user };
}

export function optionalActorOf(req: Request): Actor | null {
  return req.user ? { kind: 'user', user: req.user } : null;
}

export function intParam(req: Request, name: string): number {
  const value = Number(req.params[name]);
  if (!Number.isSafeInteger(value) || value < 1) throw new ServiceError(404, 'request.not-found', 'No such page.');
  return value;
}

export function stringParam(req: Request, name: string): string {
  const value = req.params[name];
  if (typeof value !== 'string') throw new ServiceError(404, 'request.not-found', 'No such page.');
  return value;
}
