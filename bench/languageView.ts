/**
 * The language view of a 1,000-unit project under 50 connections (autocannon on 127.0.0.1), beside
 * the save endpoint's baseline measured in the same run (the bare Express + better-sqlite3 insert of
 * bench/http.ts), with the server's memory (RSS) before and after the runs. Targets: p99 under
 * 100 ms for the view as the editor asks for it, RSS after the runs within 20% of before.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type autocannon from 'autocannon';
import { api, type LanguageView } from '../packages/core/src/contract/index.ts';
import type { Benchmark } from './benchmark.ts';
import { createFrenchProject, line, load, measureBare, percent, signInDemoCoordinator, startTessera, type Figures } from './http.ts';

const UNITS = 1000;
/** The editor's first page (packages/web/src/features/editor/useLanguagePages.ts). */
const FIRST_PAGE = 100;

/** A statement of UNITS sentences of an ordinary length, ten to a paragraph. */
function statement(): string {
  const sentence = (i: number) => `In statement ${i}, the coalition calls on every government to protect the people who defend digital rights, online and offline.`;
  return Array.from({ length: UNITS / 10 }, (_, p) => Array.from({ length: 10 }, (_, s) => sentence(10 * p + s)).join(' ')).join('\n\n');
}

/** The resident memory of a process in MB (Linux), or null where it cannot be read. */
function rssMb(pid: number): number | null {
  try {
    const kb = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb === undefined ? null : Number(kb) / 1024;
  } catch {
    return null;
  }
}

/** Linux's clock ticks per second, in which /proc counts CPU time. */
const CLOCK_TICKS = 100;

/** The CPU time a process has used so far, in ms (Linux), or null where it cannot be read. */
function cpuMs(pid: number): number | null {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return null;
  }
}

const benchmark: Benchmark = {
  name: 'Language view of a 1,000-unit project under 50 connections',
  async run(print) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tessera-bench-view-'));
    try {
      const baseline = await measureBare(dir, []);
      print(line('save baseline: bare Express + SQLite INSERT', baseline));

      const server = await startTessera({ DATABASE_URL: '' }, path.join(dir, 'sqlite'));
      try {
        const headers = await signInDemoCoordinator(server.url, server.output());
        const { projectId, units } = await createFrenchProject(server.url, headers, statement());
        const get = (pathname: string) => fetch(server.url + pathname, { headers });
        const firstPage = api.language(projectId, 'fr', { limit: FIRST_PAGE });
        const opened = await get(firstPage);
        const etag = opened.headers.get('etag')!;
        const firstBytes = (await opened.text()).length;
        const whole = api.language(projectId, 'fr', { limit: UNITS });
        const wholeBytes = (await (await get(whole)).text()).length;
        const halves = api.language(projectId, 'fr', { limit: UNITS / 2 });
        const { next } = (await (await get(halves)).json()) as LanguageView;
        const secondHalf = api.languageUnits(projectId, 'fr', { after: next!, limit: UNITS / 2 });
        print(`(${units.length} units: the whole language is ${(wholeBytes / 1024).toFixed(0)} KB of JSON, the editor's first page of ${FIRST_PAGE} ${(firstBytes / 1024).toFixed(0)} KB)`);

        // The server's memory at rest, then once it has served every kind of request under the same load for a few
        // seconds (its heap sized for the load): growth from there over the runs would be memory kept.
        const idle = rssMb(server.pid);
        const shapes = [{ path: firstPage }, { path: firstPage, headers: { ...headers, 'if-none-match': etag } }, { path: halves }, { path: secondHalf }, { path: whole }];
        await load(server.url, { headers, requests: shapes, duration: 5 });
        const before = rssMb(server.pid);
        // The server's CPU time per request does not depend on what else the machine runs, unlike the latencies.
        const measure = async (name: string, requests: autocannon.Request[]): Promise<Figures> => {
          const cpuBefore = cpuMs(server.pid);
          const figures = await load(server.url, { headers, requests });
          const cpuAfter = cpuMs(server.pid);
          const perRequest = cpuBefore === null || cpuAfter === null ? '' : `   server CPU ${((cpuAfter - cpuBefore) / figures.total).toFixed(2)} ms/request`;
          print(line(`view: ${name}`, figures) + perRequest);
          return figures;
        };
        const first = await measure(`first page (${FIRST_PAGE} units), editor opens`, [{ path: firstPage }]);
        const unchanged = await measure('the same with If-None-Match (304)', [{ path: firstPage, headers: { ...headers, 'if-none-match': etag } }]);
        await measure(`all units, two pages of ${UNITS / 2}`, [{ path: halves }, { path: secondHalf }]);
        await measure(`all units in one answer (${(wholeBytes / 1024).toFixed(0)} KB)`, [{ path: whole }]);
        const after = rssMb(server.pid);

        print(`  → first page: ${percent(first, baseline)} of the save baseline's req/s, p99 ${first.p99} ms (target < 100 ms); revalidation: ${unchanged.notModified} answers 304, p99 ${unchanged.p99} ms`);
        if (before !== null && after !== null) {
          const growth = (100 * (after - before)) / before;
          print(`  → server RSS ${idle!.toFixed(0)} MB at rest, ${before.toFixed(0)} MB after a 5 s warm-up, ${after.toFixed(0)} MB after the runs (${growth >= 0 ? '+' : ''}${growth.toFixed(0)}% over the runs, target within 20%)`);
        } else {
          print('  → server RSS: not measured (no /proc on this system)');
        }
      } finally {
        await server.stop();
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};

export default benchmark;
