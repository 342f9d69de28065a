import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../src/db/connection.ts';
import { createApp } from '../src/http/app.ts';
import { ServerLifecycle } from '../src/http/lifecycle.ts';
import { readSettings } from '../src/settings.ts';
import { createTestDatabase, type TestDatabase } from './database.ts';

let database: TestDatabase;
let server: Server;

async function start(lifecycle = new ServerLifecycle()): Promise<{ url: string; db: Db }> {
  database = await createTestDatabase();
  const db = await openDatabase(database.location);
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
});
