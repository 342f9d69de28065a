import fs from 'node:fs';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { appliedMigrations } from '../repositories/migrations.ts';

/** The first 16 bytes of every SQLite database file. */
const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

export function hasSqliteHeader(file: string): boolean {
  const head = Buffer.alloc(SQLITE_HEADER.length);
  const fd = fs.openSync(file, 'r');
  try {
    return fs.readSync(fd, head, 0, head.length, 0) === head.length && head.equals(SQLITE_HEADER);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Copies a live SQLite database with SQLite's online backup, through a connection of its own:
 * the copy is the database as of one commit, while the server goes on writing. The pages go in
 * steps of a twentieth; when another connection's commit restarts the copy, the rest goes in
 * one step (one read transaction, which in WAL mode does not hold up the writers).
 */
export async function copyLiveDatabase(source: string, destination: string, onProgress: (copied: number, total: number) => void): Promise<void> {
  const sqlite = new SqliteDatabase(source, { fileMustExist: true, timeout: 5000 });
  try {
    let lastRemaining = Infinity;
    await sqlite.backup(destination, {
      progress({ totalPages, remainingPages }) {
        onProgress(totalPages - remainingPages, totalPages);
        const restarted = remainingPages > lastRemaining;
        lastRemaining = remainingPages;
        return restarted ? totalPages : Math.max(100, Math.ceil(totalPages / 20));
      },
    });
  } finally {
    sqlite.close();
  }
}

/** What a SQLite file holds, as far as a restore needs to know. */
export interface SqliteFileReport {
  /** `PRAGMA integrity_check`: ['ok'], or the problems it found. */
  integrity: string[];
  /** The Tessera migrations applied to it; null when it has none. */
  migrations: string[] | null;
}

/** Opens a SQLite file (a copy: opening may write to it), checks its integrity and reads its migrations. Throws SQLite's error when it cannot be read at all. */
export async function inspectSqliteFile(file: string): Promise<SqliteFileReport> {
  const sqlite = new SqliteDatabase(file, { fileMustExist: true });
  const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: sqlite }) });
  try {
    const integrity = (sqlite.pragma('integrity_check') as { integrity_check: string }[]).map((row) => row.integrity_check);
    return { integrity, migrations: integrity[0] === 'ok' ? await appliedMigrations(db) : null };
  } finally {
    await db.destroy();
  }
}
