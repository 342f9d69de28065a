import { execFile, spawn, type ChildProcess } from 'node:child_process';
import type { TestDatabase } from './database.ts';

const bin = new URL('../bin/tessera.mjs', import.meta.url).pathname;

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** What the process printed, for the demo passwords and for failure messages. */
  output: () => string;
  stop: (signal?: NodeJS.Signals) => Promise<void>;
}

/** Starts `tessera serve` as its own process on `database` and a free port. */
export async function startServerProcess(database: TestDatabase, args: string[] = []): Promise<ServerProcess> {
  const child = spawn(process.execPath, [bin, 'serve', '--port', '0', '--data', database.dataDir, ...args], {
    env: { ...process.env, ...database.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start:\n${output}`)), 60_000);
    const check = () => {
      const match = /running at (http:\/\/\S+?)\/? /.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', check);
    child.once('exit', (code) => reject(new Error(`the server exited with ${code}:\n${output}`)));
  });
  return {
    url,
    child,
    output: () => output,
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill(signal);
      await exited;
    },
  };
}

/** The demo accounts as `tessera serve --demo` printed them. */
export function demoAccounts(output: string) {
  return Object.fromEntries(
    [...output.matchAll(/^\s+(coordinator|translator|reviewer)\s+(\S+)\s+(\S+)$/gm)].map((m) => [m[1], { email: m[2]!, password: m[3]! }]),
  ) as Record<'coordinator' | 'translator' | 'reviewer', { email: string; password: string }>;
}

/** Runs one `tessera` command on `database` (`--data` and its environment) to its end. */
export function runTessera(database: Pick<TestDatabase, 'dataDir' | 'env'>, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args, '--data', database.dataDir], { env: { ...process.env, ...database.env } }, (error, stdout, stderr) => {
      resolve({ code: error ? Number((error as { code?: unknown }).code ?? 1) : 0, stdout, stderr });
    });
  });
}
