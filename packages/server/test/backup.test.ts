import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDatabaseKind, type TestDatabase } from './database.ts';
import { demoAccounts, runTessera, startServerProcess, type ServerProcess } from './instances.ts';
import { missingSaves, startSaves } from './load.ts';

/** The files of a data folder with their sizes and change times: what a refused restore must leave as it was. */
function folderState(dir: string): string {
  if (!fs.existsSync(dir)) return 'absent';
  return JSON.stringify(
    fs
      .readdirSync(dir)
      .sort()
      .map((name) => {
        const stat = fs.statSync(path.join(dir, name));
        return [name, stat.ino, stat.size, stat.mtimeMs];
      }),
  );
}

// Each test project runs the half of this file that its database has.
if (testDatabaseKind === 'sqlite') describe('tessera backup and restore (SQLite)', () => {
  let live: TestDatabase;
  let fresh: TestDatabase;
  let server: ServerProcess | undefined;
  let backup: string;
  let accounts: ReturnType<typeof demoAccounts>;

  beforeAll(async () => {
    live = await createTestDatabase();
    fresh = await createTestDatabase();
    backup = path.join(live.dataDir, '..', `${path.basename(live.dataDir)}-backup.sqlite`);
  });
  afterAll(async () => {
    await server?.stop();
    await live.drop();
    await fresh.drop();
    fs.rmSync(backup, { force: true });
  });

  it('takes a backup under a load of saves that holds every save acknowledged before it began', async () => {
    server = await startServerProcess(live, ['--demo']);
    accounts = demoAccounts(server.output());
    const load = await startSaves(server, accounts.translator);
    await load.reach(100);
    const before = load.acknowledged.slice();
    const result = await runTessera(live, ['backup', '--out', backup]);
    const during = load.acknowledged.length - before.length;
    await load.stop();

    expect(result.code).toBe(0);
    // stdout: the result only (the file and its size); the progress went to stderr.
    expect(result.stdout).toBe(`${backup}\t${fs.statSync(backup).size}\n`);
    expect(result.stderr).toMatch(/backup: 100%/);
    expect(during).toBeGreaterThan(0); // the server kept acknowledging saves while the copy ran

    // A restore into the folder of the running server is refused, and changes nothing.
    const untouched = folderState(live.dataDir);
    const refused = await runTessera(live, ['restore', backup]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/in use by a running Tessera server \(process \d+\).*Stop the server first/);
    expect(refused.stdout).toBe('');
    expect(folderState(live.dataDir)).toBe(untouched);
    await server.stop();

    const restored = await runTessera(fresh, ['restore', backup]);
    expect(restored).toMatchObject({ code: 0, stdout: `Restored ${backup} into ${path.join(fresh.dataDir, 'tessera.sqlite')}.\n` });
    server = await startServerProcess(fresh);
    expect(await missingSaves(server, accounts.translator, load.projectId, before)).toEqual([]);
    await server.stop();
  }, 120_000);

  it.each([
    ['into a folder that does not exist', () => path.join(live.dataDir, 'no-such-folder', 'backup.sqlite'), /There is no folder/],
    ['onto the database itself', () => path.join(live.dataDir, 'tessera.sqlite'), /names the database itself/],
    ['onto a folder', () => live.dataDir, /is a folder/],
  ])('refuses a backup %s with exit 1', async (_what, out, message) => {
    const before = folderState(live.dataDir);
    const result = await runTessera(live, ['backup', '--out', out()]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(folderState(live.dataDir)).toBe(before);
  }, 60_000);

  it('keeps the database a restore replaces', async () => {
    const again = await runTessera(fresh, ['restore', backup]);
    expect(again.code).toBe(0);
    const kept = /kept as (\S+)\.$/m.exec(again.stdout)![1]!;
    expect(fs.existsSync(kept)).toBe(true);
    expect(path.dirname(kept)).toBe(fresh.dataDir);
  }, 60_000);

  it.each([
    ['a file that is not a database', (file: string) => fs.writeFileSync(file, 'id,text\n1,not a database\n'), /is not a SQLite database/],
    [
      'a damaged database',
      (file: string) => {
        const bytes = fs.readFileSync(backup);
        // Scribble over the pages after the first (the schema stays readable, the tables do not).
        for (let i = 4096; i < bytes.length; i += 7) bytes[i] = (i * 31) & 0xff;
        fs.writeFileSync(file, bytes);
      },
      /is damaged/,
    ],
    [
      'a database of a newer version',
      (file: string) => {
        fs.copyFileSync(backup, file);
        const sqlite = new SqliteDatabase(file);
        sqlite.prepare(`INSERT INTO kysely_migration (name, timestamp) VALUES ('999_from_the_future', '2099-01-01T00:00:00.000Z')`).run();
        sqlite.close();
      },
      /newer version of Tessera \(999_from_the_future/,
    ],
    [
      'a database that is not Tessera’s',
      (file: string) => {
        const sqlite = new SqliteDatabase(file);
        sqlite.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)');
        sqlite.close();
      },
      /not a Tessera database/,
    ],
  ])('refuses %s with exit 1, changing nothing', async (_what, make, message) => {
    const file = path.join(fresh.dataDir, '..', `${path.basename(fresh.dataDir)}-candidate`);
    fs.rmSync(file, { force: true });
    make(file);
    const before = folderState(fresh.dataDir);
    const result = await runTessera(fresh, ['restore', file]);
    fs.rmSync(file, { force: true });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toMatch(/nothing was restored/);
    expect(folderState(fresh.dataDir)).toBe(before);
  }, 60_000);
});
else describe('tessera backup and restore (PostgreSQL)', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  it.each([['backup', '--out', 'x.sqlite'], ['restore', 'x.sqlite']])('%s says to use pg_dump / pg_restore, with exit 1', async (...args) => {
    const result = await runTessera(database, args);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('pg_dump --format=custom --file=tessera.dump "$DATABASE_URL"');
    expect(result.stderr).toContain('pg_restore --clean --if-exists --no-owner --dbname="$DATABASE_URL" tessera.dump');
  });
});
