import knex, { type Knex } from 'knex';

/** PostgreSQL tests run in a throwaway schema of `TEST_DATABASE_URL`, so runs never collide and
 * leave nothing behind. Returns undefined (and the suite skips) when the variable is unset. */
export async function createPostgresSchema(): Promise<{ url: string; drop(): Promise<void> } | undefined> {
  const base = process.env.TEST_DATABASE_URL;
  return base ? createThrowawaySchema(base, 'cv_test') : undefined;
}

/** A fresh schema in the PostgreSQL database `base`: its URL (search_path set) and how to drop it.
 * The tests' schemas and the benches' come from here. */
export async function createThrowawaySchema(base: string, prefix: string): Promise<{ url: string; drop(): Promise<void> }> {
  const schema = `${prefix}_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
  const admin: Knex = knex({ client: 'pg', connection: base, pool: { min: 0, max: 1 } });
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
