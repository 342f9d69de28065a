import type { AnyDb } from '../db/migrations/ddl.ts';
import { migrations } from '../db/migrations/index.ts';
import { appliedMigrations } from '../repositories/migrations.ts';

/** How a database's schema stands against the migrations this version of Tessera knows. */
export type SchemaState =
  | { kind: 'current' }
  /** Migrations this version would apply on start. */
  | { kind: 'behind'; pending: string[] }
  /** Migrations a newer version applied: this version must not run on it. */
  | { kind: 'newer'; unknown: string[] }
  | { kind: 'not-tessera' };

export function compareSchema(applied: readonly string[] | null, known: readonly string[] = Object.keys(migrations)): SchemaState {
  if (applied === null) return { kind: 'not-tessera' };
  const unknown = applied.filter((name) => !known.includes(name));
  if (unknown.length > 0) return { kind: 'newer', unknown };
  const pending = known.filter((name) => !applied.includes(name));
  return pending.length > 0 ? { kind: 'behind', pending } : { kind: 'current' };
}

export async function schemaState(db: AnyDb): Promise<SchemaState> {
  return compareSchema(await appliedMigrations(db));
}

/** Why a database with this schema cannot serve this version, in a sentence; null when it can. */
export function schemaProblem(state: SchemaState): string | null {
  switch (state.kind) {
    case 'current':
      return null;
    case 'behind':
      return `the database lacks migrations ${state.pending.join(', ')} of this version`;
    case 'newer':
      return `the database was migrated by a newer version of Tessera (${state.unknown.join(', ')} are unknown to this one)`;
    case 'not-tessera':
      return 'the database has no Tessera migrations: it is not a Tessera database';
  }
}
