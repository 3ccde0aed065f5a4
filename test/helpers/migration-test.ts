import { fileURLToPath } from 'node:url';
import type { Knex } from 'knex';
import { createKnex } from '../../src/db/create-knex.js';
import { migrateLatest } from '../../src/db/migrate.js';
import { createPostgresSchema } from './postgres-schema.js';

const MIGRATIONS: Knex.MigratorConfig = { directory: fileURLToPath(new URL('../../db/migrations', import.meta.url)), loadExtensions: ['.ts'], tableName: 'knex_migrations' };

export interface MigratedDatabase {
  /** The database, once the suite's first `before` has run. */
  readonly db: Knex;
  /** Takes the migration back. */
  down(): Promise<void>;
  /** Runs the migration again. */
  up(): Promise<void>;
}

/**
 * The opening and closing every migration suite shares, registered in the calling `describe`: a
 * database (SQLite in memory, or a throwaway PostgreSQL schema) at the latest release, taken back to
 * just before `migration`, given rows in the older shape by `olderRows`, and migrated up again; it
 * is dropped after the suite. On PostgreSQL without TEST_DATABASE_URL the suite skips, with a note.
 */
export function aroundMigration(database: 'SQLite' | 'PostgreSQL', migration: string, olderRows: (db: Knex) => Promise<void>): MigratedDatabase {
  let opened: Knex | undefined;
  let schema: Awaited<ReturnType<typeof createPostgresSchema>>;
  const migrated: MigratedDatabase = {
    get db() {
      if (!opened) throw new Error('the migration suite has not opened its database yet');
      return opened;
    },
    down: async () => void (await migrated.db.migrate.down({ ...MIGRATIONS, name: migration })),
    up: async () => void (await migrated.db.migrate.up({ ...MIGRATIONS, name: migration })),
  };
  before(async function () {
    if (database === 'PostgreSQL') {
      schema = await createPostgresSchema();
      if (!schema) {
        console.log('    note: TEST_DATABASE_URL is not set; the PostgreSQL migration test is skipped');
        this.skip();
      }
    }
    opened = createKnex(schema?.url ?? ':memory:');
    await migrateLatest(opened);
    await migrated.down();
    await olderRows(opened);
    await migrated.up();
  });
  after(async () => {
    await opened?.destroy();
    await schema?.drop();
  });
  return migrated;
}
