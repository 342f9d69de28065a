/**
 * The save-translation endpoint under 50 connections (autocannon on 127.0.0.1), beside a bare
 * Express + better-sqlite3 insert endpoint measured in the same run. Targets: at least half the
 * bare endpoint's throughput, p99 under 50 ms, on SQLite; PostgreSQL reported too.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { api, MAX_UNIT_PAGE, type EditorUnit, type LanguageView, type UnitPage } from '../packages/core/src/contract/index.ts';
import type { Benchmark } from './benchmark.ts';

const CONNECTIONS = 50;
const DURATION_S = 10;
const UNITS = 2000;
const repo = new URL('../', import.meta.url).pathname;

export interface Started {
  /** The server process's id. */
  pid: number;
  url: string;
  output: () => string;
  stop: () => Promise<void>;
}

export function start(command: string[], env: NodeJS.ProcessEnv, ready: RegExp): Promise<Started> {
  const child: ChildProcess = spawn(process.execPath, command, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (c) => (output += c));
  child.stderr!.on('data', (c) => (output += c));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`did not start:\n${output}`)), 60_000);
    child.stdout!.on('data', () => {
      const match = ready.exec(output);
      if (!match) return;
      clearTimeout(timer);
      resolve({
        pid: child.pid!,
        url: `http://127.0.0.1:${match[1]}`,
        output: () => output,
        stop: () => new Promise<void>((done) => (child.exitCode !== null ? done() : (child.once('exit', () => done()), child.kill('SIGTERM')))),
      });
    });
  });
}

export interface Figures {
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  /** Answers 304 Not Modified (counted in non2xx too). */
  notModified: number;
  /** Requests answered in the run. */
  total: number;
}

export async function load(url: string, options: Partial<autocannon.Options>): Promise<Figures> {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION_S, ...options });
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, non2xx: result.non2xx, notModified: result['3xx'], total: result.requests.total };
}

