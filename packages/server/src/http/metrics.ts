import type { RequestHandler } from 'express';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { ServerLifecycle } from './lifecycle.ts';

/** The process's own figures (memory, CPU, event-loop lag): collected once per process, whatever the number of apps in it. */
let processRegistry: Registry | undefined;
function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry, prefix: 'tessera_' });
  }
  return processRegistry;
}

/** Operations whose answer is a stream that lasts as long as the browser stays: not a latency. */
const STREAMS = new Set(['live']);

/**
 * The server's Prometheus metrics. Requests are labelled by the operation of the contract they
 * matched (`saveTranslation`, not `/api/projects/3/languages/ja/units/812/translation`), so that
 * ids never multiply the series.
 */
export class ServerMetrics {
  private readonly registry = new Registry();
  private readonly latency = new Histogram({
    name: 'tessera_http_request_duration_seconds',
    help: 'Time from a request’s arrival to the end of its answer, by operation',
    labelNames: ['operation', 'method', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  private readonly saves = new Counter({
    name: 'tessera_translation_saves_total',
    help: 'Translations saved (answered 2xx) through the editor',
    registers: [this.registry],
  });
  private readonly signInFailures = new Counter({
    name: 'tessera_sign_in_failures_total',
    help: 'Refused sign-ins: bad-credentials (wrong e-mail or password) or rate-limited (too many failures)',
    labelNames: ['reason'] as const,
    registers: [this.registry],
  });

  /** `memorySources`: how many sources this server's translation-memory index holds now. */
  constructor(lifecycle: ServerLifecycle, memorySources: () => number) {
    new Gauge({
      name: 'tessera_memory_index_sources',
      help: 'Entries and approved translations this server’s translation-memory index holds',
      registers: [this.registry],
      collect() {
        this.set(memorySources());
      },
    });
    new Gauge({
      name: 'tessera_live_connections',
      help: 'Live event streams (server-sent events) open now',
      registers: [this.registry],
      collect() {
        this.set(lifecycle.openStreams);
      },
    });
  }

  /** Times every request and counts saves and refused sign-ins once it is answered. */
  readonly observe: RequestHandler = (req, res, next) => {
    const started = process.hrtime.bigint();
    res.once('finish', () => {
      const operation = typeof res.locals.operation === 'string' ? res.locals.operation : 'other';
      const status = res.statusCode;
      if (!STREAMS.has(operation)) {
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        this.latency.observe({ operation, method: req.method, status: String(status) }, seconds);
      }
      if (operation === 'saveTranslation' && status >= 200 && status < 300) this.saves.inc();
      if (operation === 'signIn' && (status === 401 || status === 429)) this.signInFailures.inc({ reason: status === 401 ? 'bad-credentials' : 'rate-limited' });
    });
    next();
  };

  /** The text exposition of every metric, and its media type. */
  async exposition(): Promise<{ contentType: string; text: string }> {
    const merged = Registry.merge([processMetrics(), this.registry]);
    return { contentType: merged.contentType, text: await merged.metrics() };
  }
}
