import type { Migration } from 'kysely/migration';
import type { AnyDb } from './ddl.ts';
import { generatedId } from './ddl.ts';

/**
 * Repairs text stored before Tessera refused what XML cannot carry: C0 controls other than tab, LF
 * and CR (NUL included), DEL and the C1 controls, U+FFFE, U+FFFF and lone surrogates are dropped
 * from every stored text — translations, suggestions, comments, sources, memory entries, names.
 * (The rule is written out here rather than imported, so that this migration never changes.)
 *
 * What it changed is reported: one row per repaired column in `repairs` (rows changed, characters
 * removed) and one line on stderr. The history (`events`) is append-only and stays as it was.
 * A project whose name, once cleaned, is another project's gets a number after it.
 */

// eslint-disable-next-line no-control-regex
const UNSTORABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uD800-\uDFFF\uFFFE\uFFFF]/gu;

const BATCH = 500;
const NAME = '009_storable_text';

/** A text without those characters, and how many there were. */
function clean(text: string): { text: string; removed: number } {
  let removed = 0;
  const kept = text.replace(UNSTORABLE, () => {
    removed++;
    return '';
  });
  return { text: kept, removed };
}

/** The same for a JSON document: every string in it (object keys too). */
function cleanJson(json: string): { text: string; removed: number } {
  let removed = 0;
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') {
      const result = clean(value);
      removed += result.removed;
      return result.text;
    }
    if (Array.isArray(value)) return value.map(walk);
    if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [walk(k), walk(v)]));
    return value;
  };
  const cleaned = walk(JSON.parse(json));
  return removed === 0 ? { text: json, removed } : { text: JSON.stringify(cleaned), removed };
}

interface Column {
  name: string;
  json?: boolean;
}

interface Table {
  name: string;
  /** The primary key: one integer `id`, or the columns of a composite key. */
  key: readonly string[];
  columns: readonly Column[];
  /** A value that must stay unique after cleaning (project names). */
  unique?: string;
  /** What an emptied name becomes. */
  emptied?: (row: Record<string, unknown>) => string;
}

const TABLES: readonly Table[] = [
  { name: 'projects', key: ['id'], columns: [{ name: 'name' }], unique: 'name', emptied: (row) => `Project ${row.id}` },
  { name: 'users', key: ['id'], columns: [{ name: 'name' }], emptied: (row) => `User ${row.id}` },
  { name: 'units', key: ['id'], columns: [{ name: 'source', json: true }, { name: 'previous_source', json: true }, { name: 'space_after' }] },
  { name: 'translations', key: ['unit_id', 'lang'], columns: [{ name: 'target', json: true }, { name: 'updated_by' }, { name: 'last_comment' }] },
  { name: 'suggestions', key: ['id'], columns: [{ name: 'target', json: true }, { name: 'author' }] },
  { name: 'comments', key: ['id'], columns: [{ name: 'body' }, { name: 'author' }, { name: 'mentions', json: true }] },
  { name: 'notifications', key: ['id'], columns: [{ name: 'body' }, { name: 'actor' }] },
  { name: 'source_revisions', key: ['id'], columns: [{ name: 'summary', json: true }, { name: 'actor' }] },
  {
    name: 'tm_entries',
    key: ['id'],
    columns: [{ name: 'source', json: true }, { name: 'target', json: true }, { name: 'source_text' }, { name: 'origin' }, { name: 'created_by' }],
  },
];

interface Repair {
  table: string;
  column: string;
  rows: number;
  characters: number;
}

export const storableText: Migration = {
  async up(db: AnyDb) {
    await db.schema
      .createTable('repairs')
      .addColumn('id', 'integer', generatedId(db))
      .addColumn('migration', 'text', (c) => c.notNull())
      .addColumn('table_name', 'text', (c) => c.notNull())
      .addColumn('column_name', 'text', (c) => c.notNull())
      .addColumn('rows_changed', 'integer', (c) => c.notNull())
      .addColumn('characters_removed', 'integer', (c) => c.notNull())
      .addColumn('repaired_at', 'text', (c) => c.notNull())
      .execute();

    const repairs: Repair[] = [];
    for (const table of TABLES) repairs.push(...(await repairTable(db, table)));
    if (repairs.length === 0) return;

    const at = new Date().toISOString();
    await db
      .insertInto('repairs')
      .values(repairs.map((r) => ({ migration: NAME, table_name: r.table, column_name: r.column, rows_changed: r.rows, characters_removed: r.characters, repaired_at: at })))
      .execute();
    const list = repairs.map((r) => `${r.table}.${r.column}: ${r.rows} row(s), ${r.characters} character(s)`).join('; ');
    process.stderr.write(`Migration ${NAME}: removed characters that XML cannot carry from stored text — ${list}. (The history is kept as it was.)\n`);
  },
};

async function repairTable(db: AnyDb, table: Table): Promise<Repair[]> {
  const counts = new Map<string, Repair>();
  const taken = table.unique ? new Set((await db.selectFrom(table.name).select(table.unique).execute()).map((r) => String(r[table.unique!]))) : null;
  let after: Record<string, unknown> | null = null;
  for (;;) {
    let query = db
      .selectFrom(table.name)
      .select([...table.key, ...table.columns.map((c) => c.name)])
      .limit(BATCH);
    for (const key of table.key) query = query.orderBy(key);
    const last = after;
    if (last !== null) {
      const [first, second] = table.key as [string, string | undefined];
      query = query.where((eb) => (second === undefined ? eb(first, '>', last[first]) : eb(eb.refTuple(first, second), '>', eb.tuple(last[first], last[second]))));
    }
    const rows = (await query.execute()) as Record<string, unknown>[];
    if (rows.length === 0) break;
    for (const row of rows) await repairRow(db, table, row, counts, taken);
    after = rows.at(-1)!;
  }
  return [...counts.values()];
}

async function repairRow(db: AnyDb, table: Table, row: Record<string, unknown>, counts: Map<string, Repair>, taken: Set<string> | null): Promise<void> {
  const changes: Record<string, string> = {};
  for (const column of table.columns) {
    const value = row[column.name];
    if (typeof value !== 'string') continue;
    const result = column.json ? cleanJson(value) : clean(value);
    if (result.removed === 0) continue;
    let text = result.text;
    if (table.emptied && text.trim() === '') text = table.emptied(row);
    if (taken && column.name === table.unique) {
      taken.delete(value);
      const base = text;
      for (let n = 2; taken.has(text); n++) text = `${base} (${n})`;
      taken.add(text);
    }
    changes[column.name] = text;
    const repair = counts.get(column.name) ?? { table: table.name, column: column.name, rows: 0, characters: 0 };
    repair.rows++;
    repair.characters += result.removed;
    counts.set(column.name, repair);
  }
  if (Object.keys(changes).length === 0) return;
  let update = db.updateTable(table.name).set(changes);
  for (const key of table.key) update = update.where(key, '=', row[key]);
  await update.execute();
}
