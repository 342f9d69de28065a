import type { Compilable, QueryResult } from 'kysely';
import type { Db } from './schema.ts';

/** Stands for the parameter `name` while a prepared query is built. */
class Placeholder {
  constructor(readonly name: string) {}
}

/** Parameters whose every field reads as a placeholder of its own name. */
const placeholders = new Proxy({}, { get: (_, name) => new Placeholder(String(name)) });

/** The SQL of every prepared query, with a name under which PostgreSQL keeps it parsed and planned. */
const statementNames = new Map<string, string>();

/** The name of a prepared query's SQL (undefined for any other SQL). */
export function statementName(sql: string): string | undefined {
  return statementNames.get(sql);
}

/**
 * A query of the hot path, built and compiled once per kind of database instead of on every
 * request (Kysely's building and compiling cost more than running such a query on SQLite).
 *
 * `build` receives placeholders for the named parameters and may only put them where values go:
 * every parameter must come out as a parameter of the compiled query, or the call fails. It must
 * not look at them, nor build a different query depending on them.
 */
export function prepared<Params extends object, Row>(
  build: (db: Db, params: Params) => Compilable<Row>,
): (db: Db, params: Params) => Promise<QueryResult<Row>> {
  // The SQL depends only on the dialect: one compiled query per adapter class (a transaction shares its database's).
  const compiled = new Map<unknown, { query: ReturnType<Compilable<Row>['compile']>; slots: (string | null)[] }>();
  return async (db, params) => {
    const dialect = db.getExecutor().adapter.constructor;
    let entry = compiled.get(dialect);
    if (!entry) {
      const query = build(db, placeholders as Params).compile();
      const slots = query.parameters.map((p) => (p instanceof Placeholder ? p.name : null));
      const missing = Object.keys(params).find((name) => !slots.includes(name));
      if (missing !== undefined) throw new Error(`prepared query: “${missing}” is not a parameter of ${query.sql}`);
      entry = { query, slots };
      compiled.set(dialect, entry);
      statementNames.set(query.sql, `tessera_${statementNames.size + 1}`);
    }
    const { query, slots } = entry;
    const parameters = slots.map((name, i) => (name === null ? query.parameters[i] : (params as Record<string, unknown>)[name]));
    return db.executeQuery({ ...query, parameters });
  };
}
