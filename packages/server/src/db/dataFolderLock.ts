import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';

/** The file whose lock a server (or a restore) holds on its data folder, and the file that names the holder. */
const LOCK_FILE = 'tessera.lock';
const HOLDER_FILE = 'tessera.pid';

/** The data folder is held by a live process: a server, or a restore in progress. */
export class DataFolderBusy extends Error {
  override readonly name = 'DataFolderBusy';
  constructor(
    readonly dataDir: string,
    /** What the holder wrote about itself, when it could be read. */
    readonly holder: { pid: number; what: string } | null,
  ) {
    super(`${dataDir} is in use by ${holder ? `a running ${holder.what} (process ${holder.pid})` : 'another process'}.`);
  }
}

export interface DataFolderLock {
  release(): void;
}

/**
 * Takes the data folder for this process, or throws DataFolderBusy when another live process
 * has it.
 *
 * The lock is SQLite's own lock on a small file beside the database: an exclusive transaction
 * that this process keeps open. The operating system drops it when the process ends, however it
 * ends (a crash or SIGKILL included), so a stale lock cannot outlive its holder — unlike a pid
 * file alone, whose pid may be reused, or belong to another container. The pid file is only
 * there to name the holder in the message.
 */
export function holdDataFolder(dataDir: string, what: string): DataFolderLock {
  fs.mkdirSync(dataDir, { recursive: true });
  const lock = new SqliteDatabase(path.join(dataDir, LOCK_FILE), { timeout: 0 });
  try {
    lock.pragma('locking_mode = EXCLUSIVE');
    lock.exec('BEGIN EXCLUSIVE');
  } catch (error) {
    lock.close();
    if ((error as { code?: string }).code === 'SQLITE_BUSY') throw new DataFolderBusy(dataDir, readHolder(dataDir));
    throw error;
  }
  const holderFile = path.join(dataDir, HOLDER_FILE);
  fs.writeFileSync(holderFile, JSON.stringify({ pid: process.pid, what }) + '\n');
  let held = true;
  return {
    release() {
      if (!held) return;
      held = false;
      fs.rmSync(holderFile, { force: true });
      lock.close();
    },
  };
}

function readHolder(dataDir: string): { pid: number; what: string } | null {
  try {
    const { pid, what } = JSON.parse(fs.readFileSync(path.join(dataDir, HOLDER_FILE), 'utf8')) as { pid?: unknown; what?: unknown };
    return typeof pid === 'number' && typeof what === 'string' && isAlive(pid) ? { pid, what } : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it lives, under another user.
    return (error as { code?: string }).code === 'EPERM';
  }
}
