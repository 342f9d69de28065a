import path from 'node:path';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import { Migrator } from 'kysely/migration';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { isStorableText } from '@tessera/core';
import { openDatabase, type Db } from '../src/db/connection.ts';
import type { AnyDb } from '../src/db/migrations/ddl.ts';
import { migrations } from '../src/db/migrations/index.ts';
import { exportXliff } from '../src/services/exchange.ts';
import { exportTmx } from '../src/services/translationMemory.ts';
import { createTestDatabase, testDatabaseKind, type TestDatabase } from './database.ts';

const schemas = new URL('../../../../shared/conformance/schemas/', import.meta.url).pathname;
const operator = { kind: 'operator', name: 'Test' } as const;

let database: TestDatabase;
let db: Db;
let stderr = '';
let eventsBefore: unknown[];

/** The database as it was before the repair: migrated up to 008, without the app's own connection (which migrates to the latest). */
function rawDb(location: TestDatabase['location']): AnyDb {
  if (location.kind === 'sqlite') {
    fs.mkdirSync(location.dataDir, { recursive: true });
    return new Kysely({ dialect: new SqliteDialect({ database: new SqliteDatabase(path.join(location.dataDir, 'tessera.sqlite')) }) });
  }
  return new Kysely({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: location.url, max: 2 }) }) });
}

const now = '2024-05-01T10:00:00.000Z';
const json = (value: unknown) => JSON.stringify(value);

/** Rows a careless past let in: every text column of the repair holds a character XML cannot carry (NUL only inside JSON: PostgreSQL's text refuses it). */
async function storeBadText(old: AnyDb): Promise<void> {
  const id = async (table: string, values: Record<string, unknown>) => Number((await old.insertInto(table).values(values).returning('id').executeTakeFirstOrThrow()).id);
  const user = await id('users', { email: 'ana@example.org', name: 'Ana\u0007', password_hash: 'x', can_create_projects: 1, created_at: now });
  await id('users', { email: 'bo@example.org', name: '\u0001\u0002', password_hash: 'x', can_create_projects: 0, created_at: now });
  await id('projects', { name: 'Statement', source_lang: 'en', created_by: user, created_at: now });
  const project = await id('projects', { name: 'Statement\u0085', source_lang: 'en', created_by: user, created_at: now });
  await old.insertInto('project_languages').values({ project_id: project, lang: 'fr', allow_fallback: 0 }).execute();
  await old.insertInto('memberships').values({ project_id: project, user_id: user, role: 'coordinator', lang: '' }).execute();
  const block = await id('blocks', { project_id: project, position: 0, kind: 'paragraph' });
  const link = { kind: 'open', id: '1', name: 'a', attrs: { href: 'https://example.org/\u0085x' } };
  const unit = await id('units', {
    project_id: project,
    block_id: block,
    position: 0,
    source: json(['Read\u000B ', link, 'this', { kind: 'close', id: '1', name: 'a' }, '.\uFFFF']),
    previous_source: json(['Old\u0000.']),
    space_after: '',
    translate: 1,
  });
  await old.insertInto('translations').values({ unit_id: unit, lang: 'fr', target: json(['Lisez ceci.']), state: 'untranslated', revision: 0 }).execute();
  // A save (the revision changes): the history trigger keeps an event with the bad text.
  await old
    .updateTable('translations')
    .set({ target: json(['Lisez\u0001 ceci.\uD800']), state: 'approved', revision: 1, updated_by: 'Ana\u0007', updated_at: now, last_comment: 'ok\u001b' })
    .where('unit_id', '=', unit)
    .execute();
  await id('suggestions', { unit_id: unit, lang: 'fr', author_id: user, author: 'Ana\u0007', target: json(['Autre\u0003.']), status: 'open', created_at: now });
  await id('comments', { project_id: project, unit_id: unit, lang: 'fr', author_id: user, author: 'Ana', body: 'Voir\u0008 ici', mentions: json(['Ana\u0007']), created_at: now });
  await id('notifications', { user_id: user, project_id: project, unit_id: unit, lang: 'fr', kind: 'mention', actor: 'Ana', body: 'Voir\u0008 ici', created_at: now });
  await id('source_revisions', { project_id: project, number: 1, actor: 'Ana', summary: json({ changes: [{ kind: 'added', after: 'x\u0001' }] }), created_at: now });
  await id('tm_entries', { source_lang: 'en', target_lang: 'fr', source_text: 'Hello\u0002', source: json(['Hello\u0002']), target: json(['Bonjour\u0002']), origin: 'old.tmx', created_at: now });
}

beforeAll(async () => {
  database = await createTestDatabase();
  const old = rawDb(database.location);
  const { error } = await new Migrator({ db: old, provider: { getMigrations: async () => migrations } }).migrateTo('008_events_append_only');
  if (error) throw error;
  await storeBadText(old);
  eventsBefore = await old.selectFrom('events').selectAll().orderBy('id').execute();
  await old.destroy();

  const write = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
  try {
    db = await openDatabase(database.location);
  } finally {
    write.mockRestore();
  }
}, 60_000);
afterAll(async () => {
  await db?.destroy();
  await database?.drop();
});

