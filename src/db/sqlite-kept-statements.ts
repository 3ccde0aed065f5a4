import { createRequire } from 'node:module';
import type { Knex } from 'knex';
import sqlite3 from 'sqlite3';

// knex's own SQLite client, to extend: the package exports no path to it.
const Client_SQLite3 = createRequire(import.meta.url)('knex/lib/dialects/sqlite3/index.js') as new (config: Knex.Config) => Knex.Client;

type Statement = {
  all(bindings: unknown[], callback: (this: unknown, error: Error | null, rows: unknown) => void): void;
  run(bindings: unknown[], callback: (this: unknown, error: Error | null) => void): void;
  finalize(): void;
};
type Connection = sqlite3.Database;
// The constructor's callback hears how the preparation went. Without one, sqlite3 reports a failed
// preparation (no such table or column, too many variables) as an 'error' event, an uncaught
// exception, and never calls back the queries queued on the statement.
const StatementWithCallback = sqlite3.Statement as unknown as new (db: Connection, sql: string, callback: (error: Error | null) => void) => Statement;
type CompiledQuery = { sql: string; bindings: unknown[]; method?: string; returning?: unknown; response?: unknown; context?: unknown };

// Queries the builder writes (DDL and raw SQL are prepared afresh, as knex does).
const KEPT_METHODS = new Set(['select', 'first', 'pluck', 'insert', 'update', 'del', 'counter']);
// `whereIn` lists of every length make new texts: the cache per connection is bounded.
const STATEMENTS_PER_CONNECTION = 300;

// Per connection, not per client: knex runs a transaction's queries through a copy of the client.
const kept = new WeakMap<Connection, Map<string, Promise<Statement>>>();

/**
 * knex's SQLite client, keeping each connection's prepared statements: knex (through sqlite3's
 * `Database#all`/`#run`) prepares every query again, which costs more than running it on the
 * small statements of the charge path. Statements always run to the end (`all`, `run`), so none
 * holds a read snapshot or a lock between queries.
 */
export class SqliteKeptStatementsClient extends Client_SQLite3 {
  _query(connection: Connection, obj: CompiledQuery): Promise<CompiledQuery> {
    if (!obj.method || !KEPT_METHODS.has(obj.method)) return (Client_SQLite3.prototype as unknown as { _query: (c: Connection, o: CompiledQuery) => Promise<CompiledQuery> })._query.call(this, connection, obj);
    const runs = (obj.method === 'insert' || obj.method === 'update' ? !obj.returning : obj.method === 'del' || obj.method === 'counter');
    return this.statement(connection, obj.sql)
      .then(
        (statement) =>
          new Promise<CompiledQuery>((resolve, reject) => {
            const done = function (this: unknown, error: Error | null, rows?: unknown) {
              if (error) return reject(error);
              obj.response = rows;
              // knex reads `lastID` and `changes` from the statement.
              obj.context = this;
              resolve(obj);
            };
            if (runs) statement.run(obj.bindings ?? [], done);
            else statement.all(obj.bindings ?? [], done);
          }),
      )
      .catch((error: unknown) => {
        // A statement that failed to prepare would fail every time: forget it.
        this.forget(connection, obj.sql);
        throw error;
      });
  }

  private statement(connection: Connection, sql: string): Promise<Statement> {
    let statements = kept.get(connection);
    if (!statements) kept.set(connection, (statements = new Map()));
    const found = statements.get(sql);
    if (found) return found;
    if (statements.size >= STATEMENTS_PER_CONNECTION) this.forget(connection, statements.keys().next().value!);
    const prepared = new Promise<Statement>((resolve, reject) => {
      const statement = new StatementWithCallback(connection, sql, (error) => (error ? reject(error) : resolve(statement)));
    });
    statements.set(sql, prepared);
    return prepared;
  }

  private forget(connection: Connection, sql: string): void {
    const statements = kept.get(connection);
    const prepared = statements?.get(sql);
    if (!prepared) return;
    statements!.delete(sql);
    // A statement that failed to prepare is finalized by sqlite3 itself.
    prepared.then((statement) => statement.finalize(), () => {});
  }
}
