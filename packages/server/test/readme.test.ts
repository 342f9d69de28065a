import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkXliff, IMPORT_FORMATS, readXliff12, writeXliff12 } from '@tessera/core';
import { openDatabase } from '../src/db/connection.ts';
import { createTestDatabase, type TestDatabase } from './database.ts';

/**
 * The README's commands, as a newcomer pastes them: every shell block runs line by line, as written,
 * through bash, in a stand-in for the repository root with a throwaway data folder; the two top
 * commands (install and start, install and test) are only read, since running them is what the
 * whole test command does.
 */

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const readme = fs.readFileSync(path.join(repo, 'README.md'), 'utf8');
const packageJson = (JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8')) as { packageManager: string; scripts: Record<string, string> });

/** The text of the README section with this `##` title. */
function section(title: string): string {
  const start = readme.indexOf(`\n## ${title}\n`);
  if (start < 0) throw new Error(`the README has no section “${title}”`);
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end < 0 ? undefined : end);
}

/** The lines of each ```sh block of `text`. */
const shellBlocks = (text: string): string[][] =>
  [...text.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]!.split('\n').filter((line) => line.trim() !== ''));

/** The section that sets up a real deployment: its block runs on a database of its own, empty. */
const REAL = 'Running it for real';

/** Every shell block but the two top commands' and the real deployment's, in the README's order. */
const blocksToRun = (): string[][] => {
  const elsewhere = [...shellBlocks(section('Two commands')), ...shellBlocks(section(REAL))].map((b) => b.join('\n'));
  return shellBlocks(readme).filter((b) => !elsewhere.includes(b.join('\n')));
};

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

let database: TestDatabase;
/** A throwaway folder that stands for the repository root: its `packages` is the repository's. */
let root: string;

beforeAll(async () => {
  database = await createTestDatabase();
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'tessera-readme-'));
  fs.symlinkSync(path.join(repo, 'packages'), path.join(root, 'packages'));
  fs.mkdirSync(path.join(root, 'backups'));
  // statement-v2.txt: a new version of the statement, one sentence reworded and one signatory added.
  const statement = fs.readFileSync(path.join(repo, 'packages/server/src/demo/statement.txt'), 'utf8');
  fs.writeFileSync(path.join(root, 'statement-v2.txt'), `${statement.replace(/breaks(\s+)encryption/, 'weakens$1encryption').trimEnd()}\n●  Digital Rights Watch\n`);
});
afterAll(async () => {
  await database?.drop();
  if (root) fs.rmSync(root, { recursive: true, force: true });
});

const env = (on: TestDatabase = database) => ({ ...process.env, ...on.env });
const onPostgres = () => database.location.kind === 'postgres';

