import type { Request, RequestHandler, Response, Router } from 'express';
import type { z } from 'zod';
import { operations, type Operation } from '@tessera/core/contract';
import { actorOf } from './context.ts';
import { sendProblem } from './problem.ts';

const names = new Map<Operation, string>(Object.entries(operations).map(([name, operation]) => [operation, name]));

/** The body a handler receives: parsed with the operation's `request` schema, the raw bytes of an upload, else nothing. */
type BodyOf<O extends Operation> = O extends { upload: string } ? Buffer : O extends { request: infer R extends z.ZodType } ? z.infer<R> : undefined;
/** The query a handler receives: parsed with the operation's `query` schema, else nothing. */
type QueryOf<O extends Operation> = O extends { query: infer Q extends z.ZodType } ? z.infer<Q> : undefined;
/** What a handler returns to be sent: a value the operation's `response` schema accepts, else nothing. */
export type AnswerOf<O extends Operation> = O extends { response: infer R extends z.ZodType } ? z.input<R> : void;

/** The input of an operation's handler: its parsed body and query, and the request and response for what only they carry (cookies, the session, streams, files). */
export interface OperationInput<O extends Operation> {
  body: BodyOf<O>;
  query: QueryOf<O>;
  req: Request;
  res: Response;
}

/**
 * The handler of an operation: returns the answer, which is sent with the operation's status
 * (200 unless the table says otherwise; 204 without a body). A handler that answers by itself (a
 * stream, a file, a 304) returns nothing once it has written it.
 */
export type OperationHandler<O extends Operation> = (input: OperationInput<O>) => AnswerOf<O> | void | Promise<AnswerOf<O> | void>;

/** Whether answers are checked against the operation's `response` schema (tests turn it on; see `AppOptions.checkResponses`). */
const CHECK_RESPONSES = 'checkResponses';

/** Turns on the check of every JSON answer against its operation's `response` schema, for the app of `locals`. */
export function checkResponses(locals: Record<string, unknown>): void {
  locals[CHECK_RESPONSES] = true;
}

function parsedBody(operation: Operation, req: Request): unknown {
  if (operation.upload) return Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
  return operation.request ? operation.request.parse(req.body) : undefined;
}

/** Sends a handler's answer; under the check, an answer the schema refuses is a loud 500 `response.invalid`. */
function sendAnswer(operation: Operation, name: string | undefined, req: Request, res: Response, answer: unknown): void {
  if (res.headersSent) return;
  const status = operation.status ?? 200;
  if (status === 204) {
    res.status(204).end();
    return;
  }
  if (operation.response && req.app.locals[CHECK_RESPONSES] === true) {
    const checked = operation.response.safeParse(answer);
    if (!checked.success) {
      res.locals.log?.error({ operation: name, issues: checked.error.issues }, 'answer does not match the contract');
      sendProblem(res, 500, 'response.invalid', `The answer of ${name ?? operation.path} does not match its response schema.`, { issues: checked.error.issues });
      return;
    }
  }
  res.status(status).json(answer);
}

/**
 * Registers the handler of one operation of the contract, at its method and path, after
 * `before` (an upload's body parser, say). The body and the query reach the handler parsed with
 * the operation's schemas (a bad one answers 400 `request.invalid` before the handler runs; a
 * signed-out caller of an operation for the signed-in, 401 before that), and what the handler
 * returns is sent with the operation's status. The answer carries the operation's name (`res.locals.operation`) for the request log and the metrics, and the path's
 * parameters (`res.locals.params`), so that a refusal can name the unit it is about.
 */
export function serve<O extends Operation>(router: Router, operation: O, handler: OperationHandler<O>, before: RequestHandler[] = []): void {
  const name = names.get(operation);
  router[operation.method](operation.path, ...before, async (req: Request, res: Response) => {
    res.locals.operation = name;
    res.locals.params = req.params;
    // Signed out, an operation for the signed-in is refused (401) before its input is looked at.
    if (operation.access !== 'anyone') actorOf(req);
    const input = {
      body: parsedBody(operation, req),
      query: operation.query ? operation.query.parse(req.query) : undefined,
      req,
      res,
    } as OperationInput<O>;
    const answer = await handler(input);
    sendAnswer(operation, name, req, res, answer);
  });
}
