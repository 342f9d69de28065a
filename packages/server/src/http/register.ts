import type { Request, Response, Router } from 'express';
import { operations, type Operation } from '@tessera/core/contract';

const names = new Map<Operation, string>(Object.entries(operations).map(([name, operation]) => [operation, name]));

/**
 * Registers the handler of one operation of the contract, at its method and path. The answer
 * carries the operation's name (`res.locals.operation`) for the request log and the metrics, and
 * the path's parameters (`res.locals.params`), so that a refusal can name the unit it is about.
 */
export function on(router: Router, operation: Operation, handler: (req: Request, res: Response) => unknown): void {
  const name = names.get(operation);
  router[operation.method](operation.path, (req, res) => {
    res.locals.operation = name;
    res.locals.params = req.params;
    return handler(req, res);
  });
}
