import { sql } from 'kysely';
import type { Migration } from 'kysely/migration';
import { generatedId, isPostgres, type AnyDb } from './ddl.ts';

const REFUSAL = 'a published version is immutable: only its embargo time may change';

/** What a published version holds; none of it may change once written. */
const FIXED_COLUMNS = ['project_id', 'lang', 'version', 'source_revision', 'published_at', 'published_by', 'published_by_name', 'with_fallback', 'document', 'units', 'changes'];

/**
 * Published versions of each language (numbered snapshots: what was published, when, by whom,
 * from which source revision, and what changed since the previous one) and the credits
 * volunteers chose. The database itself refuses to change a snapshot's content or delete it.
 */
export const publications: Migration = {
  async up(db: AnyDb) {
    await db.schema
      .createTable('publications')
      .addColumn('id', 'integer', generatedId(db))
      .addColumn('project_id', 'integer', (c) => c.notNull().references('projects.id'))
      .addColumn('lang', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('source_revision', 'integer', (c) => c.notNull())
      .addColumn('published_at', 'text', (c) => c.notNull())
      .addColumn('published_by', 'integer', (c) => c.references('users.id'))
      .addColumn('published_by_name', 'text', (c) => c.notNull())
      .addColumn('embargo_until', 'text')
      .addColumn('with_fallback', 'integer', (c) => c.notNull())
      .addColumn('document', 'text', (c) => c.notNull())
      .addColumn('units', 'text', (c) => c.notNull())
      .addColumn('changes', 'text', (c) => c.notNull())
      .addUniqueConstraint('publications_version', ['project_id', 'lang', 'version'])
      .execute();
    await db.schema
      .createTable('publication_credits')
      .addColumn('project_id', 'integer', (c) => c.notNull().references('projects.id').onDelete('cascade'))
      .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('lang', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('publication_credits_pk', ['project_id', 'user_id', 'lang'])
      .execute();
    const columns = sql.raw(FIXED_COLUMNS.join(', '));
    if (isPostgres(db)) {
      await sql`CREATE FUNCTION publications_immutable() RETURNS trigger AS $$
        BEGIN
          RAISE EXCEPTION '${sql.raw(REFUSAL)}';
        END; $$ LANGUAGE plpgsql`.execute(db);
      await sql`CREATE TRIGGER publications_immutable BEFORE UPDATE OF ${columns} OR DELETE ON publications
        FOR EACH ROW EXECUTE FUNCTION publications_immutable()`.execute(db);
    } else {
      await sql`CREATE TRIGGER publications_no_update BEFORE UPDATE OF ${columns} ON publications
        BEGIN
          SELECT RAISE(ABORT, '${sql.raw(REFUSAL)}');
        END`.execute(db);
      await sql`CREATE TRIGGER publications_no_delete BEFORE DELETE ON publications
        BEGIN
          SELECT RAISE(ABORT, '${sql.raw(REFUSAL)}');
        END`.execute(db);
    }
  },
};
