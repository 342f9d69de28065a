import { Router, type Request } from 'express';
import { operations } from '@tessera/core/contract';
import type { Db } from '../../db/connection.ts';
import { machineSettings, machineSuggestionFor, setMachineEngine, type MachineTranslation } from '../../services/machineTranslation.ts';
import type { Pretranslations } from '../../services/pretranslation.ts';
import { actorOf, intParam, stringParam } from '../context.ts';
import { serve } from '../register.ts';

/** Machine translation: a unit's suggestion, the engines a project allows, pre-translation of a language. */
export function machineRoutes(db: Db, machine: MachineTranslation, pretranslations: Pretranslations): Router {
  const router = Router();
  const language = (req: Request) => ({ projectId: intParam(req, 'projectId'), lang: stringParam(req, 'lang') });

  serve(router, operations.machineSuggestion, ({ req }) => machineSuggestionFor(db, machine, actorOf(req), { ...language(req), unitId: intParam(req, 'unitId') }));
  serve(router, operations.machineSettings, ({ req }) => machineSettings(db, machine, actorOf(req), intParam(req, 'projectId')));
  serve(router, operations.setMachineEngine, ({ req, body }) => setMachineEngine(db, machine, actorOf(req), { projectId: intParam(req, 'projectId'), engineId: stringParam(req, 'engineId') }, body.allowed));
  serve(router, operations.pretranslation, ({ req }) => pretranslations.latest(actorOf(req), language(req)));
  serve(router, operations.startPretranslation, ({ req }) => pretranslations.start(actorOf(req), language(req)));
  serve(router, operations.cancelPretranslation, ({ req }) => pretranslations.cancel(actorOf(req), language(req)));

  return router;
}
