import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentText } from '@tessera/core';
import { api, type EditorUnit, type HistoryEvent, type LanguageView, type PretranslationView, type ProjectSummary } from '@tessera/core/contract';
import type { EngineConfig } from '../src/machine/engine.ts';
import { MachineTranslation } from '../src/services/machineTranslation.ts';
import { Pretranslations } from '../src/services/pretranslation.ts';
import { addDemoTranslatorAndReviewer, Client, startDemoServer, type TestServer } from './harness.ts';
import { startApertium, startLibreTranslate, type LibreServer, type RunningEngine } from './machineEngines.ts';
import fs from 'node:fs';
import path from 'node:path';
import { openDatabase } from '../src/db/connection.ts';
import { findJob, insertJob, setEngineAllowed, type JobRow } from '../src/repositories/machine.ts';
import { createTestDatabase } from './database.ts';
import { startTessera, tessera } from './tesseraCommand.ts';

const SENTENCES = ['Encryption protects everyone.', 'The committee must protect journalists.', 'Privacy is a human right.', 'We ask the parliament to vote against the law.', 'Secure messaging saves lives.', 'Read the full statement online.'];

const SUBJECTS = ['Journalists', 'Researchers', 'Nurses', 'Lawyers', 'Teachers', 'Students', 'Artists', 'Farmers', 'Engineers', 'Doctors', 'Librarians', 'Unions', 'Activists', 'Writers', 'Bloggers'];
/** Distinct one-sentence paragraphs on a topic (no numbers, which the engine never sees): each test its own, none of them in the engines' kept answers before it. */
const manySentences = (count: number, topic: string) => Array.from({ length: count }, (_, i) => `${SUBJECTS[i % SUBJECTS.length]} ${i < SUBJECTS.length ? 'need' : 'deserve'} ${topic}.`);
const operator = { kind: 'operator', name: 'test' } as const;

let apertium: RunningEngine;
let libre: LibreServer;
let server: TestServer;
let coordinator: Client;
let translator: Client;
let reviewer: Client;

const engines = (requestsPerSecond = 50): EngineConfig[] => [
  { id: 'apertium', kind: 'apertium-apy', url: apertium.url, location: 'deployment', timeoutMs: 10_000, requestsPerSecond },
  // Long enough that an answer held by the test is never given up on.
  { id: 'local-libre', kind: 'libretranslate', url: libre.url, location: 'deployment', timeoutMs: 60_000, requestsPerSecond },
];

async function project(name: string, targetLangs: string[], allowed: string[], sentences = SENTENCES): Promise<number> {
  const created = await coordinator.json<ProjectSummary>('POST', api.projects(), { name, sourceLang: 'en', targetLangs, text: sentences.join('\n\n') });
  await addDemoTranslatorAndReviewer(server, created.id);
  for (const engineId of allowed) await coordinator.json('PUT', api.machineEngine(created.id, engineId), { allowed: true });
  return created.id;
}
const units = async (projectId: number, lang: string) => (await coordinator.json<LanguageView>('GET', api.language(projectId, lang))).units;
const latest = (projectId: number, lang: string) => coordinator.json<PretranslationView | null>('GET', api.pretranslation(projectId, lang));

