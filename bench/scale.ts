// Read latency and resident memory on a database holding one customer, then on one holding 20,000
// accounts / 100,000 cards (the same customer among them): issue 11 wants them within 10 %.
//   npm run bench:scale [-- --accounts 20000 --cards-per-account 5 --requests 2000]
// SQLite files in a temporary directory, or a throwaway schema of BENCH_DATABASE_URL (postgres://…).
// The service runs as its own process (node --import tsx src/main.ts), with bench/scale-probe.mjs
// preloaded so that it can be told to collect garbage and report its RSS. measureScale() is what
// a combined bench table calls.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { TokenIssuer } from '../src/auth/token-issuer.js';
import { systemClock } from '../src/clock.js';
import { loadConfig } from '../src/config.js';
import { FieldCipher, keysFromConfig } from '../src/crypto/field-cipher.js';
import { createKnex } from '../src/db/create-knex.js';
import { migrateLatest } from '../src/db/migrate.js';
import { seedScale, type SeededAccount } from '../src/db/seed/seed-scale.js';
import { sleep, startService, type LaunchOptions, type ServiceProcess } from '../test/crash/service-process.js';
import { openThrowawayDatabase } from './lib/throwaway-database.js';
import { runLoad, type LoadResult } from './load.js';

export interface ScaleRow {
  name: string;
  empty: number;
  seeded: number;
  unit: string;
}

export interface ScaleOptions {
  /** postgres://… (a throwaway schema is made in it); a SQLite file in a temporary directory if unset. */
  databaseUrl?: string;
  accounts?: number;
  cardsPerAccount?: number;
  /** Requests per latency measurement (after a warm-up of a quarter as many). */
  requests?: number;
  concurrency?: number;
  log?: (line: string) => void;
  /** How the service is started (pinned, logging to a file; bench/table.ts), and environment on
   * top of the bench's own (e.g. LOG_LEVEL=info: the default here is warn). */
  launch?: LaunchOptions & { env?: Record<string, string> };
}

interface Measured {
  cards: LoadResult;
  searchEmail: LoadResult;
  searchLast4: LoadResult;
  rssMb: number;
  rssAfterGcMb: number;
  seedSeconds: number;
}

const probe = fileURLToPath(new URL('./scale-probe.mjs', import.meta.url));

export async function measureScale(options: ScaleOptions = {}): Promise<ScaleRow[]> {
  const accounts = options.accounts ?? 20_000;
  const log = options.log ?? (() => {});
  log('scale: empty database (one customer)');
  const empty = await measureOn(1, options);
  log(`scale: seeded database (${accounts} accounts)`);
  const seeded = await measureOn(accounts, options);
  log(`scale: seeding took ${seeded.seedSeconds.toFixed(1)} s`);
  const row = (name: string, pick: (m: Measured) => number, unit: string): ScaleRow => ({ name, empty: pick(empty), seeded: pick(seeded), unit });
  return [
    row('GET /v1/cards p50', (m) => m.cards.p50, 'ms'),
    row('GET /v1/cards p99', (m) => m.cards.p99, 'ms'),
    row('support search by email p50', (m) => m.searchEmail.p50, 'ms'),
    row('support search by email p99', (m) => m.searchEmail.p99, 'ms'),
    row('support search by last4 p50', (m) => m.searchLast4.p50, 'ms'),
    row('support search by last4 p99', (m) => m.searchLast4.p99, 'ms'),
    row('service RSS after the reads', (m) => m.rssMb, 'MB'),
    row('service RSS after a forced GC', (m) => m.rssAfterGcMb, 'MB'),
  ];
}

/** A database with `accounts` seeded customers (the measured one is the first, identical in both
 * runs: the seed is deterministic), the service on it, and the reads timed. */
