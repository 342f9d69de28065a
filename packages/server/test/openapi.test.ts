import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Router } from 'express';
import { operations, pathOf } from '@tessera/core/contract';
import { createApp } from '../src/http/app.ts';
import { readSettings } from '../src/settings.ts';
import { Client, startTestServer, type TestServer } from './harness.ts';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

interface Layer {
  route?: { path: string; methods: Record<string, boolean> };
  handle?: { stack?: Layer[] };
}

/** Every route the Express app answers, as "METHOD path". */
function registeredRoutes(router: Router): string[] {
  const found: string[] = [];
  const walk = (stack: Layer[]) => {
    for (const layer of stack) {
      if (layer.route) for (const method of Object.keys(layer.route.methods)) found.push(`${method.toUpperCase()} ${layer.route.path}`);
      else if (layer.handle?.stack) walk(layer.handle.stack);
    }
  };
  walk((router as unknown as { stack: Layer[] }).stack);
  return found;
}

describe('the OpenAPI document', () => {
  it('is served at /api/openapi.json and describes every operation of the contract', async () => {
    const res = await fetch(`${server.url}/api/openapi.json`);
    expect(res.status).toBe(200);
    const doc = (await res.json()) as { openapi: string; paths: Record<string, Record<string, { operationId: string; requestBody?: unknown }>> };
    expect(doc.openapi).toBe('3.1.0');
    const documented = Object.entries(doc.paths).flatMap(([path, methods]) => Object.entries(methods).map(([m, o]) => [`${m.toUpperCase()} ${path}`, o.operationId]));
    expect(documented.map(([, id]) => id).sort()).toEqual(Object.keys(operations).sort());
    expect(doc.paths['/api/projects/{projectId}/languages/{lang}/units/{unitId}/translation']!.put!.requestBody).toBeDefined();
  });

  it('lists every route the server answers, and the server answers every route it lists', async () => {
    // Without a built web app, the server answers only the API and the publications.
    const app = createApp({ db: server.db, settings: readSettings({ env: {} }), webDir: '/nonexistent' });
    const routes = registeredRoutes(app.router).filter((r) => r !== 'GET /');
    const fromContract = Object.values(operations).map((o) => `${o.method.toUpperCase()} ${o.path}`);
    expect(new Set(routes)).toEqual(new Set(fromContract));

    const client = await Client.signedIn(server, server.accounts.coordinator);
    for (const operation of Object.values(operations)) {
      if (operation === operations.live || operation === operations.signOut) continue; // a stream never ends; signing out would end this client
      const path = pathOf(operation.path, { projectId: 999999, lang: 'xx', unitId: 999999, blockId: 999999, token: 'no-such-token', suggestionId: 999999, commentId: 999999, requestId: 999999, inviteId: 999999, version: 999999, sessionId: 'no-such-session', userId: 999999, termId: 999999, engineId: 'no-such-engine' });
      const res = await client.send(operation.method.toUpperCase(), path, operation.method === 'get' ? undefined : {});
      const body = res.headers.get('content-type')?.includes('json') ? ((await res.json()) as { code?: string }) : {};
      expect({ route: `${operation.method} ${operation.path}`, code: body.code }).not.toEqual({ route: `${operation.method} ${operation.path}`, code: 'request.not-found' });
    }
  });
});
