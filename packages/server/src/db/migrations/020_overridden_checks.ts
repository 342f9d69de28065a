import { sql } from 'kysely';
import type { Migration } from 'kysely/migration';
import { isPostgres, type AnyDb } from './ddl.ts';

/**
 * The quality warnings a reviewer accepted at approval, and kept in the history with the reason
 * (the event's comment): `last_overridden` on the translation (a JSON array of check ids, set by
 * every writer), copied by the history trigger into its event's `overridden`.
 */
export const overriddenChecks: Migration = {
  async up(db: AnyDb) {
    await db.schema.alterTable('translations').addColumn('last_overridden', 'text', (c) => c.notNull().defaultTo('[]')).execute();
    await db.schema.alterTable('events').addColumn('overridden', 'text', (c) => c.notNull().defaultTo('[]')).execute();
    const values = sql`(SELECT project_id FROM units WHERE id = NEW.unit_id), NEW.unit_id, NEW.lang, NEW.updated_by, NEW.last_kind,
      OLD.state, NEW.state, OLD.target, NEW.target, NEW.last_comment, NEW.last_overridden, NEW.updated_at`;
    const columns = sql`project_id, unit_id, lang, actor, kind, state_before, state_after, target_before, target_after, comment, overridden, created_at`;
    if (isPostgres(db)) {
      await sql`CREATE OR REPLACE FUNCTION translation_event() RETURNS trigger AS $$
        BEGIN
          INSERT INTO events (${columns}) VALUES (${values});
          RETURN NEW;
        END; $$ LANGUAGE plpgsql`.execute(db);
    } else {
      await sql`DROP TRIGGER translation_event`.execute(db);
      await sql`CREATE TRIGGER translation_event AFTER UPDATE ON translations
        WHEN NEW.revision <> OLD.revision
        BEGIN
          INSERT INTO events (${columns}) VALUES (${values});
        END`.execute(db);
    }
  },
};
