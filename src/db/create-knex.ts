import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import knex, { type Knex } from 'knex';
import pg from 'pg';
import { groupCommits } from './sqlite-group-commit.js';
import { SqliteKeptStatementsClient } from './sqlite-kept-statements.js';

// COUNT(*) and bigint columns come back from pg as strings; every count and amount we store fits
// comfortably in a double, so parse them as numbers to make both databases return the same types.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

export const isPostgresUrl = (url: string) => /^postgres(ql)?:\/\//.test(url);

type SqliteConnection = { run: (sql: string, cb: (err: Error | null) => void) => void };

/** Runs PRAGMAs one after the other on a new SQLite connection. */
const pragmas =
  (statements: string[]) =>
  (conn: SqliteConnection, done: (err: Error | null, conn: unknown) => void) => {
    const next = (index: number) => {
      if (index === statements.length) return done(null, conn);
      conn.run(statements[index]!, (err) => (err ? done(err, conn) : next(index + 1)));
    };
    next(0);
  };

const sqliteFilename = (databaseUrl: string) => databaseUrl.replace(/^sqlite:(\/\/)?/, '');

/** `DATABASE_URL` is either `postgres://…` or a SQLite file path (`sqlite:` prefix optional);
 * `:memory:` gives a private in-memory database (tests). */
export function createKnex(databaseUrl: string): Knex {
  if (isPostgresUrl(databaseUrl)) {
    return knex({ client: 'pg', connection: databaseUrl, pool: { min: 0, max: 10 } });
  }
  const filename = sqliteFilename(databaseUrl);
  if (filename !== ':memory:') mkdirSync(dirname(resolve(filename)), { recursive: true });
  const db = knex({
    client: SqliteKeptStatementsClient as unknown as typeof Knex.Client,
    connection: { filename },
    useNullAsDefault: true,
    // SQLite allows one writer at a time; one connection serializes transactions instead of
    // failing them with SQLITE_BUSY, and keeps `:memory:` databases to a single instance.
    // synchronous stays FULL (SQLite's default): every commit is on disk before it is answered.
    pool: { min: 1, max: 1, afterCreate: pragmas(['PRAGMA foreign_keys = ON', 'PRAGMA journal_mode = WAL', 'PRAGMA synchronous = FULL']) },
  });
  // One writer: each commit costs it an fsync and its own statements, so transactions that wait share one.
  return groupCommits(db);
}