/** What `read` gives once it satisfies `ok` (asked every 50 ms, for at most 30 s). */
async function eventually<T>(read: () => Promise<T>, ok: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > deadline) throw new Error(`the pre-translation did not get there: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
const until = (projectId: number, lang: string, done: (job: PretranslationView) => boolean) => eventually(() => latest(projectId, lang), (job) => job !== null && done(job)) as Promise<PretranslationView>;

beforeAll(async () => {
  [apertium, libre] = await Promise.all([startApertium(), startLibreTranslate(['en', 'fr', 'de'])]);
  ({ server, coordinator, translator, reviewer } = await startDemoServer({}, { machineEngines: engines() }));
}, 60_000);

/**
 * Approves a translation of the first sentence in another project: the memory's exact match from
 * then on (a project created before that is not pre-filled with it when it is created).
 */
async function rememberFirstSentence(): Promise<void> {
  const other = await project('Earlier statement', ['es'], []);
  const [first] = await units(other, 'es');
  const saved = await translator.json<EditorUnit>('PUT', api.translation(other, 'es', first!.id), { target: ['El cifrado nos protege a todos.'], baseRevision: first!.revision });
  await reviewer.json<EditorUnit>('POST', api.review(other, 'es', first!.id), { decision: 'approve', baseRevision: saved.revision });
}
/**
 * A job run by a server that stops half-way: the engine answers the sentences `answered` and holds
 * the others, so the server stops with the next one in hand (its answer given while it stops).
 */
async function stoppedHalfWay(projectId: number, lang: string, answered: string[], requestsPerSecond?: number): Promise<PretranslationView> {
  libre.hold = (body) => body.target === lang && !answered.includes(body.q);
  const first = new Pretranslations(server.db, new MachineTranslation(engines(requestsPerSecond)));
  try {
    const job = await first.start(operator, { projectId, lang });
    await until(projectId, lang, (j) => j.done >= answered.length);
    const stopping = first.stop();
    libre.release();
    await stopping;
    return job;
  } finally {
    libre.release();
    await first.stop();
  }
}
afterAll(async () => {
  await server?.close();
  await Promise.all([apertium?.close(), libre?.close()]);
});

describe('pre-translating a language', () => {
  it('fills every empty unit: the memory’s exact match first, then Apertium, as drafts marked machine, never approved', async () => {
    const projectId = await project('To pre-translate', ['es', 'ja'], ['apertium']);
    await rememberFirstSentence();
    const [, second] = await units(projectId, 'es');
    await translator.json<EditorUnit>('PUT', api.translation(projectId, 'es', second!.id), { target: ['El comité debe proteger a los periodistas.'], baseRevision: second!.revision });

    expect((await translator.send('POST', api.pretranslation(projectId, 'es'))).status).toBe(403);
    const started = await coordinator.send('POST', api.pretranslation(projectId, 'es'));
    expect(started.status).toBe(202);
    expect(await started.json()).toMatchObject({ status: 'running', total: 5 });
    const job = await until(projectId, 'es', (j) => j.status !== 'running');
    expect(job).toMatchObject({ status: 'done', total: 5, done: 5, fromMemory: 1, fromMachine: 4, leftEmpty: 0, problem: null });

    const after = await units(projectId, 'es');
    expect(after.map((u) => u.state)).toEqual(Array(6).fill('translated'));
    expect(contentText(after[0]!.target)).toBe('El cifrado nos protege a todos.');
    expect(after[0]!.machine).toBeNull();
    expect(contentText(after[1]!.target)).toBe('El comité debe proteger a los periodistas.');
    expect(after.slice(2).map((u) => u.machine)).toEqual(Array(4).fill('Apertium'));
    expect(after[2]!.qa.map((f) => f.check)).toContain('machine-unedited');
    expect(contentText(after[2]!.target)).toMatch(/derecho humano/);
    const kinds = async (unitId: number) => (await coordinator.json<HistoryEvent[]>('GET', api.history(projectId, 'es', unitId))).map((e) => e.kind);
    expect(await kinds(after[0]!.id)).toEqual(['memory']);
    expect(await kinds(after[2]!.id)).toEqual(['machine']);

    // Japanese: no engine serves it; the memory has nothing: the units stay empty, and the job says why.
    await coordinator.send('POST', api.pretranslation(projectId, 'ja'));
    expect(await until(projectId, 'ja', (j) => j.status !== 'running')).toMatchObject({ status: 'done', total: 6, fromMachine: 0, leftEmpty: 6, problem: 'machine translation: no-pair' });
  });

  it('is cancellable: it stops within a few units, and what it wrote stays, counted', async () => {
    const sentences = manySentences(30, 'strong encryption');
    const projectId = await project('To cancel', ['fr'], ['local-libre'], sentences);
    const jobs = new Pretranslations(server.db, new MachineTranslation(engines()));
    // The engine answers the first sentence and holds the rest: the job has written one draft and waits.
    libre.hold = (body) => body.target === 'fr' && body.q !== sentences[0];
    try {
      const job = await jobs.start(operator, { projectId, lang: 'fr' });
      expect(await until(projectId, 'fr', (j) => j.done >= 1)).toMatchObject({ status: 'running', done: 1 });
      expect((await coordinator.send('POST', api.pretranslation(projectId, 'fr'))).status).toBe(409);
      expect((await translator.send('DELETE', api.pretranslation(projectId, 'fr'))).status).toBe(403);
      expect(await coordinator.json<PretranslationView>('DELETE', api.pretranslation(projectId, 'fr'))).toMatchObject({ status: 'cancelled' });
      libre.release();
      await jobs.finished(job.id);

      const stopped = (await latest(projectId, 'fr'))!;
      expect(stopped.status).toBe('cancelled');
      // It stops at its next write: a few units on, far from the end.
      expect(stopped.done).toBeGreaterThanOrEqual(1);
      expect(stopped.done).toBeLessThanOrEqual(1 + 2 * 5);
      const translated = (await units(projectId, 'fr')).filter((u) => u.state === 'translated');
      expect(translated.length).toBe(stopped.done);
      expect(translated.map((u) => contentText(u.target))).toEqual(sentences.slice(0, stopped.done).map((s) => s.toUpperCase()));
      expect(libre.requests.filter((r) => (r.body as { target?: string } | null)?.target === 'fr').length).toBeLessThan(sentences.length);
    } finally {
      libre.release();
      await jobs.stop();
    }
  });

  it('goes on after a restart where it was, asking no unit twice, at the engine’s pace', async () => {
    const sentences = manySentences(12, 'secure messaging');
    const projectId = await project('To resume', ['de'], ['local-libre'], sentences);
    const asked = () => libre.requests.filter((r) => r.path === '/translate' && (r.body as { target: string }).target === 'de');
    // Two requests a second; the server stops with the third sentence in hand.
    const job = await stoppedHalfWay(projectId, 'de', sentences.slice(0, 2), 2);
    const stopped = (await latest(projectId, 'de'))!;
    expect(stopped).toMatchObject({ status: 'running', done: 3, fromMachine: 3 });
    expect((await units(projectId, 'de')).map((u) => u.state)).toEqual([...Array(3).fill('translated'), ...Array(9).fill('untranslated')]);
    const beforeRestart = asked();
    expect(beforeRestart.length).toBeGreaterThanOrEqual(3);
    expect(beforeRestart.length).toBeLessThan(sentences.length);
    for (let i = 1; i < beforeRestart.length; i++) expect(beforeRestart[i]!.at - beforeRestart[i - 1]!.at).toBeGreaterThanOrEqual(450);

    const second = new Pretranslations(server.db, new MachineTranslation(engines()));
    await second.resumeAll();
    await second.finished(job.id);
    await second.stop();
    expect(await latest(projectId, 'de')).toMatchObject({ status: 'done', total: 12, done: 12, fromMachine: 12 });
    // The answers asked for before the stop were kept: the engine was asked each sentence once.
    const texts = asked().map((r) => (r.body as { q: string }).q);
    expect(texts.toSorted()).toEqual(sentences.toSorted());
    expect((await units(projectId, 'de')).map((u) => contentText(u.target))).toEqual(sentences.map((s) => s.toUpperCase()));
  });
});

describe('pre-translation with several processes on one database', () => {
  it('starts one job a language, however many requests race to start one', async () => {
    const projectId = await project('Raced', ['fr'], ['local-libre'], manySentences(8, 'a free press'));
    libre.hold = (body) => body.target === 'fr';
    try {
      const answers = await Promise.all(Array.from({ length: 6 }, () => coordinator.send('POST', api.pretranslation(projectId, 'fr'))));
      expect(answers.map((a) => a.status).toSorted()).toEqual([202, 409, 409, 409, 409, 409]);
      const started = (await answers.find((a) => a.status === 202)!.json()) as PretranslationView;
      expect(await latest(projectId, 'fr')).toMatchObject({ id: started.id, status: 'running' });
    } finally {
      await coordinator.send('DELETE', api.pretranslation(projectId, 'fr'));
      libre.release();
    }
  });

  it('a job let go of is taken up by one of two servers, and the engine is asked each sentence once', async () => {
    const sentences = manySentences(10, 'end-to-end encryption');
    const projectId = await project('Two servers', ['de'], ['local-libre'], sentences);
    const asked = () => libre.requests.filter((r) => r.path === '/translate' && sentences.includes((r.body as { q: string }).q));
    const job = await stoppedHalfWay(projectId, 'de', sentences.slice(0, 1));
    const a = new Pretranslations(server.db, new MachineTranslation(engines()));
    const b = new Pretranslations(server.db, new MachineTranslation(engines()));
    try {
      await Promise.all([a.resumeAll(), b.resumeAll()]);
      await Promise.all([a.finished(job.id), b.finished(job.id)]);
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
    expect(await latest(projectId, 'de')).toMatchObject({ status: 'done', total: 10, done: 10, fromMachine: 10 });
    expect(asked().map((r) => (r.body as { q: string }).q).toSorted()).toEqual(sentences.toSorted());
    expect((await units(projectId, 'de')).map((u) => contentText(u.target))).toEqual(sentences.map((s) => s.toUpperCase()));
  });

  it('a server leaves a job another one holds, and takes it up once that lease ends (its server stopped without a word)', async () => {
    const sentences = manySentences(5, 'lawful protection');
    const projectId = await project('Lease', ['fr'], ['local-libre'], sentences);
    const asked = () => libre.requests.filter((r) => r.path === '/translate' && sentences.includes((r.body as { q: string }).q));
    const job = await insertJob(server.db, { projectId, lang: 'fr', total: 5, createdBy: null, actor: 'another server' }, { owner: 'another server', until: new Date(Date.now() + 3_600_000).toISOString() });
    const watcher = new Pretranslations(server.db, new MachineTranslation(engines()), { leaseMs: 300 });
    try {
      await watcher.watch();
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(await latest(projectId, 'fr')).toMatchObject({ id: job.id, status: 'running', done: 0 });
      expect(asked()).toHaveLength(0);
      // The other server's last renewal was a minute ago, and its lease has ended since.
      await server.db.updateTable('mt_jobs').set({ lease_until: new Date(Date.now() - 1000).toISOString() }).where('id', '=', job.id).execute();
      expect(await until(projectId, 'fr', (j) => j.status !== 'running')).toMatchObject({ id: job.id, status: 'done', done: 5, fromMachine: 5 });
      expect(asked()).toHaveLength(5);
    } finally {
      await watcher.stop();
    }
  });
});

describe('tessera pretranslate', () => {
  it('pre-translates a language on the command line, printing its progress', async () => {
    const database = await createTestDatabase();
    try {
      const source = path.join(database.dataDir, 'statement.txt');
      fs.writeFileSync(source, SENTENCES.join('\n\n'));
      expect(await tessera(database, 'project', 'create', '--name', 'Command line', '--source', source, '--source-lang', 'en', '--targets', 'es')).toMatchObject({ code: 0, stdout: '1\n' });
      const db = await openDatabase(database.location);
      await setEngineAllowed(db, 1, 'apertium', true, null);
      await db.destroy();
      process.env.TESSERA_MT_ENGINES = JSON.stringify(engines());
      const run = await tessera(database, 'pretranslate', '--project', 'Command line', '--lang', 'es');
      expect(run.stdout).toMatch(/(?:^|\n)done: 6\/6 units — 0 from the memory, 6 from the machine, 0 left empty\n$/);
      expect((await tessera(database, 'pretranslate', '--project', 'Command line', '--lang', 'es', '--status')).stdout).toMatch(/^done: 6\/6 units/);
    } finally {
      delete process.env.TESSERA_MT_ENGINES;
      await database.drop();
    }
  }, 30_000);

  it('says where a job is, cancels it, and follows one that another process runs to its end', async () => {
    const database = await createTestDatabase();
    const db = await openDatabase(database.location);
    const jobs = new Pretranslations(db, new MachineTranslation(engines()));
    const sentences = manySentences(6, 'open standards');
    const job = (id: number) => eventually(() => findJob(db, id), (j) => j !== undefined) as Promise<JobRow>;
    try {
      const source = path.join(database.dataDir, 'statement.txt');
      fs.writeFileSync(source, sentences.join('\n\n'));
      expect(await tessera(database, 'project', 'create', '--name', 'Followed', '--source', source, '--source-lang', 'en', '--targets', 'fr,de')).toMatchObject({ code: 0, stdout: '1\n' });
      await setEngineAllowed(db, 1, 'local-libre', true, null);
      process.env.TESSERA_MT_ENGINES = JSON.stringify(engines());
      const asked = () => libre.requests.filter((r) => r.path === '/translate' && sentences.includes((r.body as { q: string }).q));
      // The engine answers the first sentence, and holds the others: each job waits with one unit done.
      libre.hold = (body) => body.q !== sentences[0];
      const french = await jobs.start(operator, { projectId: 1, lang: 'fr' });
      await eventually(() => job(french.id), (j) => j.done === 1);
      expect((await tessera(database, 'pretranslate', '--project', 'Followed', '--lang', 'fr', '--status')).stdout).toBe('running: 1/6 units — 0 from the memory, 1 from the machine, 0 left empty\n');

      // Run again while this process runs the job: the command follows it, and asks the engine nothing itself.
      const following = startTessera(database, 'pretranslate', '--project', 'Followed', '--lang', 'fr');
      await following.printed(/^running: 1\/6 units/m);
      libre.release();
      const followed = await following.ended;
      expect(followed.code).toBe(0);
      expect(followed.stdout).toMatch(/(?:^|\n)done: 6\/6 units — 0 from the memory, 6 from the machine, 0 left empty\n$/);
      expect(asked().filter((r) => (r.body as { target: string }).target === 'fr')).toHaveLength(6);

      libre.hold = (body) => body.q !== sentences[0];
      const german = await jobs.start(operator, { projectId: 1, lang: 'de' });
      await eventually(() => job(german.id), (j) => j.done === 1);
      const cancelled = await tessera(database, 'pretranslate', '--project', 'Followed', '--lang', 'de', '--cancel');
      expect(cancelled.stdout).toBe('cancelled: 1/6 units — 0 from the memory, 1 from the machine, 0 left empty\n');
      libre.release();
      await jobs.finished(german.id);
      expect((await job(german.id)).status).toBe('cancelled');
    } finally {
      libre.release();
      delete process.env.TESSERA_MT_ENGINES;
      await jobs.stop();
      await db.destroy();
      await database.drop();
    }
  }, 60_000);
});
