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

/**
 * The embedded gateway simulator's own connections on PostgreSQL (GATEWAY=simulator, main.ts):
 * it stands in for a remote system, so its bookkeeping (2 transactions per charge, 4 for a
 * fallback charge) does not take connections from the service's pool, where each charge's own
 * transactions wait for one, and its commits do not each wait for a WAL flush of their own: they
 * are asynchronous (synchronous_commit off, for its connections only). They
 * still survive the service's crash, the case the recovery paths are built and tested for (the
 * database keeps running and writes them out within wal_writer_delay); only a crash of the
 * database itself could lose the simulator's last ones, as a real gateway's state is not on
 * this database at all. Every one of the service's own commits stays synchronous. Undefined on
 * SQLite, which has one writer: the simulator shares it (and its group commit).
 */
export function createSimulatorKnex(databaseUrl: string): Knex | undefined {
  if (!isPostgresUrl(databaseUrl)) return undefined;
  return knex({
    client: 'pg',
    connection: databaseUrl,
    pool: {
      min: 0,
      max: 5,
      afterCreate: (conn: pg.Client, done: (err: Error | null, conn: pg.Client) => void) => {
        conn.query('SET synchronous_commit TO off').then(() => done(null, conn), (err: Error) => done(err, conn));
      },
    },
  });
}
