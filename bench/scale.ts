// Read latency and resident memory on a database holding one customer, then on one holding 20,000
// accounts / 100,000 cards (the same customer among them): issue 11 wants them within 10 %.
//   npm run bench:scale [-- --accounts 20000 --cards-per-account 5 --requests 2000 --rounds 10]
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
import { seedScale, type SeededAccount } from './seed/seed-scale.js';
import { sleep, startService, type LaunchOptions, type ServiceProcess } from '../test/crash/service-process.js';
import { openThrowawayDatabase } from './lib/throwaway-database.js';
import { percentileOf, runLoad, type LoadResult } from './load.js';

export interface ScaleRow {
  name: string;
  empty: number;
  seeded: number;
  unit: string;
  /** Latency rows: half the 95 % interval of seeded / empty over the interleaved rounds (each
   * round's two readings taken back to back), so a reader sees whether a 10 % gap is resolved. */
  spread?: number;
}

export interface ScaleOptions {
  /** postgres://… (a throwaway schema is made in it); a SQLite file in a temporary directory if unset. */
  databaseUrl?: string;
  accounts?: number;
  cardsPerAccount?: number;
  /** GET /v1/cards requests per round and database (a quarter as many per search; the same again,
   * once, to warm up). */
  requests?: number;
  /** Rounds, each reading the empty and the seeded database back to back (the order alternating
   * from round to round), so that whatever else the machine does hits both alike. */
  rounds?: number;
  concurrency?: number;
  log?: (line: string) => void;
  /** How the service is started (pinned, logging to a file; bench/table.ts), and environment on
   * top of the bench's own (e.g. LOG_LEVEL=info: the default here is warn). */
  launch?: LaunchOptions & { env?: Record<string, string> };
}

const READINGS = [
  { key: 'cards', name: 'GET /v1/cards', share: 1 },
  { key: 'searchEmail', name: 'support search by email', share: 1 / 4 },
  // The card as a customer quotes it: by its last 4 digits alone the search would answer about ten
  // seeded accounts against the empty database's one, and measure the longer answer (and its ten
  // audit rows) rather than the lookup.
  { key: 'searchCard', name: 'support search by last4 + expiry', share: 1 / 4 },
] as const;
type Reading = (typeof READINGS)[number]['key'];

/** A database with `accounts` seeded customers and the service running on it. */
interface Side {
  service: ServiceProcess;
  probeFile: string;
  send: Record<Reading, () => Promise<number>>;
  seedSeconds: number;
  close(): Promise<void>;
}

const probe = fileURLToPath(new URL('./scale-probe.mjs', import.meta.url));

/**
 * Both databases are prepared and both services run at once; then `rounds` rounds each read the
 * empty and the seeded one back to back. A 5 ms p50 read once per database moves by more than
 * 10 % with whatever else runs on the machine in that minute; paired, interleaved readings cancel
 * that drift, and their spread says how small a difference the run can tell (ScaleRow.spread).
 */
export async function measureScale(options: ScaleOptions = {}): Promise<ScaleRow[]> {
  const accounts = options.accounts ?? 20_000;
  const rounds = options.rounds ?? 10;
  const requests = options.requests ?? 2000;
  const concurrency = options.concurrency ?? 10;
  const log = options.log ?? (() => {});
  log('scale: empty database (one customer)');
  const empty = await prepare(1, options);
  try {
    log(`scale: seeded database (${accounts} accounts)`);
    const seeded = await prepare(accounts, options);
    try {
      log(`scale: seeding took ${seeded.seedSeconds.toFixed(1)} s; ${rounds} rounds of ${requests} reads per database, interleaved`);
      const count = (share: number) => Math.max(1, Math.ceil(requests * share));
      // Warm-up: JIT, the connection pool, SQLite's page cache.
      for (const side of [empty, seeded]) for (const reading of READINGS) await runLoad(count(reading.share), concurrency, side.send[reading.key]);
      const results = { empty: new Map<Reading, LoadResult[]>(), seeded: new Map<Reading, LoadResult[]>() };
      for (let round = 0; round < rounds; round += 1) {
        for (const reading of READINGS) {
          const order = round % 2 === 0 ? (['empty', 'seeded'] as const) : (['seeded', 'empty'] as const);
          for (const which of order) {
            const side = which === 'empty' ? empty : seeded;
            const result = expectOk(`${reading.name} (${which})`, await runLoad(count(reading.share), concurrency, side.send[reading.key]));
            results[which].set(reading.key, [...(results[which].get(reading.key) ?? []), result]);
          }
        }
      }
      const rows: ScaleRow[] = [];
      for (const reading of READINGS) {
        const emptyRuns = results.empty.get(reading.key)!;
        const seededRuns = results.seeded.get(reading.key)!;
        for (const p of [50, 99] as const) {
          const pick = (result: LoadResult) => (p === 50 ? result.p50 : result.p99);
          rows.push({
            name: `${reading.name} p${p}`,
            empty: pooledPercentile(emptyRuns, p),
            seeded: pooledPercentile(seededRuns, p),
            unit: 'ms',
            spread: halfInterval95(seededRuns.map((run, index) => pick(run) / pick(emptyRuns[index]!))),
          });
        }
      }
      rows.push({ name: 'service RSS after the reads', empty: rssMbOf(empty.service), seeded: rssMbOf(seeded.service), unit: 'MB' });
      rows.push({ name: 'service RSS after a forced GC', empty: await rssMbAfterGc(empty.service, empty.probeFile), seeded: await rssMbAfterGc(seeded.service, seeded.probeFile), unit: 'MB' });
      return rows;
    } finally {
      await seeded.close();
    }
  } finally {
    await empty.close();
  }
}

