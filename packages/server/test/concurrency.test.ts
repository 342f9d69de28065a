import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, type EditorUnit, type HistoryEvent, type LanguageView, type ProjectSummary } from '@tessera/core/contract';
import { Client, startTestServer, type TestServer } from './harness.ts';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

describe('200 concurrent saves of one unit from 20 clients', () => {
  it('accepts exactly the saves based on the revision in force, records each, and ends on the last accepted one', async () => {
    const clients = await Promise.all(Array.from({ length: 20 }, (_, i) => Client.signedIn(server, i % 2 ? server.accounts.translator : server.accounts.reviewer)));
    const projectId = (await clients[0]!.json<ProjectSummary[]>('GET', api.projects()))[0]!.id;
    // A unit the demo left untranslated: its history is the saves of this test.
    const unit = (await clients[0]!.json<LanguageView>('GET', api.language(projectId, 'fr'))).units.find((u) => u.translate && u.state === 'untranslated')!;

    // Each client saves ten times, each time on the revision it last saw (from its own load or answer).
    const accepted: EditorUnit[] = [];
    let refused = 0;
    await Promise.all(
      clients.map(async (client, c) => {
        let revision = unit.revision;
        for (let k = 0; k < 10; k++) {
          const res = await client.send('PUT', api.translation(projectId, 'fr', unit.id), { target: [`client ${c} save ${k}`], baseRevision: revision });
          const body = (await res.json()) as EditorUnit & { current?: EditorUnit };
          if (res.status === 200) {
            accepted.push(body);
            revision = body.revision;
          } else {
            expect(res.status).toBe(409);
            refused++;
            revision = body.current!.revision;
          }
        }
      }),
    );

    expect(accepted.length + refused).toBe(200);
    expect(accepted.length).toBeGreaterThan(0);
    // Every accepted save got its own revision, one after the other: none overwrote another unseen.
    const revisions = accepted.map((u) => u.revision).sort((a, b) => a - b);
    expect(revisions).toEqual(Array.from({ length: accepted.length }, (_, i) => unit.revision + 1 + i));

    const history = await clients[0]!.json<HistoryEvent[]>('GET', api.history(projectId, 'fr', unit.id));
    expect(history).toHaveLength(accepted.length);
    expect(new Set(history.map((e) => JSON.stringify(e.targetAfter)))).toEqual(new Set(accepted.map((u) => JSON.stringify(u.target))));

    const last = accepted.reduce((a, b) => (a.revision > b.revision ? a : b));
    const final = (await clients[0]!.json<LanguageView>('GET', api.language(projectId, 'fr'))).units.find((u) => u.id === unit.id)!;
    expect(final.target).toEqual(last.target);
    expect(final.revision).toBe(last.revision);
  });
});
