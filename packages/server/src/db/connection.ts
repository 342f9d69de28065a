import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import { Kysely, PostgresDialect } from 'kysely';
import { Migrator, type MigrationProvider } from 'kysely/migration';
import type { Database, Db } from './schema.ts';
import { migrations } from './migrations/index.ts';
import { memoryIndexOf } from '../services/memoryIndex.ts';
import { GroupCommitSqliteDialect } from './groupCommit.ts';
import { statementName } from './prepared.ts';

export type { Db } from './schema.ts';

/** Where the data lives: the embedded SQLite file in a data folder, or a PostgreSQL server. */
export type DatabaseLocation = { kind: 'sqlite'; dataDir: string } | { kind: 'postgres'; url: string };

/** The SQLite database file of a data folder. */
export function sqliteFileOf(dataDir: string): string {
  return path.join(dataDir, 'tessera.sqlite');
}

export function describeLocation(location: DatabaseLocation): string {
  return location.kind === 'sqlite' ? sqliteFileOf(location.dataDir) : location.url.replace(/\/\/[^@/]*@/, '//…@');
}

/** Opens the database (creating the SQLite file if needed) and brings its schema up to date. */
export async function openDatabase(location: DatabaseLocation | string): Promise<Db> {
  const where = typeof location === 'string' ? ({ kind: 'sqlite', dataDir: location } as const) : location;
  const db = where.kind === 'sqlite' ? openSqlite(where.dataDir) : openPostgres(where.url);
  await migrate(db);
  // The memory's index belongs to this database (read at its first look-up).
  memoryIndexOf(db);
  return db;
}

function openSqlite(dataDir: string): Db {
  fs.mkdirSync(dataDir, { recursive: true });
  const sqlite = new SqliteDatabase(sqliteFileOf(dataDir));
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  return new Kysely<Database>({ dialect: new GroupCommitSqliteDialect(sqlite) });
}

// PostgreSQL's bigint (counts, sums) arrives as a string by default; our numbers fit in a double.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (value) => Number(value));

function openPostgres(url: string): Db {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  pool.on('connect', keepPreparedStatements);
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

/**
 * Sends the prepared queries of the hot path (`prepared.ts`) as named statements: each
 * connection has PostgreSQL parse and plan them once, then only binds new parameters.
 */
function keepPreparedStatements(client: pg.PoolClient): void {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  client.query = ((...args: unknown[]) => {
    const [text, values] = args;
    const name = args.length === 2 && typeof text === 'string' ? statementName(text) : undefined;
    return name ? query({ name, text, values }) : query(...args);
  }) as typeof client.query;
}

const provider: MigrationProvider = { getMigrations: async () => migrations };

async function migrate(db: Db): Promise<void> {
  // A migration numbered before one already applied (014 came after 015) still runs once.
  const { error } = await new Migrator({ db, provider, allowUnorderedMigrations: true }).migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
}
