import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, type EditorUnit, type HistoryEvent, type LanguageView, type ProjectSummary } from '@tessera/core/contract';
import { Client } from './harness.ts';
import { createTestDatabase, type TestDatabase } from './database.ts';
import { demoAccounts, startServerProcess, type ServerProcess } from './instances.ts';

let database: TestDatabase;
let server: ServerProcess;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await server?.stop();
  await database?.drop();
});

describe('a server killed with SIGKILL in the middle of a load of saves', () => {
  it('still has, after a restart, every save it had acknowledged', async () => {
    server = await startServerProcess(database, ['--demo']);
    const accounts = demoAccounts(server.output());
    const clients = await Promise.all(Array.from({ length: 8 }, () => Client.signedIn(server, accounts.translator)));
    const projectId = (await clients[0]!.json<ProjectSummary[]>('GET', api.projects()))[0]!.id;
    const units = (await clients[0]!.json<LanguageView>('GET', api.language(projectId, 'ja'))).units.filter((u) => u.translate);

    const acknowledged: EditorUnit[] = [];
    let stop = false;
    const load = clients.map(async (client, c) => {
      const unit = units[c % units.length]!;
      let revision = unit.revision;
      for (let k = 0; !stop; k++) {
        try {
          const res = await client.send('PUT', api.translation(projectId, 'ja', unit.id), { target: [`c${c} k${k}`], baseRevision: revision });
          const body = (await res.json()) as EditorUnit & { current?: EditorUnit };
          if (res.status === 200) {
            acknowledged.push(body);
            revision = body.revision;
          } else revision = body.current!.revision;
        } catch {
          return; // the connection died with the server
        }
      }
    });
    // Let the saves run, then kill the process without warning.
    while (acknowledged.length < 150) await new Promise((resolve) => setTimeout(resolve, 10));
    await server.stop('SIGKILL');
    stop = true;
    await Promise.all(load);

    server = await startServerProcess(database);
    const reader = await Client.signedIn(server, accounts.translator);
    for (const unit of new Set(acknowledged.map((u) => u.id))) {
      const history = await reader.json<HistoryEvent[]>('GET', api.history(projectId, 'ja', unit));
      const saved = new Set(history.map((e) => JSON.stringify(e.targetAfter)));
      for (const ack of acknowledged.filter((u) => u.id === unit)) expect(saved).toContain(JSON.stringify(ack.target));
    }
    const after = (await reader.json<LanguageView>('GET', api.language(projectId, 'ja'))).units;
    for (const unit of after) {
      const last = acknowledged.filter((u) => u.id === unit.id).sort((a, b) => b.revision - a.revision)[0];
      if (last) expect(unit.revision).toBeGreaterThanOrEqual(last.revision);
    }
  }, 120_000);
});
