import type { Knex } from 'knex';
import pg from 'pg';
import sqlite3 from 'sqlite3';
import { isPostgresUrl } from './create-knex.js';

/**
 * Runs the SELECTs made outside transactions (the GET paths', and a charge's before its
 * transactions: account with wallet, the simulator's lookups) outside knex's runner. Knex still
 * writes the SQL (`toSQL`), but its per-query machinery (pool acquire, promise chain, events) cost
 * more CPU than the query itself: on a 5-row card list, about 300 µs of CPU through knex against about 100 µs for
 * a prepared statement kept on a SQLite read connection (and 220 against 85 µs on PostgreSQL).
 * Only for reads outside transactions: what is read under the account lock goes through the
 * transaction, with knex.
 */
export interface Reads {
  all<Row = Record<string, unknown>>(query: Knex.QueryBuilder | Knex.Raw): Promise<Row[]>;
  close(): Promise<void>;
}

/** Reads run by knex on whatever the query was built on (`:memory:` tests, and the default). */
export const runOnKnex: Reads = {
  all: async (query) => {
    const result: unknown = await query;
    // A raw query answers with the driver's result on PostgreSQL: its rows are what `all` means.
    return (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as never;
  },
  close: async () => {},
};

// sqlite3 runs statements on libuv's thread pool (4 threads), which the one writer shares.
const SQLITE_READ_CONNECTIONS = 3;
// Statements are keyed by their SQL text; `whereIn` lists of every length make new texts, so the
// cache per connection is bounded (oldest out).
const STATEMENTS_PER_CONNECTION = 200;

/** SQLite file: read-only connections (WAL lets them read beside the writer), each keeping its
 * prepared statements. PostgreSQL: a pool of its own, so reads never wait behind a charge's
 * transaction for one of the writer's connections. `:memory:` (tests): the writer itself. */
export function createReads(databaseUrl: string): Reads {
  if (isPostgresUrl(databaseUrl)) return new PostgresReads(databaseUrl);
  const filename = databaseUrl.replace(/^sqlite:(\/\/)?/, '');
  // One private database per connection: the reads must run on the writer's own.
  if (filename === ':memory:') return runOnKnex;
  return new SqliteReads(filename);
}

class SqliteReads implements Reads {
  private readonly connections: Array<{ db: sqlite3.Database; statements: Map<string, Promise<sqlite3.Statement>>; running: number }>;

  constructor(filename: string) {
    this.connections = Array.from({ length: SQLITE_READ_CONNECTIONS }, () => ({
      db: new sqlite3.Database(filename, sqlite3.OPEN_READONLY),
      statements: new Map(),
      running: 0,
    }));
  }

  async all<Row>(query: Knex.QueryBuilder | Knex.Raw): Promise<Row[]> {
    const { sql, bindings } = query.toSQL().toNative();
    const connection = this.connections.reduce((idlest, next) => (next.running < idlest.running ? next : idlest));
    let prepared = connection.statements.get(sql);
    if (!prepared) {
      if (connection.statements.size >= STATEMENTS_PER_CONNECTION) {
        const [oldestSql, oldest] = connection.statements.entries().next().value!;
        connection.statements.delete(oldestSql);
        oldest.then((statement) => statement.finalize(), () => {});
      }
      // The constructor's callback hears a failed preparation: without one, sqlite3 makes it an
      // uncaught exception and never calls back the queries queued on the statement.
      prepared = new Promise<sqlite3.Statement>((resolve, reject) => {
        const statement: sqlite3.Statement = new (sqlite3.Statement as unknown as new (db: sqlite3.Database, sql: string, callback: (error: Error | null) => void) => sqlite3.Statement)(
          connection.db,
          sql,
          (error) => (error ? reject(error) : resolve(statement)),
        );
      });
      connection.statements.set(sql, prepared);
    }
    connection.running += 1;
    try {
      const statement = await prepared.catch((error: unknown) => {
        // One that failed to prepare would fail every time.
        if (connection.statements.get(sql) === prepared) connection.statements.delete(sql);
        throw error;
      });
      return await new Promise<Row[]>((resolve, reject) => {
        statement.all(bindings as unknown[], (error: Error | null, rows: Row[]) => (error ? reject(error) : resolve(rows)));
      });
    } finally {
      connection.running -= 1;
    }
  }

  async close(): Promise<void> {
    await Promise.all(
      this.connections.map(
        (connection) =>
          new Promise<void>((resolve) => {
            void Promise.allSettled(connection.statements.values()).then((prepared) => {
              for (const result of prepared) if (result.status === 'fulfilled') result.value.finalize();
              connection.db.close(() => resolve());
            });
          }),
      ),
    );
  }
}

class PostgresReads implements Reads {
  private readonly pool: pg.Pool;

  constructor(connectionString: string) {
    this.pool = new pg.Pool({ connectionString, max: 10 });
    // An idle connection that the server ends (a restart, a proxy's idle timeout) is an 'error'
    // event on the pool, which drops that client: unheard, the event would end the process.
    this.pool.on('error', () => {});
  }

  async all<Row>(query: Knex.QueryBuilder | Knex.Raw): Promise<Row[]> {
    const { sql, bindings } = query.toSQL().toNative();
    return (await this.pool.query(sql, bindings as unknown[])).rows as Row[];
  }

  close(): Promise<void> {
    return this.pool.end();
  }
}
