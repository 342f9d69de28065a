import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import express, { Router } from 'express';
import { operations } from '@tessera/core/contract';
import type { UserRow } from '../src/db/schema.ts';
import { problemHandler } from '../src/http/problem.ts';
import { checkResponses, serve } from '../src/http/register.ts';
import { createLogger, requestLog } from '../src/http/requestLog.ts';

/** Log lines written by the app under test. */
const written: string[] = [];
/** What each handler was given, by path. */
const received = new Map<string, unknown>();
let server: Server;
let url: string;

/** Operations' handlers mounted on a small app with the server's request log and problem handler: `checked` turns the answer check on; a signed-in caller or none. */
function app(checked: boolean, signedIn = true) {
  const router = Router();
  serve(router, operations.health, () => ({ status: 'down' }) as unknown as { status: 'up' });
  serve(router, operations.readiness, () => ({ status: 'ready' as const }));
  serve(router, operations.setCredit, ({ body }) => {
    received.set('setCredit', body);
    return { lang: 'fr', name: body.name, roles: [], suggestedName: 'Ana' };
  });
  serve(router, operations.markNotificationsRead, ({ body }) => {
    received.set('markNotificationsRead', body);
  });
  serve(router, operations.languageUnits, ({ query, res }) => {
    received.set('languageUnits', query);
    res.type('text').send('written by the handler');
  });
  const a = express();
  if (checked) checkResponses(a.locals);
  if (signedIn) a.use((req, _res, next) => ((req.user = { id: 1, name: 'Ana' } as UserRow), next()));
  a.use(requestLog(createLogger('info', { write: (line: string) => void written.push(line) })), express.json(), router, problemHandler);
  return a;
}

beforeAll(async () => {
  const outer = express();
  outer.use('/checked', app(true));
  outer.use('/unchecked', app(false));
  outer.use('/signed-out', app(true, false));
  server = outer.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

const send = (path: string, method: string, body?: unknown) =>
  fetch(`${url}${path}`, { method, headers: { 'Content-Type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });

describe('an operation registered from the table', () => {
  it('answers with the value its handler returns, under the checked schema', async () => {
    const res = await send('/checked/readyz', 'GET');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ready' });
  });

  it('fails loudly when the answer does not match the response schema, naming the field and logging the issues', async () => {
    written.length = 0;
    const res = await send('/checked/healthz', 'GET');
    expect(res.status).toBe(500);
    const problem = (await res.json()) as { code: string; issues: { path: string[] }[] };
    expect(problem.code).toBe('response.invalid');
    expect(problem.issues[0]!.path).toEqual(['status']);
    const logged = written.map((line) => JSON.parse(line) as { msg: string; operation?: string; issues?: unknown[] });
    expect(logged.find((l) => l.msg === 'answer does not match the contract')).toMatchObject({ operation: 'health', issues: [{ path: ['status'] }] });
  });

  it('sends the answer as it is when the check is off', async () => {
    const res = await send('/unchecked/healthz', 'GET');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'down' });
  });

  it('gives the handler the body parsed with the request schema, and answers 400 request.invalid without calling it for a bad one', async () => {
    received.clear();
    const bad = await send('/checked/api/projects/1/languages/fr/credit', 'PUT', { name: 42 });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { code: string }).code).toBe('request.invalid');
    expect(received.has('setCredit')).toBe(false);

    const good = await send('/checked/api/projects/1/languages/fr/credit', 'PUT', { name: 'Ana' });
    expect(good.status).toBe(200);
    expect(await good.json()).toEqual({ lang: 'fr', name: 'Ana', roles: [], suggestedName: 'Ana' });
    expect(received.get('setCredit')).toEqual({ name: 'Ana' });
  });

  it('refuses a signed-out caller of an operation for the signed-in with 401 before looking at the body', async () => {
    received.clear();
    const res = await send('/signed-out/api/projects/1/languages/fr/credit', 'PUT', { name: 42 });
    expect(res.status).toBe(401);
    expect(((await res.json()) as { code: string }).code).toBe('auth.required');
    expect(received.has('setCredit')).toBe(false);
  });

  it('answers 204 without a body for an operation whose status is 204', async () => {
    const res = await send('/checked/api/notifications/read', 'POST', { ids: [3] });
    expect(res.status).toBe(204);
    expect(await res.text()).toBe('');
    expect(received.get('markNotificationsRead')).toEqual({ ids: [3] });
  });

  it('gives the handler the query parsed with the query schema, and sends nothing more after a handler that answered by itself', async () => {
    const bad = await send('/checked/api/projects/1/languages/fr/units?limit=many', 'GET');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { code: string }).code).toBe('request.invalid');

    const res = await send('/checked/api/projects/1/languages/fr/units?after=2&limit=5', 'GET');
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('written by the handler');
    expect(received.get('languageUnits')).toMatchObject({ limit: 5 });
  });

  it('refuses, at typecheck, a handler whose answer does not match the response schema', () => {
    const router = Router();
    // @ts-expect-error: `status` must be 'up'.
    serve(router, operations.health, () => ({ status: 'down' }));
    // @ts-expect-error: a comment view is not a list of them.
    serve(router, operations.listComments, async () => ({ id: 1 }));
    expect(router.stack).toHaveLength(2);
  });
});
