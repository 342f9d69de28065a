import type SqliteDatabase from 'better-sqlite3';
import {
  CompiledQuery,
  SelectQueryNode,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type Kysely,
  type QueryCompiler,
  type QueryResult,
} from 'kysely';

/**
 * SQLite with group commit.
 *
 * A commit in WAL mode with `synchronous = FULL` waits for the disk (an fsync), and better-sqlite3
 * waits on the main thread: one commit per save would cost every request that wait. Here the
 * writes that arrive while one turn of the event loop runs share a transaction: the first opens
 * it, each runs at once (so its result — rows changed, a stale revision — is known exactly), and
 * one COMMIT at the end of the turn makes them all durable together. Nobody hears of a write, or
 * of anything read after it, before that commit: the answers of every statement run while the
 * group is open are handed out only once it is committed, and all of them fail if it fails.
 *
 * Kysely's transactions (`db.transaction()`) take the database for themselves: they wait until
 * the open group is committed and the queries in flight are answered, and hold off new ones
 * until they end.
 */
export class GroupCommitSqliteDialect implements Dialect {
  constructor(private readonly sqlite: SqliteDatabase.Database) {}

  createAdapter() {
    return new SharedConnectionAdapter();
  }

  createDriver(): Driver {
    return new GroupCommitDriver(this.sqlite);
  }

  createQueryCompiler(): QueryCompiler {
    return new SqliteQueryCompiler();
  }

  createIntrospector(db: Kysely<unknown>) {
    return new SqliteIntrospector(db);
  }
}

/** The driver shares its one connection itself (below); Kysely must not queue every query behind the previous one. */
class SharedConnectionAdapter extends SqliteAdapter {
  override get supportsMultipleConnections(): boolean {
    return true;
  }
}

const STATEMENT_CACHE_SIZE = 500;

interface Waiter {
  resolve: () => void;
  reject: (error: unknown) => void;
}

class GroupCommitDriver implements Driver {
  private readonly statements = new Map<string, SqliteDatabase.Statement>();
  /** The waiters of the group of writes whose COMMIT is due at the end of this turn; null when none is open. */
  private group: Waiter[] | null = null;
  /** Queries acquired and not yet answered (their answers may wait for the group's commit). */
  private inFlight = 0;
  /** The connection of the transaction that holds the database ('claimed': one is about to begin). */
  private holder: Connection | 'claimed' | null = null;
  /** Transactions waiting to start, then queries waiting for them to end. */
  private readonly queue: { transaction: boolean; wake: () => void }[] = [];

  constructor(private readonly sqlite: SqliteDatabase.Database) {}

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    if (this.holder || this.queue.length > 0) await new Promise<void>((wake) => this.queue.push({ transaction: false, wake }));
    this.inFlight++;
    return new Connection(this);
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    if (this.holder === connection) this.holder = null;
    else this.inFlight--;
    this.wakeWaiters();
  }

  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    // The connection was acquired as a query; it now waits to hold the database alone.
    this.inFlight--;
    if (this.holder || this.inFlight > 0 || this.queue.length > 0) {
      const turn = new Promise<void>((wake) => this.queue.push({ transaction: true, wake }));
      // This connection is no longer in flight: a transaction that waited for it may begin now.
      this.wakeWaiters();
      await turn;
    }
    this.holder = connection as Connection;
    this.commitGroup();
    this.run('begin immediate');
  }

  async commitTransaction(): Promise<void> {
    this.run('commit');
  }

  async rollbackTransaction(): Promise<void> {
    if (this.sqlite.inTransaction) this.run('rollback');
  }

  async destroy(): Promise<void> {
    this.commitGroup();
    this.sqlite.close();
  }

  /** Runs one statement for `connection`; a query outside a transaction is answered when its group commits. */
  execute(connection: Connection, { sql, parameters }: CompiledQuery): Promise<QueryResult<unknown>> | QueryResult<unknown> {
    const statement = this.prepare(sql);
    if (this.holder === connection) return runStatement(statement, parameters);
    if (!statement.reader && this.group === null) this.openGroup();
    let result: QueryResult<unknown>;
    try {
      result = runStatement(statement, parameters);
    } catch (error) {
      // Most failures undo only their own statement; some (a full disk, say) end the transaction.
      if (this.group !== null && !this.sqlite.inTransaction) this.failGroup(error);
      throw error;
    }
    const group = this.group;
    if (group === null) return result;
    return new Promise((resolve, reject) => group.push({ resolve: () => resolve(result), reject }));
  }

  iterate(sql: string, parameters: readonly unknown[]): IterableIterator<unknown> {
    return this.prepare(sql).iterate(parameters);
  }

  private openGroup(): void {
    this.run('begin immediate');
    this.group = [];
    setImmediate(() => this.commitGroup());
  }

  private commitGroup(): void {
    const group = this.group;
    if (group === null) return;
    try {
      this.run('commit');
    } catch (error) {
      if (this.sqlite.inTransaction) this.run('rollback');
      this.failGroup(error);
      return;
    }
    this.group = null;
    for (const waiter of group) waiter.resolve();
  }

  private failGroup(error: unknown): void {
    const group = this.group ?? [];
    this.group = null;
    for (const waiter of group) waiter.reject(error);
  }

  private wakeWaiters(): void {
    while (this.queue.length > 0 && this.holder === null) {
      const next = this.queue[0]!;
      if (next.transaction) {
        if (this.inFlight > 0) return;
        this.queue.shift();
        // Claimed now, so that the queries woken after it wait for it.
        this.holder = 'claimed';
        next.wake();
        return;
      }
      this.queue.shift();
      next.wake();
    }
  }

  private run(sql: string): void {
    this.prepare(sql).run();
  }

  /**
   * Kysely prepares every query anew; preparing costs as much as running a small one. The same
   * SQL (parameters apart) comes back on every request, so prepared statements are kept, the
   * least recently used dropped first.
   */
  private prepare(sql: string): SqliteDatabase.Statement {
    let statement = this.statements.get(sql);
    if (statement) this.statements.delete(sql);
    else {
      statement = this.sqlite.prepare(sql);
      if (this.statements.size >= STATEMENT_CACHE_SIZE) this.statements.delete(this.statements.keys().next().value!);
    }
    this.statements.set(sql, statement);
    return statement;
  }
}

function runStatement(statement: SqliteDatabase.Statement, parameters: readonly unknown[]): QueryResult<unknown> {
  if (statement.reader) return { rows: statement.all(parameters) };
  const { changes, lastInsertRowid } = statement.run(parameters);
  return { insertId: BigInt(lastInsertRowid), numAffectedRows: BigInt(changes), rows: [] };
}

class Connection implements DatabaseConnection {
  constructor(private readonly driver: GroupCommitDriver) {}

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    return (await this.driver.execute(this, query)) as QueryResult<R>;
  }

  async *streamQuery<R>(query: CompiledQuery): AsyncIterableIterator<QueryResult<R>> {
    if (!SelectQueryNode.is(query.query)) throw new Error('Only SELECT queries can be streamed.');
    for (const row of this.driver.iterate(query.sql, query.parameters)) yield { rows: [row as R] };
  }
}
