import os from 'node:os';
import { limitsFromEnv, resolveDataDir } from '../../config.ts';
import { openDatabase, type Db } from '../../db/connection.ts';
import type { Actor } from '../../services/actor.ts';
import type { Values } from './index.ts';

/** Options every command that touches the data shares. */
export const DATA_OPTIONS = { as: { type: 'string' } } as const;

/** Opens the data folder, runs `work`, closes the database. */
export async function withData<T>(values: Values, work: (db: Db, actor: Actor) => Promise<T>): Promise<T> {
  const db = await openDatabase(resolveDataDir(typeof values.data === 'string' ? values.data : undefined));
  const name = typeof values.as === 'string' ? values.as : `${os.userInfo().username} (command line)`;
  try {
    return await work(db, { kind: 'operator', name });
  } finally {
    await db.destroy();
  }
}

export const limits = limitsFromEnv();
