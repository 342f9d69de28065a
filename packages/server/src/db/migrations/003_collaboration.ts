import type { Migration } from 'kysely/migration';
import { generatedId, type AnyDb } from './ddl.ts';

/** Invitations, four-eyes review, suggestions, comments, notifications, deadlines. */
export const collaboration: Migration = {
  async up(db: AnyDb) {
    await db.schema.alterTable('project_languages').addColumn('deadline', 'text').execute();
    await db.schema.alterTable('project_languages').addColumn('self_review', 'integer', (c) => c.notNull().defaultTo(0)).execute();
    await db.schema.alterTable('translations').addColumn('author_id', 'integer').execute();
    await db.schema.alterTable('translations').addColumn('self_approved', 'integer', (c) => c.notNull().defaultTo(0)).execute();
    await db.schema
      .createTable('invites')
      .addColumn('id', 'integer', generatedId(db))
      .addColumn('token_hash', 'text', (c) => c.notNull().unique())
      .addColumn('project_id', 'integer', (c) => c.notNull().references('projects.id').onDelete('cascade'))
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('langs', 'text')
      .addColumn('created_by', 'integer', (c) => c.references('users.id'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .addColumn('used_at', 'text')
      .addColumn('used_by', 'integer', (c) => c.references('users.id'))
      .execute();
    await db.schema
      .createTable('suggestions')
      .addColumn('id', 'integer', generatedId(db))
      .addColumn('unit_id', 'integer', (c) => c.notNull().references('units.id').onDelete('cascade'))
      .addColumn('lang', 'text', (c) => c.notNull())
      .addColumn('author_id', 'integer', (c) => c.references('users.id'))
      .addColumn('author', 'text', (c) => c.notNull())
      .addColumn('target', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('suggestions_unit').on('suggestions').columns(['unit_id', 'lang', 'status']).execute();
    await db.schema
      .createTable('comments')
      .addColumn('id', 'integer', generatedId(db))
      .addColumn('project_id', 'integer', (c) => c.notNull().references('projects.id').onDelete('cascade'))
      .addColumn('unit_id', 'integer', (c) => c.notNull().references('units.id').onDelete('cascade'))
      .addColumn('lang', 'text', (c) => c.notNull())
      .addColumn('author_id', 'integer', (c) => c.references('users.id'))
      .addColumn('author', 'text', (c) => c.notNull())
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('mentions', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('resolved_at', 'text')
      .execute();
    await db.schema.createIndex('comments_unit').on('comments').columns(['unit_id', 'lang']).execute();
    await db.schema
      .createTable('notifications')
      .addColumn('id', 'integer', generatedId(db))
      .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('project_id', 'integer', (c) => c.notNull().references('projects.id').onDelete('cascade'))
      .addColumn('unit_id', 'integer', (c) => c.notNull())
      .addColumn('lang', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('actor', 'text', (c) => c.notNull())
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('read_at', 'text')
      .execute();
    await db.schema.createIndex('notifications_user').on('notifications').columns(['user_id', 'id']).execute();
    await db.schema.createIndex('events_language').on('events').columns(['project_id', 'lang', 'id']).execute();
  },
};
