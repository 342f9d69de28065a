import { z } from 'zod';
import { apertiumApy } from './apertiumApy.ts';
import { createEngine, engineConfig, type EngineKind, type MachineEngine } from './engine.ts';
import { libreTranslate } from './libreTranslate.ts';

/** Every kind of engine Tessera can ask, one module each. */
export const ENGINE_KINDS: readonly EngineKind[] = [apertiumApy, libreTranslate];

const KINDS = ENGINE_KINDS.map((k) => k.kind);

/** The engines of a deployment: a JSON array of engine configurations, each id once, each kind one of ENGINE_KINDS. */
export const engineConfigs = z
  .array(engineConfig.extend({ kind: z.enum(KINDS as [string, ...string[]], { error: `the kind must be one of ${KINDS.join(', ')}` }) }))
  .refine((configs) => new Set(configs.map((c) => c.id)).size === configs.length, 'each engine needs an id of its own');

/** The engines these configurations describe, in their order (the first that serves a pair is asked). */
export function createEngines(configs: z.output<typeof engineConfigs>): MachineEngine[] {
  return configs.map((config) => createEngine(ENGINE_KINDS.find((k) => k.kind === config.kind)!, config));
}