/** The percentile over every request of every round. */
function pooledPercentile(runs: LoadResult[], p: number): number {
  return percentileOf(runs.flatMap((run) => run.latencies).sort((a, b) => a - b), p);
}

/** Half the width of the 95 % confidence interval of the mean of `ratios` (Student's t). */
export function halfInterval95(ratios: number[]): number {
  const n = ratios.length;
  if (n < 2) return Number.POSITIVE_INFINITY;
  const mean = ratios.reduce((sum, ratio) => sum + ratio, 0) / n;
  const variance = ratios.reduce((sum, ratio) => sum + (ratio - mean) ** 2, 0) / (n - 1);
  const t = [12.71, 4.3, 3.18, 2.78, 2.57, 2.45, 2.36, 2.31, 2.26, 2.23][n - 2] ?? (n <= 21 ? 2.09 : 1.96);
  return (t * Math.sqrt(variance)) / Math.sqrt(n);
}

/** A database with `accounts` seeded customers (the measured one is the first, identical in both:
 * the seed is deterministic), and the service started on it. */
async function prepare(accounts: number, options: ScaleOptions): Promise<Side> {
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
    const card = customer.quotedCards[0]!;
    const url = service.url;
    const get = (path: string, auth: string) => async () => {
      const response = await fetch(`${url}${path}`, { headers: { authorization: auth } });
      await response.arrayBuffer();
      return response.status;
    };
    const running = service;
    return {
      service: running,
      probeFile,
      seedSeconds,
      send: {
        cards: get('/v1/cards', customerAuth),
        // Each search also writes its audit event: fewer of them, fewer rows added to the log.
        searchEmail: get(`/v1/support/accounts?email=${encodeURIComponent(customer.email)}`, supportAuth),
        searchCard: get(`/v1/support/accounts?last4=${card.last4}&exp_month=${card.expMonth}&exp_year=${card.expYear}`, supportAuth),
      },
      close: async () => {
        await running.stop();
        await database.drop();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await service?.stop();
    await database.drop();
    rmSync(dir, { recursive: true, force: true });
    throw error;
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
  console.log(`\n${line(['scale', 'empty', 'seeded', 'unit', 'ratio', '±'])}`);
  for (const row of rows) {
    const ratio = row.empty > 0 ? row.seeded / row.empty : NaN;
    const digits = row.unit === 'MB' ? 0 : 2;
    console.log(line([row.name, row.empty.toFixed(digits), row.seeded.toFixed(digits), row.unit, `${ratio.toFixed(2)}${Math.abs(ratio - 1) <= 0.1 ? '' : ' !'}`, row.spread === undefined ? '' : row.spread.toFixed(2)]));
  }
  console.log('(ratio = seeded / empty over every round; the target is within 10 %, "!" marks a row outside it.');
  console.log(' ± = half the 95 % interval of the per-round ratio: a row tells a 10 % difference when its ± is below 0.05)');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { values } = parseArgs({
    options: {
      accounts: { type: 'string', default: '20000' },
      'cards-per-account': { type: 'string', default: '5' },
      requests: { type: 'string', default: '2000' },
      rounds: { type: 'string', default: '10' },
      concurrency: { type: 'string', default: '10' },
    },
  });
  const rows = await measureScale({
    databaseUrl: process.env.BENCH_DATABASE_URL,
    accounts: Number(values.accounts),
    cardsPerAccount: Number(values['cards-per-account']),
    requests: Number(values.requests),
    rounds: Number(values.rounds),
    concurrency: Number(values.concurrency),
    log: (line) => console.log(line),
  });
  printScale(rows);
  console.log(`\ndatabase: ${process.env.BENCH_DATABASE_URL ? 'BENCH_DATABASE_URL (PostgreSQL)' : 'SQLite file'}; node ${process.version}`);
}
