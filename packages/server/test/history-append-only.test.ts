import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../src/db/connection.ts';
import { seedDemo } from '../src/demo/seed.ts';
import { createTestDatabase, testDatabaseKind, type TestDatabase } from './database.ts';

let database: TestDatabase;
let db: Db;

beforeAll(async () => {
  database = await createTestDatabase();
  db = await openDatabase(database.location);
  await seedDemo(db);
  const translation = await db.selectFrom('translations').select(['unit_id', 'lang', 'revision']).limit(1).executeTakeFirstOrThrow();
  // A change of revision appends its event (the history trigger).
  await db
    .updateTable('translations')
    .set({ target: '["Une traduction."]', state: 'translated', revision: translation.revision + 1, updated_by: 'Test', updated_at: new Date().toISOString() })
    .where('unit_id', '=', translation.unit_id)
    .where('lang', '=', translation.lang)
    .execute();
});

afterAll(async () => {
  await db.destroy();
  await database.drop();
});

const history = () => db.selectFrom('events').selectAll().orderBy('id').execute();

describe(`the history (${testDatabaseKind})`, () => {
  it('is append-only: the database refuses to change or delete an event, and keeps them all', async () => {
    const before = await history();
    expect(before.length).toBeGreaterThan(0);
    await expect(db.updateTable('events').set({ comment: 'rewritten' }).where('id', '=', before[0]!.id).execute()).rejects.toThrow(/append-only/);
    await expect(db.deleteFrom('events').execute()).rejects.toThrow(/append-only/);
    expect(await history()).toEqual(before);
  });
});
