import http from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { api, type EditorUnit, type LanguageView } from '@tessera/core/contract';
import { Client } from './harness.ts';
import { createTestDatabase, type TestDatabase } from './database.ts';
import { demoAccounts, startServerProcess, type ServerProcess } from './instances.ts';
import { missingSaves, startSaves } from './load.ts';
import { CSRF_COOKIE, SESSION_COOKIE } from '../src/http/security.ts';

let database: TestDatabase | undefined;
let server: ServerProcess | undefined;

afterEach(async () => {
  await server?.stop();
  await database?.drop();
  server = database = undefined;
});

/** A `tessera serve --demo` process on a fresh database, with 8 translators saving in parallel. */
async function serverUnderLoad() {
  database = await createTestDatabase();
  const started = await startServerProcess(database, ['--demo']);
  server = started;
  const accounts = demoAccounts(started.output());
  return { server: started, accounts, load: await startSaves(started, accounts.translator) };
}

describe('a server killed with SIGKILL in the middle of a load of saves', () => {
  it('still has, after a restart, every save it had acknowledged', async () => {
    const { server: killed, accounts, load } = await serverUnderLoad();
    // Let the saves run, then kill the process without warning.
    await load.reach(150);
    await killed.stop('SIGKILL');
    await load.stop();

    const restarted = (server = await startServerProcess(database!));
    expect(await missingSaves(restarted, accounts.translator, load.projectId, load.acknowledged)).toEqual([]);
    const reader = await Client.signedIn(restarted, accounts.translator);
    const after = (await reader.json<LanguageView>('GET', api.language(load.projectId, 'ja'))).units;
    for (const unit of after) {
      const last = load.acknowledged.filter((u) => u.id === unit.id).sort((a, b) => b.revision - a.revision)[0];
      if (last) expect(unit.revision).toBeGreaterThanOrEqual(last.revision);
    }
  }, 120_000);
});

/** Reads a live event stream to its end: the whole text the server sent before closing it. */
async function readToEnd(url: string, client: Client): Promise<string> {
  const res = await fetch(url, { headers: { cookie: `${SESSION_COOKIE}=${client.cookie(SESSION_COOKIE)}` } });
  expect(res.status).toBe(200);
  return res.text();
}

/**
 * A save whose body arrives in two halves: the first now, the second when `rest` is called. The
 * request is in flight (the server has its headers) in between.
 */
function slowSave(url: string, client: Client, body: unknown): { rest: () => void; answer: Promise<{ status: number; body: string }> } {
  const text = JSON.stringify(body);
  const half = Math.floor(text.length / 2);
  const req = http.request(url, {
    method: 'PUT',
    headers: {
      cookie: `${SESSION_COOKIE}=${client.cookie(SESSION_COOKIE)}; ${CSRF_COOKIE}=${client.cookie(CSRF_COOKIE)}`,
      'x-csrf-token': client.csrfToken,
      'content-type': 'application/json',
      'content-length': String(Buffer.byteLength(text)),
    },
  });
  const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
    req.on('response', (res) => {
      let received = '';
      res.on('data', (chunk) => (received += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, body: received }));
    });
    req.on('error', reject);
  });
  req.write(text.slice(0, half));
  return { rest: () => req.end(text.slice(half)), answer };
}

describe('a server stopped with SIGTERM in the middle of a load of saves', () => {
  it('answers what is in flight, closes live streams with a last event, exits 0, and loses no acknowledged save', async () => {
    const { server: stopping, accounts, load } = await serverUnderLoad();
    const watcher = await Client.signedIn(stopping, accounts.translator);
    const stream = readToEnd(stopping.url + api.live(load.projectId), watcher);
    await load.reach(150);
    // One more translator is half-way through sending a save when the signal comes.
    const slow = await Client.signedIn(stopping, accounts.translator);
    const units = (await slow.json<LanguageView>('GET', api.language(load.projectId, 'fr'))).units.filter((u) => u.translate);
    const inFlight = slowSave(stopping.url + api.translation(load.projectId, 'fr', units[0]!.id), slow, { target: ['Envoyée pendant l’arrêt.'], baseRevision: units[0]!.revision });
    await new Promise((resolve) => setTimeout(resolve, 300));

    const signalled = Date.now();
    const exited = new Promise<number | null>((resolve) => stopping.child.once('exit', (code) => resolve(code)));
    stopping.child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 300));
    inFlight.rest();
    const answered = await inFlight.answer;
    const code = await exited;
    const took = Date.now() - signalled;
    await load.stop();

    expect(answered.status).toBe(200);
    expect(code).toBe(0);
    expect(took).toBeLessThan(15_000); // the drain's bound (10 s by default) and the closing of the database
    expect(await stream).toMatch(/event: closing\ndata: /);
    expect(stopping.output()).toMatch(/"msg":"stopped"/);

    const restarted = (server = await startServerProcess(database!));
    expect(await missingSaves(restarted, accounts.translator, load.projectId, load.acknowledged)).toEqual([]);
    expect(await missingSaves(restarted, accounts.translator, load.projectId, [JSON.parse(answered.body) as EditorUnit], 'fr')).toEqual([]);
  }, 120_000);
});
