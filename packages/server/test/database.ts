import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { DatabaseLocation } from '../src/db/connection.ts';

/** The PostgreSQL server these tests use (trust auth on the machine's own server). */
export const POSTGRES_ADMIN_URL = process.env.TESSERA_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** Which database the server tests run against: SQLite by default, PostgreSQL in the `postgres` test project. */
export const testDatabaseKind: DatabaseLocation['kind'] = process.env.TESSERA_TEST_DATABASE === 'postgres' ? 'postgres' : 'sqlite';

export interface TestDatabase {
  location: DatabaseLocation;
  /** A data folder (the SQLite file's, or an empty one beside a PostgreSQL database). */
  dataDir: string;
  /** Environment for a `tessera` process that must use this database. */
  env: Record<string, string>;
  drop: () => Promise<void>;
}

export function tempDataDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'tessera-test-'));
}

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A fresh, empty database of the kind under test: a new SQLite folder, or a new PostgreSQL database. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const dataDir = tempDataDir();
  if (testDatabaseKind === 'sqlite') {
    return {
      location: { kind: 'sqlite', dataDir },
      dataDir,
      env: { TESSERA_DATA: dataDir, DATABASE_URL: '' },
      drop: async () => fs.rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  const name = `tessera_test_${randomBytes(6).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE ${name}`));
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    location: { kind: 'postgres', url: url.toString() },
    dataDir,
    env: { TESSERA_DATA: dataDir, DATABASE_URL: url.toString() },
    drop: async () => {
      await admin(async (c) => {
        // Closed pools end their connections asynchronously: let them go before dropping, so
        // that no client is cut off mid-goodbye (which it would report as an error).
        for (let i = 0; i < 100; i++) {
          const { rows } = await c.query<{ n: number }>('SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1', [name]);
          if (rows[0]!.n === 0) break;
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      });
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
