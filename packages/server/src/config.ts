import { fileURLToPath } from 'node:url';
import path from 'node:path';
import fs from 'node:fs';

/** The repository root (packages/server/src → ../../..). */
export const repositoryRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** Where the embedded database lives: `--data DIR`, else `TESSERA_DATA`, else `<repository>/data`. */
export function resolveDataDir(option?: string): string {
  return path.resolve(option ?? process.env.TESSERA_DATA ?? path.join(repositoryRoot, 'data'));
}

/** The version of Tessera (the repository's package version). */
export const version: string = (JSON.parse(fs.readFileSync(path.join(repositoryRoot, 'packages', 'server', 'package.json'), 'utf8')) as { version?: string }).version ?? '0.0.0';

export const localesDir = path.join(repositoryRoot, 'locales');
export const webDistDir = path.join(repositoryRoot, 'packages', 'web', 'dist');

export interface Limits {
  /** Largest XLIFF file accepted, in bytes. */
  xliffBytes: number;
  /** Largest statement accepted, in bytes. */
  sourceBytes: number;
}

export function limitsFromEnv(env: NodeJS.ProcessEnv = process.env): Limits {
  return {
    xliffBytes: positiveInt(env.TESSERA_MAX_XLIFF_BYTES) ?? 20 * 1024 * 1024,
    sourceBytes: positiveInt(env.TESSERA_MAX_SOURCE_BYTES) ?? 5 * 1024 * 1024,
  };
}

function positiveInt(value: string | undefined): number | undefined {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : undefined;
}
