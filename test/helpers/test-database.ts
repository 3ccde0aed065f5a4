import type { Knex } from 'knex';
import { createKnex } from '../../src/db/create-knex.js';
import { migrateLatest } from '../../src/db/migrate.js';

/** A fresh, migrated in-memory SQLite database: tests stay apart through their own database. */
export async function createTestDatabase(): Promise<Knex> {
  const db = createKnex(':memory:');
  await migrateLatest(db);
  return db;
}
