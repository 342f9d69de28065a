/** What the HTTP contract says of machine translation: suggestions, the engines a project allows, pre-translation. */
import { z } from 'zod';
import { contentSchema } from './schemas.ts';

/** An engine as the editor names it. */
export const machineEngineView = z.object({ id: z.string(), name: z.string() });

/**
 * The machine suggestion for a unit, or why there is none: `off` (no engine allowed for the
 * project), `embargo` (only engines outside the deployment are allowed, and nothing of the project
 * is public yet), `no-pair` (no allowed engine translates between these languages),
 * `unavailable` (the engine is down, too slow, or answered no translation).
 */
export const machineSuggestion = z.union([
  z.object({ status: z.literal('ready'), engine: machineEngineView, target: contentSchema, cached: z.boolean() }),
  z.object({ status: z.literal('unavailable'), engine: machineEngineView, reason: z.enum(['unavailable', 'timeout', 'garbage', 'no-pair']) }),
  z.object({ status: z.enum(['off', 'embargo', 'no-pair', 'not-translatable']) }),
]);
export type MachineSuggestion = z.infer<typeof machineSuggestion>;

/** The engines of the deployment as a project's coordinator sees them: which ones may translate its text. */
export const machineSettingsView = z.object({
  /** Nothing of the project is public yet: engines outside the deployment are not asked. */
  embargoed: z.boolean(),
  engines: z.array(
    machineEngineView.extend({
      kind: z.string(),
      location: z.enum(['deployment', 'external']),
      allowed: z.boolean(),
    }),
  ),
});
export type MachineSettingsView = z.infer<typeof machineSettingsView>;

export const machineConsentRequest = z.object({ allowed: z.boolean() });

/** A pre-translation of a language: how far it is, and what it did. */
export const pretranslationView = z.object({
  id: z.number(),
  status: z.enum(['running', 'done', 'cancelled', 'failed']),
  total: z.number(),
  done: z.number(),
  fromMemory: z.number(),
  fromMachine: z.number(),
  leftEmpty: z.number(),
  problem: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type PretranslationView = z.infer<typeof pretranslationView>;
