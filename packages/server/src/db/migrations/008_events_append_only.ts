import { sql } from 'kysely';
import type { Migration } from 'kysely/migration';
import { isPostgres, type AnyDb } from './ddl.ts';

const REFUSAL = 'the history is append-only: events are never changed or deleted';

/** The database itself refuses to change or delete an event of the history, whoever asks. */
export const eventsAppendOnly: Migration = {
  async up(db: AnyDb) {
    if (isPostgres(db)) {
      await sql`CREATE FUNCTION events_append_only() RETURNS trigger AS $$
        BEGIN
          RAISE EXCEPTION '${sql.raw(REFUSAL)}';
        END; $$ LANGUAGE plpgsql`.execute(db);
      await sql`CREATE TRIGGER events_append_only BEFORE UPDATE OR DELETE ON events
        FOR EACH ROW EXECUTE FUNCTION events_append_only()`.execute(db);
    } else {
      for (const change of ['UPDATE', 'DELETE']) {
        await sql`CREATE TRIGGER ${sql.raw(`events_no_${change.toLowerCase()}`)} BEFORE ${sql.raw(change)} ON events
          BEGIN
            SELECT RAISE(ABORT, '${sql.raw(REFUSAL)}');
          END`.execute(db);
      }
    }
  },
};