/** Request headers with a session and CSRF token of the demo coordinator (from what `serve --demo` printed). */
export async function signInDemoCoordinator(url: string, output: string): Promise<Record<string, string>> {
  const [, email, password] = /coordinator\s+(\S+)\s+(\S+)/.exec(output)!;
  const first = await fetch(`${url}/api/session`);
  const csrfCookie = first.headers.getSetCookie().find((c) => c.startsWith('tessera_csrf='))!.split(';')[0]!;
  const { csrfToken } = (await first.json()) as { csrfToken: string };
  const signIn = await fetch(`${url}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken, cookie: csrfCookie },
    body: JSON.stringify({ email, password }),
  });
  const session = signIn.headers.getSetCookie().find((c) => c.startsWith('tessera_session='))!.split(';')[0]!;
  // A session has its own CSRF token, given with the sign-in.
  const signedIn = (await signIn.json()) as { csrfToken: string };
  const headers = { 'content-type': 'application/json', 'x-csrf-token': signedIn.csrfToken, cookie: session };
  return headers;
}

/** A project of `text` translated into French, and its units in reading order (read page by page). */
export async function createFrenchProject(url: string, headers: Record<string, string>, text: string): Promise<{ projectId: number; units: EditorUnit[] }> {
  const created = await fetch(`${url}/api/projects`, { method: 'POST', headers, body: JSON.stringify({ name: 'Bench', sourceLang: 'en', targetLangs: ['fr'], text }) });
  const { id: projectId } = (await created.json()) as { id: number };
  const view = (await (await fetch(url + api.language(projectId, 'fr', { limit: MAX_UNIT_PAGE }), { headers })).json()) as LanguageView;
  const units = [...view.units];
  for (let next = view.next; next !== null; ) {
    const page = (await (await fetch(url + api.languageUnits(projectId, 'fr', { after: next, limit: MAX_UNIT_PAGE }), { headers })).json()) as UnitPage;
    units.push(...page.units);
    next = page.next;
  }
  return { projectId, units };
}

/** A session cookie and CSRF token for the demo coordinator, and a project of UNITS sentences. */
async function prepareTessera(url: string, output: string): Promise<{ headers: Record<string, string>; projectId: number; units: { id: number; revision: number }[] }> {
  const headers = await signInDemoCoordinator(url, output);
  const text = Array.from({ length: UNITS / 10 }, (_, p) => Array.from({ length: 10 }, (_, s) => `Sentence ${s} of paragraph ${p} is here.`).join(' ')).join('\n\n');
  const { projectId, units } = await createFrenchProject(url, headers, text);
  return { headers, projectId, units: units.filter((u) => u.translate) };
}

/** Saves round-robin over the units, each based on the revision the previous save of that unit produced. */
function saveRequests(projectId: number, units: { id: number; revision: number }[]): Partial<autocannon.Options> {
  const revisions = new Map(units.map((u) => [u.id, u.revision]));
  let next = 0;
  return {
    method: 'PUT',
    requests: [
      {
        setupRequest: (request) => {
          const unit = units[next++ % units.length]!;
          const revision = revisions.get(unit.id)!;
          revisions.set(unit.id, revision + 1);
          return { ...request, path: `/api/projects/${projectId}/languages/fr/units/${unit.id}/translation`, body: JSON.stringify({ target: [`Traduction ${revision}.`], baseRevision: revision }) };
        },
      },
    ],
  };
}

export const line = (name: string, f: Figures) => `${name.padEnd(44)} ${f.rps.toFixed(0).padStart(7)} req/s   p50 ${String(f.p50).padStart(3)} ms   p99 ${String(f.p99).padStart(3)} ms   non-2xx ${f.non2xx}`;

/** Tessera's server with the demo accounts, on a fresh data folder (`env`: its database). */
export function startTessera(env: NodeJS.ProcessEnv, data: string): Promise<Started> {
  return start([path.join(repo, 'packages/server/bin/tessera.mjs'), 'serve', '--demo', '--port', '0', '--data', data], env, /running at http:\/\/[\d.]+:(\d+)/);
}

async function measureTessera(env: NodeJS.ProcessEnv, data: string): Promise<Figures> {
  const server = await startTessera(env, data);
  try {
    const { headers, projectId, units } = await prepareTessera(server.url, server.output());
    return await load(server.url, { headers, ...saveRequests(projectId, units) });
  } finally {
    await server.stop();
  }
}

export async function measureBare(dir: string, options: string[]): Promise<Figures> {
  const bare = await start([path.join(repo, 'node_modules/tsx/dist/cli.mjs'), path.join(repo, 'bench/servers/bareInsert.ts'), dir, ...options], {}, /listening on (\d+)/);
  try {
    return await load(`${bare.url}/units/1`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ target: ['Traduction.'] }) });
  } finally {
    await bare.stop();
  }
}

export const percent = (measured: Figures, baseline: Figures) => `${((100 * measured.rps) / baseline.rps).toFixed(0)}%`;

const benchmark: Benchmark = {
  name: 'Save-translation endpoint under 50 connections',
  async run(print) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tessera-bench-http-'));
    try {
      const baseline = await measureBare(dir, []);
      print(line('bare Express + better-sqlite3 INSERT (baseline)', baseline));
      const grouped = await measureBare(dir, ['--group-commit']);
      print(line('  the same, inserts of one turn committed together', grouped));

      const sqlite = await measureTessera({ DATABASE_URL: '' }, path.join(dir, 'sqlite'));
      print(line('Tessera save on SQLite', sqlite));
      print(`  → ${percent(sqlite, baseline)} of the baseline's throughput (target ≥ 50%); p99 ${sqlite.p99} ms (target < 50 ms)`);
      print(`  → ${percent(sqlite, grouped)} of the bare endpoint's with the same group commit (what Tessera's own work costs)`);

      const admin = new pg.Client({ connectionString: process.env.TESSERA_BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres' });
      const name = `tessera_bench_${process.pid}`;
      try {
        await admin.connect();
        await admin.query(`CREATE DATABASE ${name}`);
      } catch (error) {
        print(`Tessera save on PostgreSQL: not measured (${(error as Error).message})`);
        return;
      }
      try {
        const postgres = await measureTessera({ DATABASE_URL: `postgres://postgres@127.0.0.1:5432/${name}` }, path.join(dir, 'pg'));
        print(line('Tessera save on PostgreSQL', postgres));
        print(`  → ${percent(postgres, baseline)} of the baseline's throughput; p99 ${postgres.p99} ms`);
      } finally {
        await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await admin.end();
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};

export default benchmark;
