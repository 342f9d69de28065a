import { sql } from 'kysely';
import type { Migration } from 'kysely/migration';

/**
 * News of a whole language, told once to its people in the app (and by e-mail as each chose): a
 * deadline two days away, a published version once it is public. A row here is the claim that it
 * was told, so two servers on one database never both tell it. Versions published before this
 * migration count as told: turning it on does not announce the past.
 *
 * Such notifications are about no unit: their `notifications.unit_id` is 0 (no unit has that id).
 */
export const languageNews: Migration = {
  async up(db) {
    await db.schema
      .createTable('deadline_reminders')
      .addColumn('project_id', 'integer', (c) => c.notNull().references('projects.id').onDelete('cascade'))
      .addColumn('lang', 'text', (c) => c.notNull())
      .addColumn('deadline', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('deadline_reminders_pk', ['project_id', 'lang', 'deadline'])
      .execute();
    await db.schema
      .createTable('publication_notices')
      .addColumn('publication_id', 'integer', (c) => c.primaryKey().references('publications.id'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await sql`INSERT INTO publication_notices (publication_id, created_at) SELECT id, published_at FROM publications`.execute(db);
  },
};
