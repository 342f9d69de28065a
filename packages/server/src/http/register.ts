import type { Request, Response, Router } from 'express';
import type { Operation } from '@tessera/core/contract';

/** Registers the handler of one operation of the contract, at its method and path. */
export function on(router: Router, operation: Operation, handler: (req: Request, res: Response) => unknown): void {
  router[operation.method](operation.path, handler);
}
