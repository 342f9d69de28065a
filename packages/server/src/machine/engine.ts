import { z } from 'zod';
import type { EngineCodeStyle, EnginePair } from '@tessera/core';

/**
 * One machine-translation engine of a deployment, as `TESSERA_MT_ENGINES` configures it: which
 * kind of server it is and where, the name the editor shows, whether it runs inside the deployment
 * (`deployment`) or elsewhere (`external`: never asked while a project is under embargo), the pairs
 * it serves when it cannot say so itself (`eng|spa`), how long an answer may take, and how many
 * requests a second a pre-translation may send it.
 */
export const engineConfig = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'an id is lower-case letters, digits and hyphens'),
  kind: z.string(),
  name: z.string().trim().min(1).max(80).optional(),
  url: z.string().refine((url) => URL.canParse(url) && ['http:', 'https:'].includes(new URL(url).protocol), 'the url must be an http:// or https:// address'),
  location: z.enum(['deployment', 'external']).default('deployment'),
  pairs: z.array(z.string().regex(/^[a-z_]+\|[a-z_]+$/, 'a pair is two engine codes, such as eng|spa')).optional(),
  apiKey: z.string().optional(),
  timeoutMs: z.number().int().min(100).max(120_000).default(10_000),
  requestsPerSecond: z.number().positive().max(10_000).default(20),
});
export type EngineConfig = z.output<typeof engineConfig>;

/** Why an engine gave no translation: it could not be reached or timed out, or answered something that is not one. */
export class EngineError extends Error {
  override readonly name = 'EngineError';
  constructor(
    readonly reason: 'unavailable' | 'timeout' | 'garbage' | 'no-pair',
    message: string,
  ) {
    super(message);
  }
}

/** A configured engine the server may ask. */
export interface MachineEngine {
  readonly config: EngineConfig;
  /** The name the editor shows beside its output. */
  readonly name: string;
  readonly codeStyle: EngineCodeStyle;
  /** The pairs it serves, asked from the engine (or as configured). */
  listPairs(signal?: AbortSignal): Promise<EnginePair[]>;
  /** `text` (with placeholders) translated; an EngineError when there is none. */
  translate(text: string, pair: EnginePair, signal?: AbortSignal): Promise<string>;
}

/** A kind of engine server: how its codes look, and how to ask one for its pairs and a translation. */
export interface EngineKind {
  kind: string;
  /** The name of an engine of this kind when its configuration gives none. */
  label: string;
  codeStyle: EngineCodeStyle;
  askPairs(config: EngineConfig, signal?: AbortSignal): Promise<EnginePair[]>;
  translate(config: EngineConfig, text: string, pair: EnginePair, signal?: AbortSignal): Promise<string>;
}

/** The engine a configuration describes, of its kind: its pairs as configured (`eng|spa`), else as it says. */
export function createEngine(kind: EngineKind, config: EngineConfig): MachineEngine {
  const configured = config.pairs?.map((pair) => {
    const [source, target] = pair.split('|') as [string, string];
    return { source, target };
  });
  return {
    config,
    name: config.name ?? kind.label,
    codeStyle: kind.codeStyle,
    listPairs: (signal) => (configured ? Promise.resolve(configured) : kind.askPairs(config, signal)),
    translate: (text, pair, signal) => kind.translate(config, text, pair, signal),
  };
}

/** The address of `path` on the engine (its configured URL taken as a folder). */
export function engineUrl(config: EngineConfig, path: string): URL {
  return new URL(path, config.url.endsWith('/') ? config.url : `${config.url}/`);
}

/** The most an engine's answer may weigh: far more than a list of pairs or a sentence's translation. */
export const MAX_ANSWER_BYTES = 2 * 1024 * 1024;

/** The body's text, or null once it grows past `maxBytes` (the rest is not read). */
async function textUpTo(response: Response, maxBytes: number): Promise<string | null> {
  if (!response.body) return '';
  const decoder = new TextDecoder();
  let text = '';
  let bytes = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    bytes += value.byteLength;
    if (bytes > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    text += decoder.decode(value, { stream: true });
  }
}

/**
 * Asks an engine over HTTP and reads its JSON answer with `shape`: an EngineError when it cannot
 * be reached, takes longer than the configuration allows, answers an error, or answers something
 * else than `shape` (or more than `MAX_ANSWER_BYTES`).
 */
export async function askEngine<T>(config: EngineConfig, url: URL, init: RequestInit, shape: z.ZodType<T>, signal?: AbortSignal): Promise<T> {
  const timeout = AbortSignal.timeout(config.timeoutMs);
  const timedOut = () => new EngineError('timeout', `${config.id} did not answer within ${config.timeoutMs} ms`);
  let response: Response;
  try {
    response = await fetch(url, { ...init, signal: signal ? AbortSignal.any([signal, timeout]) : timeout });
  } catch (error) {
    if (timeout.aborted) throw timedOut();
    throw new EngineError('unavailable', `${config.id} cannot be reached: ${(error as Error).message}`);
  }
  let body: unknown;
  try {
    const text = await textUpTo(response, MAX_ANSWER_BYTES);
    if (text === null) throw new EngineError('garbage', `${config.id} answered more than ${MAX_ANSWER_BYTES} bytes`);
    body = JSON.parse(text);
  } catch (error) {
    if (error instanceof EngineError) throw error;
    if (timeout.aborted) throw timedOut();
    throw new EngineError(response.ok ? 'garbage' : 'unavailable', `${config.id} answered ${response.status} without JSON`);
  }
  if (!response.ok) throw new EngineError(response.status === 400 ? 'no-pair' : 'unavailable', `${config.id} answered ${response.status}: ${JSON.stringify(body).slice(0, 200)}`);
  const parsed = shape.safeParse(body);
  if (!parsed.success) throw new EngineError('garbage', `${config.id} answered something that is not a translation: ${JSON.stringify(body).slice(0, 200)}`);
  return parsed.data;
}