async function measureOn(accounts: number, options: ScaleOptions): Promise<Measured> {
  const dir = mkdtempSync(join(tmpdir(), 'card-vault-scale-'));
  const database = await openThrowawayDatabase(dir, options.databaseUrl, 'cv_scale');
  let service: ServiceProcess | undefined;
  try {
    const config = loadConfig(process.env);
    const db = createKnex(database.url);
    let customer: SeededAccount;
    const started = Date.now();
    try {
      await migrateLatest(db);
      const result = await seedScale(db, { accounts, cardsPerAccount: options.cardsPerAccount ?? 5, cipher: new FieldCipher(keysFromConfig(config.DATA_ENCRYPTION_KEY), 'v1') });
      customer = result.samples[0]!;
    } finally {
      await db.destroy();
    }
    const seedSeconds = (Date.now() - started) / 1000;

    const probeFile = join(dir, 'probe.json');
    service = await startService({
      DATABASE_URL: database.url,
      LOG_LEVEL: 'warn',
      RATE_LIMIT_PUBLIC_PER_MINUTE: '1000000',
      RATE_LIMIT_PER_MINUTE: '1000000',
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --expose-gc --import ${probe}`.trim(),
      SCALE_PROBE_FILE: probeFile,
      ...options.launch?.env,
    }, undefined, options.launch);
    const issuer = new TokenIssuer({ secret: config.AUTH_JWT_SECRET, issuer: config.AUTH_ISSUER, audience: config.AUTH_AUDIENCE, ttlSeconds: 3600, clock: systemClock });
    const customerAuth = `Bearer ${await issuer.issue(customer.id, ['account'])}`;
    const supportAuth = `Bearer ${await issuer.issue('bench-agent', ['support'])}`;
    const url = service.url;
    const get = (path: string, auth: string) => async () => {
      const response = await fetch(`${url}${path}`, { headers: { authorization: auth } });
      await response.arrayBuffer();
      return response.status;
    };
    const requests = options.requests ?? 2000;
    const concurrency = options.concurrency ?? 10;
    const cards = get('/v1/cards', customerAuth);
    const byEmail = get(`/v1/support/accounts?email=${encodeURIComponent(customer.email)}`, supportAuth);
    const byLast4 = get(`/v1/support/accounts?last4=${customer.last4s[0]}`, supportAuth);
    // Warm-up: JIT, the connection pool, SQLite's page cache.
    for (const send of [cards, byEmail, byLast4]) await runLoad(Math.ceil(requests / 4), concurrency, send);
    const measured = {
      cards: expectOk('GET /v1/cards', await runLoad(requests, concurrency, cards)),
      // Each search also writes its audit event: fewer of them, fewer rows added to the log.
      searchEmail: expectOk('search by email', await runLoad(Math.ceil(requests / 4), concurrency, byEmail)),
      searchLast4: expectOk('search by last4', await runLoad(Math.ceil(requests / 4), concurrency, byLast4)),
    };
    const rssMb = rssMbOf(service);
    return { ...measured, rssMb, rssAfterGcMb: await rssMbAfterGc(service, probeFile), seedSeconds };
  } finally {
    await service?.stop();
    await database.drop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** VmRSS from /proc/<pid>/status, read from outside, so the reading itself changes nothing. */
function rssMbOf(service: ServiceProcess): number {
  return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${service.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
}

/** Has the probe (bench/scale-probe.mjs) collect garbage in the service and report VmRSS then. */
async function rssMbAfterGc(service: ServiceProcess, probeFile: string): Promise<number> {
  rmSync(probeFile, { force: true });
  process.kill(service.pid, 'SIGUSR2');
  for (let waited = 0; waited < 5000; waited += 50) {
    await sleep(50);
    let answer: { rssKb: number; collected: boolean };
    try {
      answer = JSON.parse(readFileSync(probeFile, 'utf8')) as { rssKb: number; collected: boolean };
    } catch {
      continue; // not written yet
    }
    if (!answer.collected) console.warn('scale: the service could not collect garbage (no --expose-gc)');
    return answer.rssKb / 1024;
  }
  throw new Error('the service did not answer the RSS probe');
}

function expectOk(name: string, result: LoadResult): LoadResult {
  if (Object.keys(result.statuses).some((status) => status !== '200')) console.warn(`${name}: statuses ${JSON.stringify(result.statuses)}`);
  return result;
}

export function printScale(rows: ScaleRow[]): void {
  const line = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(34) : cell.padStart(10))).join('');
  console.log(`\n${line(['scale', 'empty', 'seeded', 'unit', 'ratio'])}`);
  for (const row of rows) {
    const ratio = row.empty > 0 ? row.seeded / row.empty : NaN;
    console.log(line([row.name, row.empty.toFixed(row.unit === 'MB' ? 0 : 2), row.seeded.toFixed(row.unit === 'MB' ? 0 : 2), row.unit, `${ratio.toFixed(2)}${Math.abs(ratio - 1) <= 0.1 ? '' : ' !'}`]));
  }
  console.log('(ratio = seeded / empty; the target is within 10 %, "!" marks a row outside it)');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { values } = parseArgs({
    options: {
      accounts: { type: 'string', default: '20000' },
      'cards-per-account': { type: 'string', default: '5' },
      requests: { type: 'string', default: '2000' },
      concurrency: { type: 'string', default: '10' },
    },
  });
  const rows = await measureScale({
    databaseUrl: process.env.BENCH_DATABASE_URL,
    accounts: Number(values.accounts),
    cardsPerAccount: Number(values['cards-per-account']),
    requests: Number(values.requests),
    concurrency: Number(values.concurrency),
    log: (line) => console.log(line),
  });
  printScale(rows);
  console.log(`\ndatabase: ${process.env.BENCH_DATABASE_URL ? 'BENCH_DATABASE_URL (PostgreSQL)' : 'SQLite file'}; node ${process.version}`);
}
