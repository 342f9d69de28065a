import { sql, type RawBuilder } from 'kysely';
import type { Migration } from 'kysely/migration';
import { isPostgres, type AnyDb } from './ddl.ts';

/** Each table a language view shows something of, and how a row of it names its project. */
const WATCHED: readonly { table: string; project: (row: 'NEW' | 'OLD') => RawBuilder<unknown> }[] = [
  { table: 'projects', project: (row) => sql.raw(`${row}.id`) },
  { table: 'project_languages', project: (row) => sql.raw(`${row}.project_id`) },
  { table: 'memberships', project: (row) => sql.raw(`${row}.project_id`) },
  { table: 'blocks', project: (row) => sql.raw(`${row}.project_id`) },
  { table: 'units', project: (row) => sql.raw(`${row}.project_id`) },
  { table: 'translations', project: (row) => sql.raw(`(SELECT project_id FROM units WHERE id = ${row}.unit_id)`) },
  { table: 'comments', project: (row) => sql.raw(`${row}.project_id`) },
  { table: 'suggestions', project: (row) => sql.raw(`(SELECT project_id FROM units WHERE id = ${row}.unit_id)`) },
];

const CHANGES = [
  { change: 'INSERT', row: 'NEW' },
  { change: 'UPDATE', row: 'NEW' },
  { change: 'DELETE', row: 'OLD' },
] as const;

/** Counter rows per project on PostgreSQL: concurrent writers mostly count in rows of their own. */
const POSTGRES_SHARDS = 64;

/**
 * A change counter per project, kept by the database itself: every insert, update or delete of a
 * row the language view shows (units, translations, comments, suggestions, settings, members…)
 * adds one, whichever code path writes it. The view's ETag is the counter's sum, read before the
 * data, so an unchanged sum means an unchanged answer.
 *
 * On PostgreSQL the count is taken when the writing transaction commits (deferred triggers: the
 * counter row is the last lock it takes, so it cannot close a deadlock), in one of a few rows
 * chosen by the connection, so that saves running side by side do not wait for each other's
 * commit; the sum of the rows still grows with every commit. SQLite has one writer: one row.
 */
export const projectChanges: Migration = {
  async up(db: AnyDb) {
    await db.schema
      .createTable('project_changes')
      .addColumn('project_id', 'integer', (c) => c.notNull())
      .addColumn('shard', 'integer', (c) => c.notNull())
      .addColumn('counter', 'bigint', (c) => c.notNull())
      .addPrimaryKeyConstraint('project_changes_pk', ['project_id', 'shard'])
      .execute();
    const count = (project: RawBuilder<unknown>, shard: RawBuilder<unknown>) => sql`
      INSERT INTO project_changes (project_id, shard, counter)
        SELECT changed.project_id, ${shard}, 1 FROM (SELECT ${project} AS project_id) AS changed WHERE changed.project_id IS NOT NULL
        ON CONFLICT (project_id, shard) DO UPDATE SET counter = project_changes.counter + 1`;
    for (const { table, project } of WATCHED) {
      for (const { change, row } of CHANGES) {
        const name = sql.raw(`${table}_${change.toLowerCase()}_counts`);
        if (isPostgres(db)) {
          await sql`CREATE FUNCTION ${name}() RETURNS trigger AS $$
            BEGIN
              ${count(project(row), sql.raw(`pg_backend_pid() % ${POSTGRES_SHARDS}`))};
              RETURN NULL;
            END; $$ LANGUAGE plpgsql`.execute(db);
          await sql`CREATE CONSTRAINT TRIGGER ${name} AFTER ${sql.raw(change)} ON ${sql.table(table)}
            DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ${name}()`.execute(db);
        } else {
          await sql`CREATE TRIGGER ${name} AFTER ${sql.raw(change)} ON ${sql.table(table)}
            BEGIN
              ${count(project(row), sql.raw('0'))};
            END`.execute(db);
        }
      }
    }
  },
};
