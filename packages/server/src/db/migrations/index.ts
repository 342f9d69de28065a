import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';
import { initial } from './001_initial.ts';
import { sourceRevisions } from './002_source_revisions.ts';

/** Every migration, in order. One set serves SQLite and PostgreSQL. */
export const migrations: Record<string, Migration> = {
  '001_initial': initial,
  '002_source_revisions': sourceRevisions,
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyDb = Kysely<any>;
