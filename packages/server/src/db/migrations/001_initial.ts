import type { Migration } from 'kysely/migration';
import { generatedId, type AnyDb } from './ddl.ts';

export const initial: Migration = {
  async up(db: AnyDb) {
    await db.schema
      .createTable('users')
      .addColumn('id', 'integer', generatedId(db))
      .addColumn('email', 'text', (c) => c.notNull().unique())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('password_hash', 'text', (c) => c.notNull())
      .addColumn('can_create_projects', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('sessions')
      .addColumn('token_hash', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('projects')
      .addColumn('id', 'integer', generatedId(db))
      .addColumn('name', 'text', (c) => c.notNull().unique())
      .addColumn('source_lang', 'text', (c) => c.notNull())
      .addColumn('created_by', 'integer', (c) => c.references('users.id'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('project_languages')
      .addColumn('project_id', 'integer', (c) => c.notNull().references('projects.id').onDelete('cascade'))
      .addColumn('lang', 'text', (c) => c.notNull())
      .addColumn('allow_fallback', 'integer', (c) => c.notNull().defaultTo(0))
      .addPrimaryKeyConstraint('project_languages_pk', ['project_id', 'lang'])
      .execute();
    await db.schema
      .createTable('memberships')
      .addColumn('project_id', 'integer', (c) => c.notNull().references('projects.id').onDelete('cascade'))
      .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('lang', 'text', (c) => c.notNull().defaultTo(''))
      .addPrimaryKeyConstraint('memberships_pk', ['project_id', 'user_id', 'role', 'lang'])
      .execute();
    await db.schema
      .createTable('blocks')
      .addColumn('id', 'integer', generatedId(db))
      .addColumn('project_id', 'integer', (c) => c.notNull().references('projects.id').onDelete('cascade'))
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('level', 'integer')
      .addColumn('list', 'integer')
      .addColumn('date', 'text')
      .execute();
    await db.schema
      .createTable('units')
      .addColumn('id', 'integer', generatedId(db))
      .addColumn('project_id', 'integer', (c) => c.notNull().references('projects.id').onDelete('cascade'))
      .addColumn('block_id', 'integer', (c) => c.notNull().references('blocks.id').onDelete('cascade'))
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('space_after', 'text', (c) => c.notNull())
      .addColumn('translate', 'integer', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('units_project').on('units').columns(['project_id', 'position']).execute();
    await db.schema
      .createTable('translations')
      .addColumn('unit_id', 'integer', (c) => c.notNull().references('units.id').onDelete('cascade'))
      .addColumn('lang', 'text', (c) => c.notNull())
      .addColumn('target', 'text', (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('revision', 'integer', (c) => c.notNull())
      .addColumn('updated_by', 'text')
      .addColumn('updated_at', 'text')
      .addPrimaryKeyConstraint('translations_pk', ['unit_id', 'lang'])
      .execute();
    await db.schema
      .createTable('events')
      .addColumn('id', 'integer', generatedId(db))
      .addColumn('project_id', 'integer', (c) => c.notNull().references('projects.id').onDelete('cascade'))
      .addColumn('unit_id', 'integer', (c) => c.notNull().references('units.id').onDelete('cascade'))
      .addColumn('lang', 'text', (c) => c.notNull())
      .addColumn('actor', 'text')
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('state_before', 'text', (c) => c.notNull())
      .addColumn('state_after', 'text', (c) => c.notNull())
      .addColumn('target_before', 'text', (c) => c.notNull())
      .addColumn('target_after', 'text', (c) => c.notNull())
      .addColumn('comment', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('events_unit').on('events').columns(['unit_id', 'lang', 'id']).execute();
  },
};
