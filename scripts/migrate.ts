// Runs the database migrations (the service also runs them at start-up): npm run migrate
import { loadConfig } from '../src/config.js';
import { createKnex } from '../src/db/create-knex.js';
import { migrateLatest } from '../src/db/migrate.js';

const config = loadConfig();
const db = createKnex(config.DATABASE_URL);
try {
  await migrateLatest(db);
  process.stdout.write(`migrations are current on ${config.DATABASE_URL.replace(/\/\/[^@]*@/, '//***@')}\n`);
} finally {
  await db.destroy();
}
