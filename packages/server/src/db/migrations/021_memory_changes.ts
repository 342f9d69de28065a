import { sql, type RawBuilder } from 'kysely';
import type { Migration } from 'kysely/migration';
import { generatedId, isPostgres, type AnyDb } from './ddl.ts';

/** A change the memory's index follows: an imported entry (`entry`, its id) or an approved translation (`translation`, its unit and language). */
const logged = (kind: 'entry' | 'translation', ref: string, lang: string) => sql.raw(`INSERT INTO memory_changes (kind, ref, lang) VALUES ('${kind}', ${ref}, ${lang})`);

/** The approved translations of the units `where` selects, each logged. */
const loggedTranslations = (where: string) =>
  sql.raw(`INSERT INTO memory_changes (kind, ref, lang)
    SELECT 'translation', t.unit_id, t.lang FROM translations t JOIN units u ON u.id = t.unit_id WHERE ${where} AND t.state = 'approved'`);

/** Each trigger: its table, when it fires, and what it logs. */
const TRIGGERS: readonly { name: string; on: string; when: string | null; log: (row: 'NEW' | 'OLD') => RawBuilder<unknown> }[] = [
  { name: 'memory_entry_added', on: 'AFTER INSERT ON tm_entries', when: null, log: (row) => logged('entry', `${row}.id`, "''") },
  { name: 'memory_entry_removed', on: 'AFTER DELETE ON tm_entries', when: null, log: (row) => logged('entry', `${row}.id`, "''") },
  { name: 'memory_translation_added', on: 'AFTER INSERT ON translations', when: "NEW.state = 'approved'", log: (row) => logged('translation', `${row}.unit_id`, `${row}.lang`) },
  {
    name: 'memory_translation_changed',
    on: 'AFTER UPDATE ON translations',
    when: "OLD.state = 'approved' OR NEW.state = 'approved'",
    log: (row) => logged('translation', `${row}.unit_id`, `${row}.lang`),
  },
  { name: 'memory_translation_removed', on: 'AFTER DELETE ON translations', when: "OLD.state = 'approved'", log: () => logged('translation', 'OLD.unit_id', 'OLD.lang') },
  { name: 'memory_unit_changed', on: 'AFTER UPDATE ON units', when: 'OLD.source <> NEW.source OR OLD.translate <> NEW.translate', log: () => loggedTranslations('u.id = NEW.id') },
  { name: 'memory_project_changed', on: 'AFTER UPDATE ON projects', when: 'OLD.in_memory <> NEW.in_memory', log: () => loggedTranslations('u.project_id = NEW.id') },
];

/**
 * The memory's change log, which the index of every server follows: the database writes a row
 * for each imported entry added or removed and for each translation that becomes, stays (with
 * another text) or stops being approved — by triggers, whichever code path writes. A server's
 * index applies the rows it has not seen (reading the entry or translation as it is now), so an
 * approval on one server is a match on every other at its next look-up.
 *
 * `memory_snapshots` names the index files servers wrote, with the last change each holds: a file
 * is read back only if the database knows it (a database restored from an older backup does
 * not, and its index is made afresh). `projects.in_memory`: whether the project's approved
 * translations are offered (a coordinator can take a project out of the memory).
 *
 * The word-index tables of the earlier look-up go: the index is kept by the servers.
 */
export const memoryChanges: Migration = {
  async up(db: AnyDb) {
    await db.schema
      .createTable('memory_changes')
      .addColumn('seq', 'integer', generatedId(db))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('ref', 'integer', (c) => c.notNull())
      .addColumn('lang', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('memory_snapshots')
      .addColumn('token', 'text', (c) => c.primaryKey())
      .addColumn('last_seq', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.alterTable('projects').addColumn('in_memory', 'integer', (c) => c.notNull().defaultTo(1)).execute();
    await db.schema.dropTable('tm_words').execute();
    await db.schema.dropTable('unit_words').execute();
    for (const { name, on, when, log } of TRIGGERS) {
      const row = on.includes('DELETE') ? 'OLD' : 'NEW';
      if (isPostgres(db)) {
        await sql`CREATE FUNCTION ${sql.raw(name)}() RETURNS trigger AS $$
          BEGIN
            ${log(row)};
            RETURN NULL;
          END; $$ LANGUAGE plpgsql`.execute(db);
        await sql`CREATE TRIGGER ${sql.raw(name)} ${sql.raw(on)} FOR EACH ROW ${sql.raw(when ? `WHEN (${when})` : '')} EXECUTE FUNCTION ${sql.raw(name)}()`.execute(db);
      } else {
        await sql`CREATE TRIGGER ${sql.raw(name)} ${sql.raw(on)} ${sql.raw(when ? `WHEN ${when}` : '')}
          BEGIN
            ${log(row)};
          END`.execute(db);
      }
    }
  },
};
