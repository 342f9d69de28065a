import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../src/db/connection.ts';
import { prepared } from '../src/db/prepared.ts';
import { insertUser } from '../src/repositories/users.ts';
import { createTestDatabase, testDatabaseKind, type TestDatabase } from './database.ts';

let database: TestDatabase;
let db: Db;

beforeAll(async () => {
  database = await createTestDatabase();
  db = await openDatabase(database.location);
  for (const name of ['Amina', 'Bruno', 'Chen']) {
    await insertUser(db, { email: `${name.toLowerCase()}@example.org`, name, passwordHash: 'x', canCreateProjects: false });
  }
});

afterAll(async () => {
  await db.destroy();
  await database.drop();
});

const usersNamed = prepared((db: Db, p: { first: string; second: string }) =>
  db.selectFrom('users').select('name').where('name', 'in', [p.first, p.second]).where('email', 'like', '%@example.org').orderBy('name'),
);

describe(`prepared queries (${testDatabaseKind})`, () => {
  it('runs the query compiled once with the parameters of each call', async () => {
    expect((await usersNamed(db, { first: 'Amina', second: 'Chen' })).rows).toEqual([{ name: 'Amina' }, { name: 'Chen' }]);
    expect((await usersNamed(db, { first: 'Bruno', second: 'Nobody' })).rows).toEqual([{ name: 'Bruno' }]);
    const inTransaction = await db.transaction().execute((trx) => usersNamed(trx, { first: 'Chen', second: 'Amina' }));
    expect(inTransaction.rows).toEqual([{ name: 'Amina' }, { name: 'Chen' }]);
  });

  it('refuses a query that does not take a parameter as a value', async () => {
    const lowered = prepared((db: Db, p: { name: string }) => db.selectFrom('users').select('name').where('name', '=', String(p.name).toLowerCase()));
    await expect(lowered(db, { name: 'Amina' })).rejects.toThrow(/“name” is not a parameter/);
  });
});
