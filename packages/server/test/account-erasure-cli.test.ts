import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import { Migrator } from 'kysely/migration';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, sqliteFileOf, type Db } from '../src/db/connection.ts';
import { migrations } from '../src/db/migrations/index.ts';
import { seedDemo } from '../src/demo/seed.ts';
import { appliedMigrations } from '../src/repositories/migrations.ts';
import { createTestDatabase, testDatabaseKind, type TestDatabase } from './database.ts';
import { tessera } from './tesseraCommand.ts';

let database: TestDatabase | undefined;
let db: Db | undefined;
afterEach(async () => {
  await db?.destroy();
  await database?.drop();
  db = undefined;
  database = undefined;
});

/** A raw connection to the test database, without Tessera's migrations. */
function rawConnection(test: TestDatabase): Kysely<unknown> {
  return test.location.kind === 'sqlite'
    ? new Kysely({ dialect: new SqliteDialect({ database: new SqliteDatabase(sqliteFileOf(test.location.dataDir)) }) })
    : new Kysely({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: test.location.url }) }) });
}

describe(`erasing an account from the command line (${testDatabaseKind})`, () => {
  it('refuses the only coordinator of a project, naming it, and changes nothing', async () => {
    database = await createTestDatabase();
    db = await openDatabase(database.location);
    await seedDemo(db);
    const before = await db.selectFrom('users').selectAll().orderBy('id').execute();
    const refused = await tessera(database, 'user', 'remove', '--email', 'coordinator@demo.tessera');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('only coordinator of Demo: Digital Safety Act statement');
    expect(await db.selectFrom('users').selectAll().orderBy('id').execute()).toEqual(before);
    expect((await tessera(database, 'user', 'remove', '--email', 'translator@demo.tessera')).code).toBe(0);
    const events = await db.selectFrom('events').select('actor').distinct().execute();
    expect(events.map((e) => e.actor)).toContain('former volunteer');
    expect(events.map((e) => e.actor)).not.toContain('Demo Translator');
  });
});

describe(`migration 014 (${testDatabaseKind})`, () => {
  it('is applied to a database that had the later migrations already, which then allows erasure', async () => {
    database = await createTestDatabase();
    const raw = rawConnection(database);
    const before = Object.fromEntries(Object.entries(migrations).filter(([name]) => name !== '014_account_erasure'));
    const { error } = await new Migrator({ db: raw, provider: { getMigrations: async () => before } }).migrateToLatest();
    expect(error).toBeUndefined();
    expect(await appliedMigrations(raw)).toContain('015_mail');
    await raw.destroy();

    db = await openDatabase(database.location);
    expect(await appliedMigrations(db)).toEqual(Object.keys(migrations).sort());
    await seedDemo(db);
    const { eraseAccount } = await import('../src/services/accountErasure.ts');
    const translator = await db.selectFrom('users').select('id').where('email', '=', 'translator@demo.tessera').executeTakeFirstOrThrow();
    await eraseAccount(db, translator.id, 'Kestrel');
    expect(await db.selectFrom('events').select('id').where('actor', '=', 'Kestrel').execute()).not.toHaveLength(0);
  });
});
