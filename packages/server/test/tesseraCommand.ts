import { spawn } from 'node:child_process';
import type { TestDatabase } from './database.ts';

const bin = new URL('../bin/tessera.mjs', import.meta.url).pathname;

export interface CommandResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** A `tessera` command running in the background. */
export interface RunningCommand {
  /** Resolves once its standard output matches `pattern` (rejects if it ends first). */
  printed: (pattern: RegExp) => Promise<void>;
  ended: Promise<CommandResult>;
}

/** Starts the `tessera` command line as a user would, on the test database (its data folder and, on PostgreSQL, its URL). */
export function startTessera(database: TestDatabase, ...args: string[]): RunningCommand {
  const child = spawn(process.execPath, [bin, ...args, '--data', database.dataDir], { env: { ...process.env, ...database.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const ended = new Promise<CommandResult>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
  const printed = (pattern: RegExp) =>
    new Promise<void>((resolve, reject) => {
      const look = () => {
        if (!pattern.test(stdout)) return;
        child.stdout.off('data', look);
        resolve();
      };
      child.stdout.on('data', look);
      look();
      void ended.then(() => (pattern.test(stdout) ? resolve() : reject(new Error(`tessera ${args.join(' ')} ended without printing ${pattern}: ${stdout}${stderr}`))));
    });
  return { printed, ended };
}

/** Runs the `tessera` command line to its end. */
export function tessera(database: TestDatabase, ...args: string[]): Promise<CommandResult> {
  return startTessera(database, ...args).ended;
}
