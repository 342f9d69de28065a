import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SETTINGS } from '../src/settings.ts';
import { runTessera } from './instances.ts';

/** `tessera config check` with exactly these variables set (the others empty: unset). */
function configCheck(env: Record<string, string>, ...args: string[]) {
  const unset = Object.fromEntries(Object.values(SETTINGS).map((s) => [s.env, '']));
  // The command reads no data: the folder need not exist.
  return runTessera({ dataDir: path.join(os.tmpdir(), 'tessera-config-check'), env: { ...unset, ...env } }, ['config', 'check', ...args]);
}

describe('tessera config check', () => {
  it('prints every setting in force and where it comes from, with the database password masked', async () => {
    const result = await configCheck({ DATABASE_URL: 'postgres://tessera:s3cret-pw@db.example.org/tessera', TESSERA_LOG_LEVEL: 'debug' }, '--port', '8080');
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines.map((line) => line.split(/\s+/)[0])).toEqual(Object.values(SETTINGS).map((s) => s.env));
    expect(lines).toContainEqual(expect.stringMatching(/^PORT\s+8080\s+\(--port\)$/));
    expect(lines).toContainEqual(expect.stringMatching(/^TESSERA_LOG_LEVEL\s+debug\s+\(environment\)$/));
    expect(lines).toContainEqual(expect.stringMatching(/^TESSERA_DRAIN_TIMEOUT\s+10\s+\(default\)$/));
    expect(lines).toContainEqual(expect.stringMatching(/^DATABASE_URL\s+postgres:\/\/tessera:\*\*\*\*@db\.example\.org\/tessera\s+\(environment\)$/));
    expect(lines).toContainEqual(expect.stringMatching(/^TESSERA_PUBLIC_URL\s+\(http:\/\/127\.0\.0\.1:8080\/ from TESSERA_HOST and PORT\)$/));
    expect(result.stdout + result.stderr).not.toContain('s3cret-pw');
  }, 60_000);

  it('refuses impossible values with exit 1, naming each and what is wanted', async () => {
    const result = await configCheck({ TESSERA_METRICS_ALLOW: '127.0.0.1, 10.0.0.0/33', TESSERA_LOG_LEVEL: 'loud' }, '--port', '70000');
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('--port must be a port number (0–65535), not “70000”.');
    expect(result.stderr).toMatch(/TESSERA_METRICS_ALLOW must be IP addresses and CIDR ranges.*“10\.0\.0\.0\/33” is not an IP address or a CIDR range/);
    expect(result.stderr).toContain('TESSERA_LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, not “loud”.');
  }, 60_000);
});

describe('the README', () => {
  it('lists every setting in one table, with its option and default', () => {
    const readme = fs.readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    const rows = readme.split('\n').filter((line) => /^\| `[A-Z_]+` \|/.test(line));
    expect(rows.map((row) => /^\| `([A-Z_]+)`/.exec(row)![1])).toEqual(Object.values(SETTINGS).map((s) => s.env));
    for (const setting of Object.values(SETTINGS) as { env: string; option?: string; default?: string }[]) {
      const cells = rows.find((row) => row.startsWith(`| \`${setting.env}\``))!.split('|').map((cell) => cell.trim());
      expect(cells[2], setting.env).toBe(setting.option ? `\`--${setting.option}\`` : '');
      // The data folder's default is a path on this machine: the table says where it is instead.
      if (setting.default !== undefined && setting.env !== 'TESSERA_DATA') expect(cells[3], setting.env).toContain(`\`${setting.default}\``);
    }
  });
});
