import { fileURLToPath } from 'node:url';
import type { Knex } from 'knex';

const migrationsDirectory = fileURLToPath(new URL('../../db/migrations', import.meta.url));

const migrationConfig: Knex.MigratorConfig = {
  directory: migrationsDirectory,
  // The knex CLI cannot load a TypeScript knexfile under ESM, so migrations always run from code.
  loadExtensions: ['.ts'],
  tableName: 'knex_migrations',
};

export async function migrateLatest(db: Knex): Promise<void> {
  await db.migrate.latest(migrationConfig);
}

/** True when every migration file has been applied (used by /readyz). */
export async function migrationsAreCurrent(db: Knex): Promise<boolean> {
  const [, pending] = (await db.migrate.list(migrationConfig)) as [unknown[], unknown[]];
  return pending.length === 0;
}
