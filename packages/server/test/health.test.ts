import net from 'node:net';
import path from 'node:path';
import pg from 'pg';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { Kysely, PostgresDialect, sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../src/db/connection.ts';
import type { Database } from '../src/db/schema.ts';
import { createApp } from '../src/http/app.ts';
import { ServerLifecycle } from '../src/http/lifecycle.ts';
import { readSettings } from '../src/settings.ts';
import { createTestDatabase, type TestDatabase } from './database.ts';

let database: TestDatabase;
let server: Server;

async function start(lifecycle = new ServerLifecycle(), given?: Db): Promise<{ url: string; db: Db }> {
  database = await createTestDatabase();
  const db = given ?? (await openDatabase(database.location));
  server = createApp({ db, lifecycle, settings: readSettings({ env: {} }), webDir: path.join(database.dataDir, 'no-web') }).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, db };
}

afterEach(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await database.drop();
});

describe('/healthz and /readyz', () => {
  it('answer 200 on a server whose database is up to date', async () => {
    const { url, db } = await start();
    expect(await (await fetch(`${url}/healthz`)).json()).toEqual({ status: 'up' });
    const ready = await fetch(`${url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
    await db.destroy();
  });

  it('/readyz answers 503 with the reason when a newer version migrated the database, /healthz still 200', async () => {
    const { url, db } = await start();
    await sql`INSERT INTO kysely_migration (name, timestamp) VALUES ('999_from_the_future', '2099-01-01T00:00:00.000Z')`.execute(db);
    const ready = await fetch(`${url}/readyz`);
    expect(ready.status).toBe(503);
    const body = (await ready.json()) as { code: string; detail: string };
    expect(body.code).toBe('server.not-ready');
    expect(body.detail).toContain('999_from_the_future');
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    await db.destroy();
  });

  it('/readyz answers 503 when the database is gone, /healthz answers without it', async () => {
    const { url, db } = await start();
    await db.destroy();
    const ready = await fetch(`${url}/readyz`);
    expect(ready.status).toBe(503);
    expect(((await ready.json()) as { detail: string }).detail).toMatch(/does not answer/);
    const health = await fetch(`${url}/healthz`);
    expect(health.status).toBe(200);
  });

  it('/readyz answers 503 while the server drains', async () => {
    const lifecycle = new ServerLifecycle();
    const { url, db } = await start(lifecycle);
    lifecycle.beginDrain();
    const ready = await fetch(`${url}/readyz`);
    expect(ready.status).toBe(503);
    expect(((await ready.json()) as { detail: string }).detail).toMatch(/shutting down/);
    await db.destroy();
  });

  it('/readyz answers 503 within seconds when the database server takes connections and never answers', async () => {
    // A stand-in for a PostgreSQL server that hangs: it accepts connections and says nothing.
    const sockets = new Set<net.Socket>();
    const silent = net.createServer((socket) => void sockets.add(socket)).listen(0, '127.0.0.1');
    await new Promise((resolve) => silent.once('listening', resolve));
    const pool = new pg.Pool({ connectionString: `postgres://tessera@127.0.0.1:${(silent.address() as net.AddressInfo).port}/tessera` });
    const { url } = await start(new ServerLifecycle(), new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }));
    const asked = Date.now();
    const ready = await fetch(`${url}/readyz`);
    expect(ready.status).toBe(503);
    expect(((await ready.json()) as { detail: string }).detail).toMatch(/does not answer \(no answer within 2 s\)/);
    expect(Date.now() - asked).toBeLessThan(10_000);
    for (const socket of sockets) socket.destroy();
    silent.close();
    await pool.end();
  });
});
