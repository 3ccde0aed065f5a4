import { fileURLToPath } from 'node:url';
import type { Knex } from 'knex';

const migrationsDirectory = fileURLToPath(new URL('../../db/migrations', import.meta.url));

const migrationConfig: Knex.MigratorConfig = {
  directory: migrationsDirectory,
  // The knex CLI cannot load a TypeScript knexfile under ESM, so migrations always run from code.
  loadExtensions: ['.ts'],
  tableName: 'knex_migrations',
};

// A database migrated by a newer release has rows this release has no file for. knex calls that
// "corrupt" and refuses; during a rollout it is normal (migrations are additive, see the README),
// so an older instance still starts and stays ready.
const listConfig: Knex.MigratorConfig = { ...migrationConfig, disableMigrationsListValidation: true };

/** Runs pending migrations. With none pending it takes no lock, so instances starting together on
 * a migrated database do not trip over knex's migration lock. */
export async function migrateLatest(db: Knex): Promise<void> {
  if (await migrationsAreCurrent(db)) return;
  await db.migrate.latest(migrationConfig);
}

/** True when every migration file of this release has been applied (used by /readyz). */
export async function migrationsAreCurrent(db: Knex): Promise<boolean> {
  const [, pending] = (await db.migrate.list(listConfig)) as [unknown[], unknown[]];
  return pending.length === 0;
}
