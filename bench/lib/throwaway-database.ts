import { join } from 'node:path';
import knex from 'knex';

export interface ThrowawayDatabase {
  /** DATABASE_URL for the service: a SQLite file, or postgres://… with its search_path set. */
  url: string;
  drop(): Promise<void>;
}

/** A SQLite file in `dir` when `base` is unset, otherwise a fresh schema in the PostgreSQL
 * database `base` (postgres://…), dropped afterwards: every bench run starts empty and leaves
 * nothing behind. */
export async function openThrowawayDatabase(dir: string, base: string | undefined, prefix = 'cv_bench'): Promise<ThrowawayDatabase> {
  if (!base) return { url: join(dir, 'card-vault.sqlite'), drop: async () => {} };
  const schema = `${prefix}_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
  const admin = knex({ client: 'pg', connection: base, pool: { min: 0, max: 1 } });
  await admin.raw('create schema ??', [schema]);
  const url = new URL(base);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    url: url.toString(),
    drop: async () => {
      await admin.raw('drop schema ?? cascade', [schema]);
      await admin.destroy();
    },
  };
}