/** Where a line names something of the reader's machine, the test's stand-in for it (and why). */
function standIns(line: string, on: TestDatabase = database): string {
  const now = new Date();
  const today = [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
  return (
    line
      // Port 3000 may be taken on the machine running the tests: the same line on a free port.
      .replace('--port 3000', '--port 0')
      // The machine's backup folder: a throwaway one.
      .replaceAll('/var/backups/', `${root}/backups/`)
      // The example date of a backup to restore: the backup the line before just took.
      .replace('tessera-2026-05-01.sqlite', `tessera-${today}.sqlite`)
      // The server's data folder: the test's database.
      .replaceAll('--data /srv/tessera', `--data ${on.dataDir}`)
  );
}

/** Runs one line as a user's shell would, in the stand-in repository root. */
function shell(line: string, on: TestDatabase = database): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['-c', standIns(line, on)], { cwd: root, env: env(on), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const file = (name: string) => fs.readFileSync(path.join(root, name), 'utf8');

/** What each command of the block must print on stdout (and nothing else there), and leave behind. */
const CHECKS: { command: string; check: (line: string, run: Run) => void }[] = [
  { command: 'project create', check: (_, run) => expect(run.stdout).toMatch(/^\d+\n$/) },
  {
    command: 'project update',
    check: (_, run) => {
      expect(run.stdout).toMatch(/^Dry run: revision 2: \d+ units kept, \d+ retouched \(typography\), 1 reworded, 1 new, 0 retired\.\n/);
      expect(run.stdout).toContain('+ Digital Rights Watch');
    },
  },
  {
    command: 'export',
    check: (line, run) => {
      expect(run.stdout).toBe('');
      const target = /(?:--out|>)\s+(\S+)/.exec(line)![1]!;
      const report = checkXliff(file(target));
      expect(report.errors).toEqual([]);
      expect(report.units).toBeGreaterThan(10);
      // Written to stdout, the document comes alone: no notice on stderr either.
      if (line.includes('>')) expect(run.stderr).toBe('');
    },
  },
  { command: 'pretranslate', check: (_, run) => expect(run.stdout).toMatch(/(?:^|\n)done: \d+\/\d+ units — 0 from the memory, 0 from the machine, \d+ left empty\n$/) },
  { command: 'import', check: (_, run) => expect(run.stdout).toMatch(/^ja: 1 updated, \d+ unchanged\n$/) },
  {
    command: 'memory leverage',
    check: (_, run) => {
      expect(run.stdout).toMatch(/^Leverage of “Statement” into fr\nband\s+units\s+words\s+words %\n/);
      // Nothing is approved in French anywhere: every sentence of the statement is counted, none with a match.
      const [, units, words] = /^total\s+(\d+)\s+(\d+)\s+100%$/m.exec(run.stdout) ?? [];
      expect(Number(units)).toBeGreaterThan(10);
      expect(Number(words)).toBeGreaterThan(Number(units));
      expect(run.stdout).toMatch(/^100% match\s+0\s+0\s+0%$/m);
    },
  },
  {
    command: 'xliff check',
    check: (_, run) => {
      const reports = run.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { valid: boolean; version: string });
      expect(reports.map((r) => [r.valid, r.version])).toEqual([
        [true, '1.2'],
        [true, '2.0'],
      ]);
    },
  },
  {
    command: 'publish',
    check: (line, run) => {
      expect(run.stdout).toBe('');
      const html = file(/--out\s+(\S+)/.exec(line)![1]!);
      expect(html).toMatch(/<html lang="ja"/);
      expect(html).toContain('2026年3月12日');
      // --allow-fallback: the source stands in for what is not approved.
      expect(html).toContain('As written, the Act would require');
    },
  },
  {
    command: 'segment --lang',
    check: (line, run) => {
      const sentences = JSON.parse(run.stdout) as unknown;
      expect(Array.isArray(sentences)).toBe(true);
      // The README shows what it prints.
      expect(run.stdout).toBe(`${/#\s*(\[.*\])\s*$/.exec(line)![1]!}\n`);
    },
  },
  {
    command: 'segment --batch',
    check: (line, run) => {
      const inputs = [...line.matchAll(/'(\{[^']*\})'/g)].map((m) => JSON.parse(m[1]!) as { text: string });
      const outputs = run.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as string[]);
      expect(outputs.map((sentences) => sentences.join(''))).toEqual(inputs.map((i) => i.text));
      expect(outputs.every((sentences) => sentences.length === 2)).toBe(true);
    },
  },
  {
    command: 'config check',
    check: (_, run) => {
      expect(run.stdout).toMatch(/^PORT\s+3000\s+\(default\)$/m);
      expect(run.stdout).toContain(database.dataDir);
    },
  },
  {
    command: 'backup',
    check: (_, run) => {
      if (onPostgres()) return expectPostgresTools(run);
      // The copy and its size: a SQLite database of that size, in the throwaway folders.
      const [, copy, size] = /^(\S+)\t(\d+)\n$/.exec(run.stdout) ?? [];
      expect(copy?.startsWith(root)).toBe(true);
      expect(fs.statSync(copy!).size).toBe(Number(size));
      expect(fs.readFileSync(copy!).subarray(0, 16).toString('latin1')).toBe('SQLite format 3\0');
    },
  },
  {
    command: 'restore',
    check: (_, run) => {
      if (onPostgres()) return expectPostgresTools(run);
      expect(run.stdout).toMatch(/^Restored \S+ into /);
    },
  },
];

/** On PostgreSQL, backup and restore refuse and name PostgreSQL's own tools, as the README says. */
function expectPostgresTools(run: Run): void {
  expect(run.code).toBe(1);
  expect(run.stderr).toMatch(/pg_dump/);
  expect(run.stderr).toMatch(/pg_restore/);
}