describe(`migration 009 repairs stored text that XML cannot carry (${testDatabaseKind})`, () => {
  it('reports what it changed: a row per column in `repairs`, and a line on stderr', async () => {
    const repairs = await db.selectFrom('repairs').select(['migration', 'table_name', 'column_name', 'rows_changed', 'characters_removed']).orderBy('id').execute();
    expect(repairs.map((r) => `${r.table_name}.${r.column_name} ${r.rows_changed}/${r.characters_removed}`)).toEqual([
      'projects.name 1/1',
      'users.name 2/3',
      'units.source 1/3',
      'units.previous_source 1/1',
      'translations.target 1/2',
      'translations.updated_by 1/1',
      'translations.last_comment 1/1',
      'suggestions.target 1/1',
      'suggestions.author 1/1',
      'comments.body 1/1',
      'comments.mentions 1/1',
      'notifications.body 1/1',
      'source_revisions.summary 1/1',
      'tm_entries.source 1/1',
      'tm_entries.target 1/1',
      'tm_entries.source_text 1/1',
    ]);
    expect(new Set(repairs.map((r) => r.migration))).toEqual(new Set(['009_storable_text']));
    expect(stderr).toMatch(/^Migration 009_storable_text: removed characters that XML cannot carry from stored text — projects\.name: 1 row\(s\), 1 character\(s\);.*translations\.target: 1 row\(s\), 2 character\(s\);/m);
  });

  it('leaves every text storable, names unique and not empty, and the history as it was', async () => {
    const everything = await Promise.all(
      ['users', 'projects', 'units', 'translations', 'suggestions', 'comments', 'notifications', 'source_revisions', 'tm_entries'].map((t) =>
        db.selectFrom(t as 'users').selectAll().execute(),
      ),
    );
    // Every string, and every string inside the JSON columns (where a lone surrogate is an escape).
    const strings = (value: unknown): string[] => {
      if (typeof value === 'string') {
        if (!/^[[{]/.test(value)) return [value];
        try {
          return [value, ...strings(JSON.parse(value))];
        } catch {
          return [value];
        }
      }
      if (Array.isArray(value)) return value.flatMap(strings);
      if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => [k, ...strings(v)]);
      return [];
    };
    const bad = everything.flat().flatMap(strings).filter((text) => !isStorableText(text));
    expect(bad).toEqual([]);
    const units = await db.selectFrom('units').select(['source', 'previous_source']).execute();
    expect(JSON.parse(units[0]!.source)).toEqual(['Read ', { kind: 'open', id: '1', name: 'a', attrs: { href: 'https://example.org/x' } }, 'this', { kind: 'close', id: '1', name: 'a' }, '.']);
    const translation = await db.selectFrom('translations').select(['target', 'revision', 'state']).executeTakeFirstOrThrow();
    expect(translation).toEqual({ target: json(['Lisez ceci.']), revision: 1, state: 'approved' });
    expect((await db.selectFrom('projects').select('name').orderBy('id').execute()).map((p) => p.name)).toEqual(['Statement', 'Statement (2)']);
    expect((await db.selectFrom('users').select('name').orderBy('id').execute()).map((u) => u.name)).toEqual(['Ana', 'User 2']);
    // Migration 020 adds the warnings an approval accepted: none for the events before it.
    expect(await db.selectFrom('events').selectAll().orderBy('id').execute()).toEqual(eventsBefore.map((event) => ({ ...(event as object), overridden: '[]' })));
  });

  it('the repaired language exports as valid XLIFF 1.2, XLIFF 2.0 and TMX', async () => {
    const project = await db.selectFrom('projects').select('id').where('name', '=', 'Statement (2)').executeTakeFirstOrThrow();
    const dir = fs.mkdtempSync(path.join(database.dataDir, 'exports-'));
    const check = (name: string, text: string, ...args: string[]) => {
      fs.writeFileSync(path.join(dir, name), text);
      execFileSync('xmllint', ['--nonet', '--noout', ...args, path.join(dir, name)], { stdio: 'pipe' });
    };
    check('fr.xlf', (await exportXliff(db, operator, project.id, 'fr', 'xliff12')).xml, '--schema', path.join(schemas, 'xliff12/xliff-core-1.2-strict.xsd'));
    check('fr.xlf2', (await exportXliff(db, operator, project.id, 'fr', 'xliff20')).xml, '--schema', path.join(schemas, 'xliff2/xliff_core_2.0.xsd'));
    const { tmx, entries } = await exportTmx(db, operator, { projectId: project.id }, 'fr');
    expect(entries).toBe(1);
    check('fr.tmx', tmx, '--dtdvalid', path.join(schemas, 'tmx/tmx14.dtd'));
  });
});
