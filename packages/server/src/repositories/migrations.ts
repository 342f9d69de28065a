import { sql } from 'kysely';
import type { AnyDb } from '../db/migrations/ddl.ts';

/** The names of the migrations applied to the database, in order; null when it has no migration table (not a Tessera database). */
export async function appliedMigrations(db: AnyDb): Promise<string[] | null> {
  try {
    const { rows } = await sql<{ name: string }>`SELECT name FROM kysely_migration ORDER BY name`.execute(db);
    return rows.map((r) => r.name);
  } catch (error) {
    if (/no such table|does not exist/i.test((error as Error).message)) return null;
    throw error;
  }
}
