import type { ErrorRequestHandler, Response } from 'express';
import { ZodError } from 'zod';
import { InputError } from '@tessera/core';
import { ServiceError } from '../services/errors.ts';

export function sendProblem(res: Response, status: number, code: string, detail: string, extra: Record<string, unknown> = {}): void {
  res
    .status(status)
    .type('application/problem+json')
    .send(JSON.stringify({ type: `urn:tessera:problem:${code}`, title: detail, status, code, detail, ...extra }));
}

const INPUT_STATUS: Partial<Record<InputError['code'], number>> = { 'input.too-large': 413 };

/** Every error leaves as `application/problem+json` with a stable `code`; unexpected ones are logged, not shown. */
export const problemHandler: ErrorRequestHandler = (err, _req, res, _next) => {
  if (err instanceof ServiceError) {
    // A refusal for now (429, 503) says in how many seconds to come back.
    if (typeof err.extra.retryAfter === 'number') res.set('Retry-After', String(err.extra.retryAfter));
    return sendProblem(res, err.status, err.code, err.message, err.extra);
  }
  if (err instanceof InputError) return sendProblem(res, INPUT_STATUS[err.code] ?? 400, err.code, err.message, err.details);
  if (err instanceof ZodError) {
    const known = err.issues.find((issue) => issue.code === 'custom' && typeof issue.params?.problemCode === 'string');
    const first = known ?? err.issues[0];
    const where = first?.path.length ? ` (${first.path.join('.')})` : '';
    const detail = `${first?.message ?? 'The request is not valid.'}${where}`;
    if (known) {
      // The refinement's own details (position, character…), the field, and the unit the request is about.
      const { problemCode, ...details } = (known as { params?: Record<string, unknown> }).params ?? {};
      const unitId = Number(res.locals.params?.unitId);
      return sendProblem(res, 422, String(problemCode), detail, {
        ...details,
        field: known.path.join('.'),
        ...(Number.isSafeInteger(unitId) ? { unitId } : {}),
        issues: err.issues,
      });
    }
    return sendProblem(res, 400, 'request.invalid', detail, { issues: err.issues });
  }
  const status = typeof err?.status === 'number' ? err.status : 500;
  if (err?.type === 'entity.too.large') return sendProblem(res, 413, 'input.too-large', 'The upload is larger than this server accepts.');
  if (err?.type === 'entity.parse.failed') return sendProblem(res, 400, 'request.invalid', 'The request body is not valid JSON.');
  if (status >= 400 && status < 500) return sendProblem(res, status, 'request.invalid', String(err?.message ?? 'Bad request.'));
  // With the request's id, so that the line of the failed request and its error go together.
  res.locals.log?.error({ err }, 'unexpected error');
  return sendProblem(res, 500, 'server.error', 'Something went wrong on the server; nothing was changed. Try again, and tell a coordinator if it persists.');
};