const commandOf = (line: string): string => {
  const after = line.slice(line.indexOf('tessera.mjs ') + 'tessera.mjs '.length);
  const found = ['project create', 'project update', 'xliff check', 'segment --lang', 'segment --batch', 'config check', 'memory leverage', 'export', 'import', 'publish', 'pretranslate', 'serve', 'backup', 'restore', 'user add', 'member add'].find((c) =>
    after.startsWith(c),
  );
  if (!found) throw new Error(`the README shows a command this test does not check: ${line}`);
  return found;
};

/** What a started server printed, and where it answers. */
interface Served {
  url: string;
  stdout: string;
  stderr: () => string;
}

/** Starts a `serve` line, lets `use` work with the running server, and stops it as Ctrl+C would. */
async function serve(line: string, use: (served: Served) => Promise<void>, on: TestDatabase = database): Promise<void> {
  expect(standIns(line, on)).toContain('--port 0');
  const child = spawn('bash', ['-c', standIns(line, on)], { cwd: root, env: env(on), stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`serve did not start:\n${stdout}\n${stderr}`)), 120_000);
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString('utf8');
        const match = /running at (http:\/\/\S+?)\/?\s/.exec(stdout);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]!);
        }
      });
      child.on('close', (code) => reject(new Error(`serve exited with ${code}:\n${stdout}\n${stderr}`)));
    });
    await use({ url, stdout, stderr: () => stderr });
  } finally {
    process.kill(-child.pid!, 'SIGTERM');
  }
  expect(await exited).toBe(0);
}

