import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, sql, type Generated } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GroupCommitSqliteDialect } from './groupCommit.ts';

interface Tables {
  notes: { id: Generated<number>; text: string; parent: number | null };
}

let dir: string;
let db: Kysely<Tables>;
/** A second connection to the same file: it sees only what is committed. */
let observer: SqliteDatabase.Database;

const committed = () => (observer.prepare('SELECT text FROM notes ORDER BY id').all() as { text: string }[]).map((r) => r.text);
const insert = (text: string, parent: number | null = null) => db.insertInto('notes').values({ text, parent }).execute();

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tessera-group-commit-'));
  const file = path.join(dir, 'test.sqlite');
  const sqlite = new SqliteDatabase(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  db = new Kysely<Tables>({ dialect: new GroupCommitSqliteDialect(sqlite) });
  // `parent` is checked at COMMIT: a dangling one makes the whole group's commit fail.
  await sql`CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL UNIQUE,
    parent INTEGER REFERENCES notes (id) DEFERRABLE INITIALLY DEFERRED)`.execute(db);
  observer = new SqliteDatabase(file, { readonly: true });
});

afterEach(async () => {
  observer.close();
  await db.destroy();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('group commit', () => {
  it('answers a write only once it is committed, and commits the writes of one turn together', async () => {
    const seen: string[][] = [];
    const writes = ['a', 'b', 'c'].map((text) => insert(text).then(() => seen.push(committed())));
    // Every write of this turn has run, none is committed yet.
    expect(committed()).toEqual([]);
    await Promise.all(writes);
    expect(seen).toEqual([
      ['a', 'b', 'c'],
      ['a', 'b', 'c'],
      ['a', 'b', 'c'],
    ]);
  });

  it('answers a read made while writes are pending only once they are committed', async () => {
    void insert('a');
    const rows = await db.selectFrom('notes').select('text').execute();
    expect(rows).toEqual([{ text: 'a' }]);
    expect(committed()).toEqual(['a']);
  });

  it('refuses one failing statement alone: the others of its group are committed', async () => {
    await insert('taken');
    const results = await Promise.allSettled([insert('a'), insert('taken'), insert('b')]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(String((results[1] as PromiseRejectedResult).reason)).toMatch(/UNIQUE/);
    expect(committed()).toEqual(['taken', 'a', 'b']);
  });

  it('fails every write of a group whose commit fails, and keeps none of them', async () => {
    const results = await Promise.allSettled([insert('a'), insert('dangling', 999), insert('b')]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect(String((results[0] as PromiseRejectedResult).reason)).toMatch(/FOREIGN KEY/);
    expect(committed()).toEqual([]);
    // The database goes on working.
    await insert('c');
    expect(committed()).toEqual(['c']);
  });

  it('runs a transaction alone: writes made meanwhile neither enter it nor go down with it', async () => {
    const transaction = db.transaction().execute(async (trx) => {
      await trx.insertInto('notes').values({ text: 'in the transaction', parent: null }).execute();
      await sleep(20);
      throw new Error('changed my mind');
    });
    await sleep(5);
    const outside = insert('outside');
    await expect(transaction).rejects.toThrow('changed my mind');
    await outside;
    expect(committed()).toEqual(['outside']);
  });

  it('lets a transaction wait for the group in flight, and the queries after it wait for its end', async () => {
    const before = insert('before');
    const transaction = db.transaction().execute(async (trx) => {
      await trx.insertInto('notes').values({ text: 'first half', parent: null }).execute();
      await sleep(10);
      await trx.insertInto('notes').values({ text: 'second half', parent: null }).execute();
    });
    await before;
    await sleep(5);
    // Between the transaction's two halves: the read waits for the whole of it.
    const read = await db.selectFrom('notes').select('text').orderBy('id').execute();
    expect(read.map((r) => r.text)).toEqual(['before', 'first half', 'second half']);
    await transaction;
    expect(committed()).toEqual(['before', 'first half', 'second half']);
  });

  it('runs transactions begun at the same time one after the other', async () => {
    const transact = (text: string) =>
      db.transaction().execute(async (trx) => {
        await trx.insertInto('notes').values({ text: `${text} 1`, parent: null }).execute();
        await sleep(5);
        await trx.insertInto('notes').values({ text: `${text} 2`, parent: null }).execute();
      });
    const done = Promise.all([transact('a'), transact('b'), transact('c')]);
    const outcome = await Promise.race([done.then(() => 'done'), sleep(2000).then(() => 'stuck')]);
    expect(outcome).toBe('done');
    expect(committed()).toEqual(['a 1', 'a 2', 'b 1', 'b 2', 'c 1', 'c 2']);
  });
});
