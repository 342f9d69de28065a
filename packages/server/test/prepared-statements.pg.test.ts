import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openDatabase, type Db } from '../src/db/connection.ts';
import { prepared } from '../src/db/prepared.ts';
import { createTestDatabase, type TestDatabase } from './database.ts';

let database: TestDatabase;
let db: Db;

beforeAll(async () => {
  database = await createTestDatabase();
  db = await openDatabase(database.location);
});

afterAll(async () => {
  await db.destroy();
  await database.drop();
});

const userByEmail = prepared((db: Db, p: { email: string }) => db.selectFrom('users').select('id').where('email', '=', p.email));

it('keeps a prepared query parsed and planned on the PostgreSQL connection that ran it', async () => {
  const statements = await db.transaction().execute(async (trx) => {
    await userByEmail(trx, { email: 'nobody@example.org' });
    await trx.selectFrom('users').select('id').where('name', '=', 'not prepared').execute();
    return (await sql<{ statement: string }>`SELECT statement FROM pg_prepared_statements`.execute(trx)).rows.map((r) => r.statement);
  });
  expect(statements.some((s) => s.includes('"email" = $1'))).toBe(true);
  expect(statements.some((s) => s.includes('"name" = $1'))).toBe(false);
});
