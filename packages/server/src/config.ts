import { fileURLToPath } from 'node:url';
import path from 'node:path';
import fs from 'node:fs';

// Where this installation's own files are. What an operator sets is in settings.ts.

/** The repository root (packages/server/src → ../../..). */
export const repositoryRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** The version of Tessera (the repository's package version). */
export const version: string = (JSON.parse(fs.readFileSync(path.join(repositoryRoot, 'packages', 'server', 'package.json'), 'utf8')) as { version?: string }).version ?? '0.0.0';

export const localesDir = path.join(repositoryRoot, 'locales');
export const webDistDir = path.join(repositoryRoot, 'packages', 'web', 'dist');
