import type { Server } from 'node:http';
import type { ServerLifecycle } from './lifecycle.ts';

/** How often, while draining, connections that have fallen idle (between two keep-alive requests) are closed. */
const IDLE_SWEEP_MS = 50;

/**
 * Shuts the HTTP server down gently: it stops accepting connections, answers `/readyz` with 503,
 * ends the live streams with a last `closing` event, lets the requests in flight finish (their
 * connections closed once answered), and after `timeoutMs` cuts whatever is left. Resolves
 * when no connection is left.
 */
export async function drainServer(server: Server, lifecycle: ServerLifecycle, timeoutMs: number): Promise<{ timedOut: boolean }> {
  lifecycle.beginDrain();
  // Every answer from now on closes its connection, so that no client keeps one alive.
  server.prependListener('request', (_req, res) => res.setHeader('Connection', 'close'));
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  const sweep = setInterval(() => server.closeIdleConnections(), IDLE_SWEEP_MS);
  let timer: NodeJS.Timeout | undefined;
  const timedOut = await Promise.race([
    closed.then(() => false),
    new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(true), timeoutMs);
    }),
  ]);
  clearInterval(sweep);
  clearTimeout(timer);
  if (timedOut) {
    server.closeAllConnections();
    await closed;
  }
  return { timedOut };
}
