import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/connection.ts';
import { createTestDatabase, testDatabaseKind, type TestDatabase } from './database.ts';
import { tessera as tesseraOn } from './tesseraCommand.ts';

let database: TestDatabase;
const tessera = (...args: string[]) => tesseraOn(database, ...args);

beforeAll(async () => {
  database = await createTestDatabase();
  fs.writeFileSync(path.join(database.dataDir, 'from-a-pdf.txt'), 'A Title\n\nThe end of page one.\fPage two\u0001 goes on.\n');
});
afterAll(() => database.drop());

const projectNames = async () => {
  const db = await openDatabase(database.location);
  try {
    return (await db.selectFrom('projects').select('name').execute()).map((p) => p.name);
  } finally {
    await db.destroy();
  }
};

describe(`the command line stores only text XML can carry (${testDatabaseKind})`, () => {
  it('cleans a statement file and says so on stderr (stdout keeps only the id); refuses such a character in a project, actor or user name with exit 1', async () => {
    const source = path.join(database.dataDir, 'from-a-pdf.txt');
    const created = await tessera('project', 'create', '--name', 'From a PDF', '--source', source, '--targets', 'fr');
    expect(created).toMatchObject({ code: 0, stdout: '1\n' });
    expect(created.stderr).toContain('Cleaned the statement: 1 page break(s) (form feeds) made paragraph breaks; 1 character(s) that cannot be stored (control characters) removed.');

    const badName = await tessera('project', 'create', '--name', 'Bad\u0007name', '--source', source, '--targets', 'fr');
    expect(badName.code).toBe(1);
    expect(badName.stderr).toContain('U+0007');
    const badActor = await tessera('project', 'create', '--name', 'Another', '--source', source, '--targets', 'fr', '--as', 'Ana\u001b[31m');
    expect(badActor.code).toBe(1);
    expect(badActor.stderr).toContain('U+001B');
    expect(await projectNames()).toEqual(['From a PDF']);
    const badUser = await tessera('user', 'add', '--email', 'ana@example.org', '--name', 'Ana\u0008');
    expect(badUser.code).toBe(1);
    expect(badUser.stderr).toContain('U+0008');
  }, 120_000); // four runs of the command line, each starting Node and compiling the sources
});
