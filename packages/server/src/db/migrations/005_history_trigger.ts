import { sql } from 'kysely';
import type { Migration } from 'kysely/migration';
import { isPostgres, type AnyDb } from './ddl.ts';

/**
 * The history writes itself: every change of a translation's revision appends its event, in the
 * same statement as the change. A save is then one conditional UPDATE, atomic on its own, and no
 * writer can change a translation without leaving its event. The writer names the kind of change
 * and its reason in `last_kind` and `last_comment`.
 */
export const historyTrigger: Migration = {
  async up(db: AnyDb) {
    await db.schema.alterTable('translations').addColumn('last_kind', 'text', (c) => c.notNull().defaultTo('save')).execute();
    await db.schema.alterTable('translations').addColumn('last_comment', 'text', (c) => c.notNull().defaultTo('')).execute();
    const values = sql`(SELECT project_id FROM units WHERE id = NEW.unit_id), NEW.unit_id, NEW.lang, NEW.updated_by, NEW.last_kind,
      OLD.state, NEW.state, OLD.target, NEW.target, NEW.last_comment, NEW.updated_at`;
    const columns = sql`project_id, unit_id, lang, actor, kind, state_before, state_after, target_before, target_after, comment, created_at`;
    if (isPostgres(db)) {
      await sql`CREATE FUNCTION translation_event() RETURNS trigger AS $$
        BEGIN
          INSERT INTO events (${columns}) VALUES (${values});
          RETURN NEW;
        END; $$ LANGUAGE plpgsql`.execute(db);
      await sql`CREATE TRIGGER translation_event AFTER UPDATE ON translations FOR EACH ROW
        WHEN (NEW.revision <> OLD.revision) EXECUTE FUNCTION translation_event()`.execute(db);
    } else {
      await sql`CREATE TRIGGER translation_event AFTER UPDATE ON translations
        WHEN NEW.revision <> OLD.revision
        BEGIN
          INSERT INTO events (${columns}) VALUES (${values});
        END`.execute(db);
    }
  },
};
