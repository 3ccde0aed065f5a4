import { join } from 'node:path';
import { createThrowawaySchema } from '../../test/helpers/postgres-schema.js';

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
  return createThrowawaySchema(base, prefix);
}
