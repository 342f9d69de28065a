import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sqliteFileOf } from '../db/connection.ts';
import { DataFolderBusy, holdDataFolder } from '../db/dataFolderLock.ts';
import { copyLiveDatabase, hasSqliteHeader, inspectSqliteFile } from '../db/sqliteFiles.ts';
import { ServiceError } from './errors.ts';
import { compareSchema, schemaProblem } from './schemaVersion.ts';

/** A backup or restore refused: nothing was changed. */
const refused = (code: string, message: string) => new ServiceError(400, code, message);

/** What `tessera backup` and `tessera restore` answer on PostgreSQL, whose own tools do it better. */
export const POSTGRES_BACKUP_ADVICE =
  'The database is on PostgreSQL (DATABASE_URL): back it up and restore it with PostgreSQL\'s own tools:\n' +
  '  pg_dump --format=custom --file=tessera.dump "$DATABASE_URL"\n' +
  '  pg_restore --clean --if-exists --no-owner --dbname="$DATABASE_URL" tessera.dump   (with every Tessera server stopped)';

export const postgresRefusal = () => refused('backup.postgres', POSTGRES_BACKUP_ADVICE);

/** Where a command tells what it is doing (the standard error of `tessera`). */
export type Progress = (line: string) => void;

/**
 * Copies the SQLite database of `dataDir` to `out` while a server may be writing to it. The copy
 * is written beside `out` and renamed into place once checked, so `out` is never half a backup.
 */
export async function backupSqlite(dataDir: string, out: string, progress: Progress): Promise<{ file: string; bytes: number }> {
  const source = sqliteFileOf(dataDir);
  if (!fs.existsSync(source)) throw refused('backup.no-database', `There is no database to back up at ${source}.`);
  const file = path.resolve(out);
  if (!fs.existsSync(path.dirname(file))) throw refused('backup.no-folder', `There is no folder ${path.dirname(file)} to write ${file} in.`);
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) throw refused('backup.is-folder', `${file} is a folder; --out names the backup file.`);
  if (fs.existsSync(file) && fs.realpathSync(file) === fs.realpathSync(source)) {
    throw refused('backup.same-file', `--out names the database itself (${source}); choose another file.`);
  }
  const partial = `${file}.partial-${process.pid}`;
  try {
    let shown = -1;
    await copyLiveDatabase(source, partial, (copied, total) => {
      const percent = total === 0 ? 100 : Math.floor((copied / total) * 100);
      if (percent !== shown) progress(`backup: ${percent}% (${copied} of ${total} pages)`);
      shown = percent;
    });
    const { integrity } = await inspectSqliteFile(partial);
    if (integrity[0] !== 'ok') throw new Error(`the copy fails SQLite's integrity check: ${integrity.slice(0, 3).join('; ')}`);
    fs.renameSync(partial, file);
  } finally {
    for (const leftover of [partial, `${partial}-wal`, `${partial}-shm`]) fs.rmSync(leftover, { force: true });
  }
  progress('backup: 100%, checked');
  return { file, bytes: fs.statSync(file).size };
}

/**
 * Checks a backup file: a SQLite database, whole (`PRAGMA integrity_check`), with Tessera's
 * migrations and none that this version does not know. Works on a copy in a folder of its own,
 * since opening a database may write to it. Throws a refusal saying what is wrong.
 */
export async function checkBackupFile(file: string, progress: Progress): Promise<void> {
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw refused('backup.not-found', `There is no file ${file}.`);
  if (!hasSqliteHeader(file)) throw refused('backup.not-sqlite', `${file} is not a SQLite database (it does not begin with the SQLite header); nothing was restored.`);
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'tessera-restore-check-'));
  try {
    const copy = path.join(scratch, 'candidate.sqlite');
    fs.copyFileSync(file, copy);
    progress(`restore: checking ${file}`);
    let report;
    try {
      report = await inspectSqliteFile(copy);
    } catch (error) {
      throw refused('backup.damaged', `${file} is damaged (${(error as Error).message}); nothing was restored.`);
    }
    if (report.integrity[0] !== 'ok') {
      throw refused('backup.damaged', `${file} is damaged: SQLite's integrity check found ${report.integrity.slice(0, 3).join('; ')}; nothing was restored.`);
    }
    const schema = compareSchema(report.migrations);
    if (schema.kind === 'newer' || schema.kind === 'not-tessera') {
      const code = schema.kind === 'newer' ? 'backup.newer-schema' : 'backup.not-tessera';
      throw refused(code, `${file} cannot be restored by this version: ${schemaProblem(schema)}; nothing was restored.`);
    }
    if (schema.kind === 'behind') progress(`restore: the backup lacks migrations ${schema.pending.join(', ')}; the server applies them when it starts`);
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * Puts a checked backup in place of the data folder's database. Refused while a server (or
 * another restore) holds the folder; the database it replaces is kept beside it.
 */
export async function restoreSqlite(file: string, dataDir: string, progress: Progress): Promise<{ database: string; kept: string | null }> {
  await checkBackupFile(file, progress);
  let lock;
  try {
    lock = holdDataFolder(dataDir, 'restore');
  } catch (error) {
    if (error instanceof DataFolderBusy) {
      throw refused('restore.server-running', `${error.message} Stop the server first, then restore; nothing was restored.`);
    }
    throw error;
  }
  const database = sqliteFileOf(dataDir);
  const incoming = `${database}.restoring`;
  try {
    fs.copyFileSync(file, incoming);
    fs.rmSync(`${incoming}-wal`, { force: true });
    let kept: string | null = null;
    if (fs.existsSync(database)) {
      kept = `${database}.replaced-${new Date().toISOString().replace(/[:.]/g, '-')}`;
      // The database goes with its write-ahead log, under names that keep them together.
      for (const suffix of ['-wal', '-shm', '']) {
        if (fs.existsSync(database + suffix)) fs.renameSync(database + suffix, kept + suffix);
      }
    }
    fs.renameSync(incoming, database);
    return { database, kept };
  } catch (error) {
    fs.rmSync(incoming, { force: true });
    throw error;
  } finally {
    lock.release();
  }
}
