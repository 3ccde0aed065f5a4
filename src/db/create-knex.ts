import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import knex, { type Knex } from 'knex';
import pg from 'pg';

// COUNT(*) and bigint columns come back from pg as strings; every count and amount we store fits
// comfortably in a double, so parse them as numbers to make both databases return the same types.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

export const isPostgresUrl = (url: string) => /^postgres(ql)?:\/\//.test(url);

/** `DATABASE_URL` is either `postgres://…` or a SQLite file path (`sqlite:` prefix optional);
 * `:memory:` gives a private in-memory database (tests). */
export function createKnex(databaseUrl: string): Knex {
  if (isPostgresUrl(databaseUrl)) {
    return knex({ client: 'pg', connection: databaseUrl, pool: { min: 0, max: 10 } });
  }
  const filename = databaseUrl.replace(/^sqlite:(\/\/)?/, '');
  if (filename !== ':memory:') mkdirSync(dirname(resolve(filename)), { recursive: true });
  return knex({
    client: 'sqlite3',
    connection: { filename },
    useNullAsDefault: true,
    // SQLite allows one writer at a time; one connection serializes transactions instead of
    // failing them with SQLITE_BUSY, and keeps `:memory:` databases to a single instance.
    pool: {
      min: 1,
      max: 1,
      afterCreate: (conn: { run: (sql: string, cb: (err: Error | null) => void) => void }, done: (err: Error | null, conn: unknown) => void) => {
        conn.run('PRAGMA foreign_keys = ON', (err) => {
          if (err) return done(err, conn);
          conn.run('PRAGMA journal_mode = WAL', (err2) => done(err2, conn));
        });
      },
    },
  });
}
