import type { Knex } from 'knex';
import type { FieldCipher } from '../../src/crypto/field-cipher.js';
import { seedAccount, type SeededAccount } from './seed-account.js';
import { COUNTRIES, DAY, generator, pad, SEEDED_TABLES, SliceRows, type Row } from './seed-rows.js';

export type { SeededAccount } from './seed-account.js';

/**
 * Fills a migrated database with active customers as the service itself would have left them: every
 * account onboarded (codes consumed, messages sent), a gateway customer, N verified cards (each with
 * its history entry and released verification hold, one default, positions 0…N-1), charges with
 * their attempts (some paid on a later card, some failed on every card), top-ups, and a ledger
 * whose `seq` and `balance_after` run without gaps. For scale checks (issue 11): query plans, read
 * latency and memory at 20,000 accounts / 100,000 cards.
 *
 * Rows go in as batched multi-row INSERTs, one transaction per slice of accounts. The data is drawn
 * from a seeded generator, so two runs with the same `seed` give the same rows (ids included): seed
 * an empty database, or give another `seed` (emails and ids then differ).
 */
export interface SeedScaleOptions {
  accounts: number;
  cardsPerAccount: number;
  /** Generator seed; also keeps emails apart between seedings of one database. */
  seed?: number;
  /** The field cipher of the service that will read the data (Chilean cards carry an encrypted RUT). */
  cipher: FieldCipher;
  /** The newest account is created this long before `now`; older ones spread over two years. */
  now?: Date;
  /** Runs ANALYZE at the end (default; VACUUM ANALYZE on PostgreSQL), as PostgreSQL's autovacuum
   * soon would: a database at rest, not one autovacuum is still working through while a benchmark
   * reads it. Nothing analyzes a SQLite database in production, so a test may want the planner
   * without statistics too. */
  analyze?: boolean;
  /** Accounts per transaction. */
  slice?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface SeedScaleResult {
  accounts: number;
  rows: Record<string, number>;
  milliseconds: number;
  /** A few seeded accounts with what support can find them by. */
  samples: SeededAccount[];
}

export async function seedScale(db: Knex, options: SeedScaleOptions): Promise<SeedScaleResult> {
  const started = Date.now();
  const seed = options.seed ?? 1;
  const random = generator(seed * 7919 + 17);
  const now = options.now ?? new Date();
  const slice = options.slice ?? 1000;
  const isPostgres = db.client.config.client === 'pg';
  const counts: Record<string, number> = {};
  const samples: SeededAccount[] = [];
  const topupNumbers = new Set<string>();
  const emailTag = seed === 1 ? '' : `.s${seed}`;
  const weights = COUNTRIES.flatMap((entry) => Array.from({ length: entry.weight }, () => entry));
  const firstCreated = now.getTime() - 730 * DAY;
  const spacing = (730 * DAY - DAY) / Math.max(1, options.accounts);
  const newTopupNumber = () => {
    for (;;) {
      const number = `TU-${pad(random.int(1e10), 10)}`;
      if (!topupNumbers.has(number)) return topupNumbers.add(number), number;
    }
  };

  /** The rows of accounts from…to. Yields to the event loop now and then, so that the previous
   * slice's INSERTs (run by the driver off the main thread) keep going meanwhile. */
  const generate = async (from: number, to: number): Promise<SliceRows> => {
    const rows = new SliceRows();
    for (let index = from; index < to; index += 1) {
      if (index % 25 === 0) await new Promise((resolve) => setImmediate(resolve));
      const created = new Date(firstCreated + index * spacing + random.int(3_600_000));
      const account = seedAccount(rows, { index, random, cipher: options.cipher, created, now, country: random.pick(weights), cardsPerAccount: options.cardsPerAccount, emailTag, newTopupNumber });
      if (index < 5 || index % Math.max(1, Math.floor(options.accounts / 5)) === 0) samples.push(account);
    }
    return rows;
  };

  const write = (rows: SliceRows, done: number) =>
    db
      .transaction(async (trx) => {
        const [before] = await trx('support_audit_events').max({ last: 'seq' });
        for (const [table, tableRows] of rows.tables) {
          if (tableRows.length === 0) continue;
          for (let at = 0; at < tableRows.length; at += ROWS_PER_INSERT) await trx.raw(insertStatement(table, tableRows.slice(at, at + ROWS_PER_INSERT), isPostgres));
          counts[table] = (counts[table] ?? 0) + tableRows.length;
        }
        // The audit's per-account index rows name the sequence numbers the database just gave the
        // events (each seeded event is about one account: its JSON list holds one 25-character id).
        await trx.raw(
          'insert into support_audit_event_accounts (event_seq, account_id) select seq, substr(account_ids, 3, 25) from support_audit_events where seq > ?',
          [Number(before?.last ?? 0)],
        );
      })
      .then(() => options.onProgress?.(done, options.accounts));

  // Random ids put every insert on a random index page: with SQLite's default 2 MB page cache the
  // seed spends much of its time re-reading pages from the OS. A larger cache on this connection,
  // for the seed only (restored after), cuts that.
  const cacheSize = isPostgres ? undefined : Number(Object.values((await db.raw('pragma cache_size'))[0] as object)[0]);
  if (!isPostgres) await db.raw('pragma cache_size = -262144');
  try {
    // One slice is written while the next is generated.
    let writing: Promise<void> | undefined;
    try {
      for (let from = 0; from < options.accounts; from += slice) {
        const to = Math.min(options.accounts, from + slice);
        const rows = await generate(from, to);
        await writing;
        writing = write(rows, to);
        // Awaited before the next slice (or in the finally); until then a failure must not count as
        // an unhandled rejection.
        writing.catch(() => {});
      }
    } finally {
      await writing;
    }
  } finally {
    if (cacheSize !== undefined) await db.raw(`pragma cache_size = ${cacheSize}`);
  }
  // Fresh statistics, so the planner sees the tables at their new size; on PostgreSQL the vacuum
  // too (visibility map, hint bits) that autovacuum would otherwise run after a bulk insert. Only
  // the tables seeded: a bare VACUUM would visit every schema of the database.
  if (options.analyze !== false) await db.raw(isPostgres ? `vacuum (analyze) ${[...SEEDED_TABLES, 'support_audit_event_accounts'].join(', ')}` : 'analyze');
  return { accounts: options.accounts, rows: counts, milliseconds: Date.now() - started, samples };
}

// Measured on SQLite: knex's query builder and sqlite3's parameter binding cost more than SQLite's
// own work, so the seed writes plain multi-row INSERTs with the values inlined as literals (all of
// them generated here: strings are quoted, nothing comes from outside). 500 rows a statement.
const ROWS_PER_INSERT = 500;

function insertStatement(table: string, rows: Row[], isPostgres: boolean): string {
  const columns = Object.keys(rows[0]!);
  const literal = (value: Row[string]): string => {
    if (value === null) return 'null';
    if (typeof value === 'number') return String(value);
    if (typeof value === 'boolean') return isPostgres ? String(value) : value ? '1' : '0';
    return `'${value.replaceAll("'", "''")}'`;
  };
  const values = rows.map((row) => `(${columns.map((column) => literal(row[column]!)).join(',')})`);
  return `insert into ${table} (${columns.map((column) => `"${column}"`).join(',')}) values ${values.join(',\n')}`;
}
