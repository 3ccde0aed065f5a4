// Fills a database with active customers for scale checks (issue 11): migrates it, then seeds.
//   npm run seed:scale [-- --accounts 20000 --cards-per-account 5 --seed 1 --database data/scale.sqlite]
// The database is DATABASE_URL (a SQLite file or postgres://…) unless --database names another.
// Seed an empty database, or pass another --seed: the same seed gives the same ids and emails.
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.js';
import { FieldCipher, keysFromConfig } from '../src/crypto/field-cipher.js';
import { createKnex } from '../src/db/create-knex.js';
import { migrateLatest } from '../src/db/migrate.js';
import { seedScale } from '../bench/seed/seed-scale.js';

const { values } = parseArgs({
  options: {
    accounts: { type: 'string', default: '20000' },
    'cards-per-account': { type: 'string', default: '5' },
    seed: { type: 'string', default: '1' },
    database: { type: 'string' },
  },
});
const config = loadConfig(values.database ? { ...process.env, DATABASE_URL: values.database } : process.env);
const db = createKnex(config.DATABASE_URL);
try {
  await migrateLatest(db);
  const result = await seedScale(db, {
    accounts: Number(values.accounts),
    cardsPerAccount: Number(values['cards-per-account']),
    seed: Number(values.seed),
    cipher: new FieldCipher(keysFromConfig(config.DATA_ENCRYPTION_KEY), 'v1'),
    onProgress: (done, total) => process.stderr.write(`\r${done}/${total} accounts`),
  });
  process.stderr.write('\n');
  const where = config.DATABASE_URL.replace(/\/\/[^@]*@/, '//***@');
  process.stdout.write(`seeded ${result.accounts} accounts into ${where} in ${(result.milliseconds / 1000).toFixed(1)} s\n`);
  for (const [table, count] of Object.entries(result.rows)) process.stdout.write(`  ${table.padEnd(28)} ${count}\n`);
  const sample = result.samples[0];
  if (sample) process.stdout.write(`e.g. ${sample.id} ${sample.email} ${sample.mobile} cards ending ${sample.quotedCards.map((card) => card.last4).join(', ')}\n`);
} finally {
  await db.destroy();
}