/** A browser's first visit: the session cookie and the CSRF token the server gives. */
async function visit(url: string): Promise<{ cookie: string; csrf: string }> {
  const session = await fetch(`${url}/api/session`);
  expect(session.status).toBe(200);
  return { csrf: ((await session.json()) as { csrfToken: string }).csrfToken, cookie: session.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ') };
}

async function post(url: string, path: string, body: unknown): Promise<Response> {
  const { cookie, csrf } = await visit(url);
  return fetch(`${url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': csrf, cookie }, body: JSON.stringify(body) });
}

/** The demo server: the accounts it prints sign in. */
async function signInAsPrintedDemoAccount({ url, stdout }: Served): Promise<void> {
  const accounts = [...stdout.matchAll(/^\s+(coordinator|translator|reviewer)\s+(\S+@\S+)\s+(\S+)$/gm)];
  expect(accounts.map((a) => a[1])).toEqual(['coordinator', 'translator', 'reviewer']);
  expect((await post(url, '/api/session', { email: accounts[0]![2], password: accounts[0]![3] })).status).toBe(200);
  // It says how to run without the demo.
  expect(stdout).toContain('without the demo');
}

/** A real deployment's first start: the setup link it prints on stderr makes the first coordinator, once. */
async function makeFirstCoordinator({ url, stdout, stderr }: Served): Promise<void> {
  expect(stdout).not.toMatch(/demo/i);
  // The whole line: a token cut in the middle would be another token.
  await expect.poll(stderr, { timeout: 10_000 }).toMatch(/\/setup\/[\w-]+\n/);
  const [, token] = /https:\/\/tessera\.example\.org\/setup\/([\w-]+)\n/.exec(stderr())!;
  const first = { name: 'First Coordinator', email: 'first@example.org', password: 'the first coordinator 4d2a' };
  expect((await post(url, `/api/account-links/${token}/setup`, first)).status).toBe(200);
  expect((await post(url, `/api/account-links/${token}/setup`, { ...first, email: 'second@example.org' })).status).toBe(410);
  expect((await post(url, '/api/session', { email: first.email, password: first.password })).status).toBe(200);
}

describe('the README', () => {
  it('starts the app and runs the tests with the pinned pnpm, through npx, as the two top commands say', () => {
    const version = packageJson.packageManager.replace(/^pnpm@/, '');
    const pnpm = `npx -y pnpm@${version}`;
    expect(shellBlocks(section('Two commands'))).toEqual([[`${pnpm} install --frozen-lockfile && ${pnpm} start`], [`${pnpm} install --frozen-lockfile && ${pnpm} test`]]);
    expect(Object.keys(packageJson.scripts)).toEqual(expect.arrayContaining(['start', 'test']));
    // `.ci/run runs exactly this command`.
    expect(fs.readFileSync(path.join(repo, '.ci/run'), 'utf8').trimEnd().split('\n').at(-1)).toBe(`${pnpm} install --frozen-lockfile && ${pnpm} test`);
  });

  it('lists the formats a statement is imported from as their registry has them', () => {
    const coordinator = /- \*\*Coordinator\*\*[\s\S]*?\n- \*\*/.exec(section('Using it'))![0];
    for (const format of IMPORT_FORMATS) expect(coordinator, format.label).toContain(format.label);
    expect(section('Command line')).toContain(`\`--format ${IMPORT_FORMATS.map((f) => f.id).join('|')}\` overrides the format guessed`);
  });

  it('shows no command that a fresh machine cannot run: no bare pnpm (none is installed), no `pnpm -s` (the pinned pnpm refuses it)', () => {
    const blocks = shellBlocks(readme);
    expect(blocks.length).toBe(shellBlocks(section('Two commands')).length + shellBlocks(section(REAL)).length + blocksToRun().length);
    for (const line of blocks.flat()) {
      expect(line).not.toMatch(/(^|[;&|]\s*)pnpm\s/);
      expect(line).not.toMatch(/pnpm(@\S+)?\s+-s\b/);
    }
  });

  it('runs every line of its shell blocks as written, each printing only its result on stdout', async () => {
    const lines = blocksToRun().flat();
    expect(shellBlocks(section('Command line'))[0]!.length).toBeGreaterThan(5);
    for (const line of lines) {
      const command = commandOf(line);
      if (command === 'serve') {
        await serve(line, signInAsPrintedDemoAccount);
        continue;
      }
      const run = await shell(line);
      const refusedOnPostgres = onPostgres() && (command === 'backup' || command === 'restore');
      if (!refusedOnPostgres) expect({ line, code: run.code, stderr: run.stderr }).toMatchObject({ code: 0 });
      CHECKS.find((c) => c.command === command)!.check(line, run);
      if (command === 'export' && line.includes('xliff12')) {
        // The translator translates the title in a CAT tool before the file comes back.
        const doc = readXliff12(file('ja.xlf'));
        const title = doc.groups.find((g) => g.kind === 'title')!.units[0]!;
        title.target = ['デジタル安全法案に関する共同声明'];
        title.state = 'translated';
        fs.writeFileSync(path.join(root, 'ja.xlf'), writeXliff12(doc));
      }
    }
  }, 900_000);

  it('sets up a real deployment as “Running it for real” says, on an empty database: first coordinator, an account, a project, a role', async () => {
    const pnpm = `npx -y ${packageJson.packageManager}`;
    const [build, ...lines] = shellBlocks(section(REAL))[0]!;
    // Installing and building the web app is what the test command itself does before the browser tests: only read here.
    expect(build).toBe(`${pnpm} install --frozen-lockfile && ${pnpm} --filter @tessera/web build`);
    const fresh = await createTestDatabase();
    try {
      for (const line of lines) {
        const command = commandOf(line);
        if (command === 'serve') {
          await serve(line, makeFirstCoordinator, fresh);
          continue;
        }
        const run = await shell(line, fresh);
        expect({ line, code: run.code, stderr: run.stderr }).toMatchObject({ code: 0 });
        if (command === 'user add') expect(run.stdout).toMatch(/^http\S+\/reset-password\/[\w-]{40,}\n$/);
        if (command === 'project create') expect(run.stdout).toMatch(/^\d+\n$/);
      }
      const db = await openDatabase(fresh.location);
      try {
        const roles = await db
          .selectFrom('memberships')
          .innerJoin('users', 'users.id', 'memberships.user_id')
          .select(['users.email', 'memberships.role', 'memberships.lang'])
          .orderBy('memberships.role')
          .execute();
        // A coordinator's role covers every language (stored without one).
        expect(roles.map((r) => [r.email, r.role, r.lang || 'every language'])).toEqual([
          ['ana@example.org', 'coordinator', 'every language'],
          ['ana@example.org', 'reviewer', 'fr'],
        ]);
        expect((await db.selectFrom('users').select(['email', 'can_create_projects']).orderBy('id').execute()).map((u) => [u.email, Boolean(u.can_create_projects)])).toEqual([
          ['first@example.org', true],
          ['ana@example.org', true],
        ]);
      } finally {
        await db.destroy();
      }
    } finally {
      await fresh.drop();
    }
  }, 300_000);
});
