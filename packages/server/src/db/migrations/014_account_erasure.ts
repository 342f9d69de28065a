import { sql } from 'kysely';
import type { Migration } from 'kysely/migration';
import { isPostgres, type AnyDb } from './ddl.ts';

const HISTORY_REFUSAL = 'the history is append-only: events are never changed or deleted';
const PUBLICATION_REFUSAL = 'a published version is immutable: only its embargo time may change';

/** The event columns no change may touch: everything but the name of who acted. */
const EVENT_CONTENT = ['id', 'project_id', 'unit_id', 'lang', 'kind', 'state_before', 'state_after', 'target_before', 'target_after', 'comment', 'created_at'];
/** The publication columns no change may touch (the name of who published and the document's credits may only be erased). */
const PUBLICATION_CONTENT = ['project_id', 'lang', 'version', 'source_revision', 'published_at', 'published_by', 'with_fallback', 'units', 'changes'];
/** The columns migration 012 froze. */
const PUBLICATION_FROZEN = [...PUBLICATION_CONTENT, 'published_by_name', 'document'];

const row = (prefix: 'NEW' | 'OLD', columns: readonly string[]) => sql.raw(columns.map((c) => `${prefix}.${c}`).join(', '));
const unchangedSqlite = (columns: readonly string[]) => sql.raw(columns.map((c) => `NEW.${c} IS OLD.${c}`).join(' AND '));
const isErasedName = (name: string) => sql.raw(`EXISTS (SELECT 1 FROM account_erasures WHERE shown_as = ${name})`);

/**
 * Erasing an account (its owner's wish, or the command line's): `account_erasures` records that an
 * account was erased and the name its work is shown under now (a pseudonym, or “former
 * volunteer”). The history stays append-only and published versions immutable, with this one
 * exception each: the name of who acted (an event's actor, a version's publisher, a frozen
 * credit) may become the name an erased account is shown under. Every other column, and the
 * rest of a published document, can still never change, and nothing can be deleted.
 *
 * Sessions also keep when they were last used and the browser they were signed in from, so that
 * My account can list them.
 */
export const accountErasure: Migration = {
  async up(db: AnyDb) {
    await db.schema
      .createTable('account_erasures')
      .addColumn('user_id', 'integer', (c) => c.primaryKey())
      .addColumn('shown_as', 'text', (c) => c.notNull())
      .addColumn('erased_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('account_erasures_shown_as').on('account_erasures').column('shown_as').execute();
    await db.schema.alterTable('sessions').addColumn('last_seen_at', 'text').execute();
    await db.schema.alterTable('sessions').addColumn('user_agent', 'text').execute();
    await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();

    if (isPostgres(db)) {
      await sql`CREATE OR REPLACE FUNCTION events_append_only() RETURNS trigger AS $$
        BEGIN
          IF TG_OP = 'UPDATE'
            AND (${row('NEW', EVENT_CONTENT)}) IS NOT DISTINCT FROM (${row('OLD', EVENT_CONTENT)})
            AND NEW.actor IS DISTINCT FROM OLD.actor
            AND ${isErasedName('NEW.actor')} THEN
            RETURN NEW;
          END IF;
          RAISE EXCEPTION '${sql.raw(HISTORY_REFUSAL)}';
        END; $$ LANGUAGE plpgsql`.execute(db);
      await sql`CREATE OR REPLACE FUNCTION publications_immutable() RETURNS trigger AS $$
        DECLARE
          new_credits jsonb;
          old_credits jsonb;
        BEGIN
          IF TG_OP = 'UPDATE' THEN
            new_credits := COALESCE(NEW.document::jsonb -> 'credits', '[]'::jsonb);
            old_credits := COALESCE(OLD.document::jsonb -> 'credits', '[]'::jsonb);
            IF (${row('NEW', PUBLICATION_CONTENT)}) IS NOT DISTINCT FROM (${row('OLD', PUBLICATION_CONTENT)})
              AND (NEW.published_by_name = OLD.published_by_name
                OR EXISTS (SELECT 1 FROM account_erasures WHERE user_id = OLD.published_by AND shown_as = NEW.published_by_name))
              AND (NEW.document::jsonb - 'credits') = (OLD.document::jsonb - 'credits')
              AND jsonb_array_length(new_credits) = jsonb_array_length(old_credits)
              AND NOT EXISTS (
                SELECT 1 FROM jsonb_array_elements(new_credits) WITH ORDINALITY AS n(v, i)
                  JOIN jsonb_array_elements(old_credits) WITH ORDINALITY AS o(v, i) ON n.i = o.i
                WHERE (n.v - 'name') <> (o.v - 'name')
                  OR (n.v ->> 'name' <> o.v ->> 'name' AND NOT ${isErasedName(`n.v ->> 'name'`)})) THEN
              RETURN NEW;
            END IF;
          END IF;
          RAISE EXCEPTION '${sql.raw(PUBLICATION_REFUSAL)}';
        END; $$ LANGUAGE plpgsql`.execute(db);
    } else {
      await sql`DROP TRIGGER events_no_update`.execute(db);
      await sql`CREATE TRIGGER events_no_update BEFORE UPDATE ON events
        WHEN NOT (${unchangedSqlite(EVENT_CONTENT)} AND NEW.actor IS NOT OLD.actor AND ${isErasedName('NEW.actor')})
        BEGIN
          SELECT RAISE(ABORT, '${sql.raw(HISTORY_REFUSAL)}');
        END`.execute(db);
      await sql`DROP TRIGGER publications_no_update`.execute(db);
      await sql`CREATE TRIGGER publications_no_update BEFORE UPDATE OF ${sql.raw(PUBLICATION_FROZEN.join(', '))} ON publications
        WHEN NOT (${unchangedSqlite(PUBLICATION_CONTENT)}
          AND (NEW.published_by_name IS OLD.published_by_name
            OR EXISTS (SELECT 1 FROM account_erasures WHERE user_id = OLD.published_by AND shown_as = NEW.published_by_name))
          AND json_remove(NEW.document, '$.credits') IS json_remove(OLD.document, '$.credits')
          AND json_array_length(NEW.document, '$.credits') IS json_array_length(OLD.document, '$.credits')
          AND NOT EXISTS (
            SELECT 1 FROM json_each(NEW.document, '$.credits') AS n JOIN json_each(OLD.document, '$.credits') AS o ON n.key = o.key
            WHERE json_remove(n.value, '$.name') IS NOT json_remove(o.value, '$.name')
              OR (json_extract(n.value, '$.name') IS NOT json_extract(o.value, '$.name') AND NOT ${isErasedName(`json_extract(n.value, '$.name')`)})))
        BEGIN
          SELECT RAISE(ABORT, '${sql.raw(PUBLICATION_REFUSAL)}');
        END`.execute(db);
    }
  },
};
