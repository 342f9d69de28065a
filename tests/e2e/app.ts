import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';

const repo = new URL('../../', import.meta.url).pathname;

export interface RunningApp {
  url: string;
  passwords: Record<'coordinator' | 'translator' | 'reviewer', { email: string; password: string }>;
  stop: () => Promise<void>;
}

/**
 * Starts the app the way the README does (`tessera serve --demo`) on a fresh data folder and a free
 * port, and reads the demo passwords from what it prints.
 */
export async function startApp(): Promise<RunningApp> {
  const data = fs.mkdtempSync(path.join(os.tmpdir(), 'tessera-e2e-'));
  const child: ChildProcess = spawn(process.execPath, [path.join(repo, 'packages/server/bin/tessera.mjs'), 'serve', '--demo', '--port', '0', '--data', data], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stderr!.on('data', (chunk) => (output += chunk));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start:\n${output}`)), 60_000);
    child.stdout!.on('data', (chunk) => {
      output += chunk;
      const match = /running at (http:\/\/\S+?)\/? /.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.once('exit', (code) => reject(new Error(`the server exited with ${code}:\n${output}`)));
  });
  const passwords = Object.fromEntries(
    [...output.matchAll(/^\s+(coordinator|translator|reviewer)\s+(\S+)\s+(\S+)$/gm)].map((m) => [m[1], { email: m[2]!, password: m[3]! }]),
  ) as RunningApp['passwords'];
  return {
    url,
    passwords,
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
      fs.rmSync(data, { recursive: true, force: true });
    },
  };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
