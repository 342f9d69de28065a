import { EventEmitter } from 'node:events';
import pg from 'pg';
import type { LiveEvent } from '@tessera/core/contract';

/** Carries live events to every open editor of a project, in this process and, on PostgreSQL, in the others. */
export interface LiveBus {
  publish(projectId: number, event: LiveEvent): Promise<void>;
  /** Returns the function that ends the subscription. */
  subscribe(projectId: number, listener: (event: LiveEvent) => void): () => void;
  close(): Promise<void>;
}

class LocalListeners {
  private readonly emitter = new EventEmitter().setMaxListeners(0);

  deliver(projectId: number, event: LiveEvent): void {
    this.emitter.emit(String(projectId), event);
  }

  subscribe(projectId: number, listener: (event: LiveEvent) => void): () => void {
    this.emitter.on(String(projectId), listener);
    return () => this.emitter.off(String(projectId), listener);
  }
}

/** One process (SQLite): events go straight to the local listeners. */
export function inProcessBus(): LiveBus {
  const local = new LocalListeners();
  return {
    publish: async (projectId, event) => local.deliver(projectId, event),
    subscribe: (projectId, listener) => local.subscribe(projectId, listener),
    close: async () => {},
  };
}

const CHANNEL = 'tessera_live';

/**
 * Several processes on one PostgreSQL database: every event goes through NOTIFY, and each
 * process LISTENs and hands what arrives to its own listeners (its own events included).
 */
export async function postgresBus(url: string): Promise<LiveBus> {
  const local = new LocalListeners();
  const listener = new pg.Client({ connectionString: url });
  await listener.connect();
  listener.on('notification', (message) => {
    if (message.channel !== CHANNEL || !message.payload) return;
    const { projectId, event } = JSON.parse(message.payload) as { projectId: number; event: LiveEvent };
    local.deliver(projectId, event);
  });
  await listener.query(`LISTEN ${CHANNEL}`);
  const publisher = new pg.Pool({ connectionString: url, max: 2 });
  return {
    publish: async (projectId, event) => {
      await publisher.query('SELECT pg_notify($1, $2)', [CHANNEL, JSON.stringify({ projectId, event })]);
    },
    subscribe: (projectId, fn) => local.subscribe(projectId, fn),
    close: async () => {
      await listener.end();
      await publisher.end();
    },
  };
}
