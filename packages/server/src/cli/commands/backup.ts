import { backupSqlite, postgresRefusal, restoreSqlite } from '../../services/backups.ts';
import { required, UsageError } from '../io.ts';
import { locationOf } from './context.ts';
import type { Command } from './command.ts';

export const backupCommand: Command = {
  words: ['backup'],
  usage: 'tessera backup --out FILE   (a consistent copy of the SQLite database, also while the server runs; prints the file and its size)',
  options: { out: { type: 'string' } },
  async run(values, io) {
    const out = required(values, 'out');
    const location = locationOf(values);
    if (location.kind === 'postgres') throw postgresRefusal();
    const { file, bytes } = await backupSqlite(location.dataDir, out, io.err);
    io.out(`${file}\t${bytes}`);
  },
};

export const restoreCommand: Command = {
  words: ['restore'],
  usage: 'tessera restore FILE   (puts a backup in place of the database; refused while a server runs on the data folder)',
  options: {},
  positionals: true,
  async run(values, io) {
    const [file, extra] = (values._ as string[] | undefined) ?? [];
    if (!file) throw new UsageError('Name the backup file to restore.');
    if (extra !== undefined) throw new UsageError(`Unexpected argument: ${extra}`);
    const location = locationOf(values);
    if (location.kind === 'postgres') throw postgresRefusal();
    const { database, kept } = await restoreSqlite(file, location.dataDir, io.err);
    io.out(`Restored ${file} into ${database}.`);
    if (kept) io.out(`The database it replaced is kept as ${kept}.`);
  },
};
