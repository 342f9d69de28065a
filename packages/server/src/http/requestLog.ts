import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import { pino, stdTimeFunctions, type DestinationStream, type Logger } from 'pino';

export type { Logger };

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Locals {
      /** This request's id: the caller's `X-Request-Id` when it is a sensible one, else a new one. */
      requestId?: string;
      /** The server's logger, with this request's id on every line. */
      log?: Logger;
    }
  }
}

/**
 * The server's logger: one JSON object per line. Request lines are written from chosen fields
 * only (never a body, a header or a path with its ids and tokens); the redaction below is a
 * second guard for anything logged with an error.
 */
export function createLogger(level: LogLevel, destination?: DestinationStream): Logger {
  const options = {
    level,
    base: { service: 'tessera' },
    timestamp: stdTimeFunctions.isoTime,
    formatters: { level: (label: string) => ({ level: label }) },
    redact: { paths: ['password', '*.password', 'token', '*.token', 'cookie', '*.cookie', 'csrfToken', '*.csrfToken', 'target', '*.target'], censor: '[hidden]' },
  };
  return destination ? pino(options, destination) : pino(options);
}

/** What a caller may send as its request id: letters, digits and `-_.:`, up to 128. */
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * Gives each request an id (the caller's `X-Request-Id` when valid, else a new UUID), echoes it
 * in the answer, and writes one line when the answer ends: method, the operation of the
 * contract, status, duration and the signed-in user's id.
 */
export function requestLog(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const sent = req.get('x-request-id');
    const requestId = sent !== undefined && REQUEST_ID.test(sent) ? sent : randomUUID();
    const log = logger.child({ requestId });
    res.locals.requestId = requestId;
    res.locals.log = log;
    res.set('X-Request-Id', requestId);
    const started = process.hrtime.bigint();
    res.once('close', () => {
      const line = {
        method: req.method,
        operation: typeof res.locals.operation === 'string' ? res.locals.operation : null,
        status: res.statusCode,
        durationMs: Math.round(Number(process.hrtime.bigint() - started) / 1e4) / 100,
        userId: req.user?.id ?? null,
        ...(res.writableFinished ? {} : { aborted: true }),
      };
      // A 5xx is worth a look (a 503 while draining or not ready, say); the error behind an unexpected one is logged at `error`.
      if (res.statusCode >= 500) log.warn(line, 'request');
      else log.info(line, 'request');
    });
    next();
  };
}
