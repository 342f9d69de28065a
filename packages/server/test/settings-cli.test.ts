import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.ts';
import { tempDataDir } from './harness.ts';

/** Runs `tessera` in this process and keeps what it wrote. */
async function tessera(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('the command line and impossible settings', () => {
  it('refuses them with exit 2 and a message naming each one and where it came from, before starting anything', async () => {
    const data = tempDataDir();
    const run = await tessera('serve', '--data', data, '--port', '70000', '--public-url', 'https://tessera.example.org/app/', '--trust-proxy', '10.0.0.0/99');
    expect(run.code).toBe(2);
    expect(run.out).toBe('');
    expect(run.err.split('\n')).toEqual([
      'tessera: --port must be a port number (0–65535), not “70000”.',
      expect.stringMatching(/^--public-url must be the address of the site itself, without a path.*not “https:\/\/tessera\.example\.org\/app\/”\.$/),
      expect.stringMatching(/^--trust-proxy must be false, true, a number of hops, or a list .*not “10\.0\.0\.0\/99”\.$/),
    ]);
    expect(fs.readdirSync(data)).toEqual([]);
    fs.rmSync(data, { recursive: true, force: true });
  });
});
