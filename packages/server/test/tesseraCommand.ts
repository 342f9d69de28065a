import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { TestDatabase } from './database.ts';

const run = promisify(execFile);
const bin = new URL('../bin/tessera.mjs', import.meta.url).pathname;

export interface CommandResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the `tessera` command line as a user would, on the test database (its data folder and, on PostgreSQL, its URL). */
export async function tessera(database: TestDatabase, ...args: string[]): Promise<CommandResult> {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args, '--data', database.dataDir], { env: { ...process.env, ...database.env } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as CommandResult;
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}
