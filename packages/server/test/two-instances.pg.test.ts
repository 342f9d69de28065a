import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, type EditorUnit, type LanguageView, type MemoryMatch, type ProjectSummary } from '@tessera/core/contract';
import { SIGN_IN_LIMITS } from '../src/services/signInLimit.ts';
import { Client, problemOf } from './harness.ts';
import { createTestDatabase, type TestDatabase } from './database.ts';
import { demoAccounts, startServerProcess, type ServerProcess } from './instances.ts';

// Two server processes on one PostgreSQL database, as a deployment behind a load balancer runs them.
let database: TestDatabase;
let a: ServerProcess;
let b: ServerProcess;
let accounts: ReturnType<typeof demoAccounts>;

beforeAll(async () => {
  database = await createTestDatabase();
  a = await startServerProcess(database, ['--demo']);
  b = await startServerProcess(database);
  accounts = demoAccounts(a.output());
}, 120_000);
afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await database?.drop();
});

const signIn = (url: string, role: keyof typeof accounts) => Client.signedIn({ url }, accounts[role]);

/** A project of one sentence, created on `client`'s server; its unit. */
async function oneSentence(client: Client, name: string, text: string): Promise<{ projectId: number; unit: EditorUnit }> {
  const { id } = await client.json<ProjectSummary>('POST', api.projects(), { name, sourceLang: 'en', targetLangs: ['ja'], text });
  const [unit] = (await client.json<LanguageView>('GET', api.language(id, 'ja'))).units;
  return { projectId: id, unit: unit! };
}

describe('two server processes on one PostgreSQL database', () => {
  it('offer an approval made on one as a memory match on the other at once, and stop when its project leaves the memory', async () => {
    const onA = await signIn(a.url, 'coordinator');
    const onB = await signIn(b.url, 'coordinator');
    const approved = await oneSentence(onA, 'Approved on A', 'Every person has the right to seek help without being watched by the state.');
    await onA.send('PUT', api.languageSettings(approved.projectId, 'ja'), { selfReview: true });
    const saved = await onA.json<EditorUnit>('PUT', api.translation(approved.projectId, 'ja', approved.unit.id), { target: ['誰もが国家に監視されずに助けを求める権利を持つ。'], baseRevision: approved.unit.revision });
    await onA.json('POST', api.review(approved.projectId, 'ja', approved.unit.id), { decision: 'approve', baseRevision: saved.revision, overrideReason: 'Checked.' });
    const asking = await oneSentence(onB, 'Asking on B', 'Every person has the right to seek help without being watched by the police.');
    const origins = async () => (await onB.json<MemoryMatch[]>('GET', api.memoryMatches(asking.projectId, 'ja', asking.unit.id))).map((m) => m.origin.name);
    expect(await origins()).toContain('Approved on A');
    expect((await onA.send('PUT', api.projectInMemory(approved.projectId), { inMemory: false })).status).toBe(204);
    expect(await origins()).not.toContain('Approved on A');
    await onB.send('PUT', api.projectInMemory(approved.projectId), { inMemory: true });
    expect(await origins()).toContain('Approved on A');
  });

  it('serve the same project, and a save on one reaches an editor connected to the other within a second', async () => {
    const onA = await signIn(a.url, 'translator');
    const onB = await signIn(b.url, 'reviewer');
    const projectId = (await onB.json<ProjectSummary[]>('GET', api.projects()))[0]!.id;
    const stream = await onB.live(projectId);
    const unit = (await onA.json<LanguageView>('GET', api.language(projectId, 'ja'))).units.find((u) => u.translate)!;
    const started = Date.now();
    await onA.json('PUT', api.translation(projectId, 'ja', unit.id), { target: ['別のプロセスから'], baseRevision: unit.revision });
    await stream.next((e) => e.type === 'unit' && e.unit.id === unit.id, 1000);
    expect(Date.now() - started).toBeLessThan(1000);
    const seenOnB = (await onB.json<LanguageView>('GET', api.language(projectId, 'ja'))).units.find((u) => u.id === unit.id)!;
    expect(seenOnB.target).toEqual(['別のプロセスから']);
    stream.close();
  });

  it('accept only non-stale saves when 20 clients split across both fire 200 saves at one unit', async () => {
    const clients = await Promise.all(Array.from({ length: 20 }, (_, i) => signIn(i % 2 ? a.url : b.url, i % 4 < 2 ? 'translator' : 'reviewer')));
    const projectId = (await clients[0]!.json<ProjectSummary[]>('GET', api.projects()))[0]!.id;
    const unit = (await clients[0]!.json<LanguageView>('GET', api.language(projectId, 'es'))).units.find((u) => u.translate)!;
    const accepted: EditorUnit[] = [];
    await Promise.all(
      clients.map(async (client, c) => {
        let revision = unit.revision;
        for (let k = 0; k < 10; k++) {
          const res = await client.send('PUT', api.translation(projectId, 'es', unit.id), { target: [`${c}/${k}`], baseRevision: revision });
          const body = (await res.json()) as EditorUnit & { current?: EditorUnit };
          if (res.status === 200) accepted.push(body);
          else expect(res.status).toBe(409);
          revision = res.status === 200 ? body.revision : body.current!.revision;
        }
      }),
    );
    const revisions = accepted.map((u) => u.revision).sort((x, y) => x - y);
    expect(revisions).toEqual(Array.from({ length: accepted.length }, (_, i) => unit.revision + 1 + i));
    const final = (await clients[1]!.json<LanguageView>('GET', api.language(projectId, 'es'))).units.find((u) => u.id === unit.id)!;
    expect(final.target).toEqual(accepted.find((u) => u.revision === final.revision)!.target);
    expect(final.revision).toBe(revisions.at(-1));
  });

  it('check no more than the limit of 100 wrong passwords sent at once to both, and then refuse the right one on either', async () => {
    const { email, password } = accounts.reviewer;
    const clients = await Promise.all([a.url, b.url].map(async (url) => {
      const client = new Client(url);
      await client.init();
      return client;
    }));
    const attempt = (client: Client, password: string) => client.send('POST', api.session(), { email, password }, { headers: { 'x-forwarded-for': '198.51.100.23' } });
    const answers = await Promise.all(Array.from({ length: 100 }, (_, i) => attempt(clients[i % 2]!, `wrong ${i}`)));
    const statuses = answers.map((res) => res.status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(SIGN_IN_LIMITS.email);
    expect(statuses.filter((s) => s === 429)).toHaveLength(100 - SIGN_IN_LIMITS.email);
    for (const client of clients) expect((await attempt(client, password)).status).toBe(429);
  });

  // Last: the failures also count against this machine's address, for both processes.
  it('count failed sign-ins together: ten on one process lock the e-mail out of the other', async () => {
    const { email, password } = accounts.coordinator;
    const onA = new Client(a.url);
    await onA.init();
    for (let i = 0; i < 10; i++) expect((await onA.send('POST', api.session(), { email, password: `wrong ${i}` })).status).toBe(401);
    const onB = new Client(b.url);
    await onB.init();
    const limited = await onB.send('POST', api.session(), { email, password });
    expect(limited.status).toBe(429);
    expect((await problemOf(limited)).code).toBe('auth.rate-limited');
  });
});
