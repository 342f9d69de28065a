import { Router } from 'express';
import { operations } from '@tessera/core/contract';
import type { Db } from '../../db/connection.ts';
import { memberPasswordLink } from '../../services/members.ts';
import { actorOf, intParam } from '../context.ts';
import { serve } from '../register.ts';

/** What a coordinator does for one member of the project. */
export function memberRoutes(db: Db): Router {
  const router = Router();
  serve(router, operations.memberPasswordLink, ({ req }) => memberPasswordLink(db, actorOf(req), intParam(req, 'projectId'), intParam(req, 'userId')));
  return router;
}
