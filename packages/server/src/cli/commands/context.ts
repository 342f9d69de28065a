import os from 'node:os';
import { openDatabase, type Db } from '../../db/connection.ts';
import { readSettings, type Settings } from '../../settings.ts';
import type { Actor } from '../../services/actor.ts';
import { keepMemoryIndex } from '../../services/memoryIndex.ts';
import { requireStorableText } from '../../services/storableText.ts';
import type { Values } from './command.ts';

/** Options every command that touches the data shares. */
export const DATA_OPTIONS = { as: { type: 'string' } } as const;

/** The settings: the command's options over the environment over the defaults (`SettingsError` for an impossible value). */
export function settingsOf(values: Values): Settings {
  return readSettings({ options: values });
}

/** Where the data is: `DATABASE_URL` (PostgreSQL), else the SQLite file in `--data` / `TESSERA_DATA` / data/. */
export function locationOf(values: Values) {
  return settingsOf(values).database;
}

/** Opens the database, runs `work`, closes the database. */
export async function withData<T>(values: Values, work: (db: Db, actor: Actor) => Promise<T>): Promise<T> {
  const name = typeof values.as === 'string' ? values.as : `${os.userInfo().username} (command line)`;
  // The name goes into the history: it holds only text that can be stored, like any name.
  requireStorableText(name, { field: '--as' });
  const settings = settingsOf(values);
  const db = await openDatabase(settings.database);
  // A command that looks in the memory reads its index from the server's file (and the changes since).
  keepMemoryIndex(db, settings.dataDir, { warm: false });
  try {
    return await work(db, { kind: 'operator', name });
  } finally {
    await db.destroy();
  }
}
