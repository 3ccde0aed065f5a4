// Charges per second through the HTTP API, on the simulator, against a bare Express baseline
// measured in the same run (run by hand, not in CI):
//   npm run bench:charges [-- --charges 2000 --slow-charges 1000 --concurrency 50 --fast-concurrency 50]
// The scenario itself is bench/scenarios/charges.ts; `npm run bench` (bench/table.ts) runs it too.
// The service runs as its own process (node --import tsx src/main.ts) on a fresh SQLite file, or on
// BENCH_DATABASE_URL (postgres://…); the load comes from this process over keep-alive HTTP.
import { parseArgs } from 'node:util';
import { ServiceHarness } from '../test/crash/service-harness.js';
import { startBareApp } from './lib/bare-app.js';
import { type LoadResult } from './load.js';
import { createChargeAccounts, runCharges, warmUpCharges } from './scenarios/charges.js';

const { values } = parseArgs({
  options: {
    charges: { type: 'string', default: '2000' },
    'slow-charges': { type: 'string', default: '1000' },
    'fast-concurrency': { type: 'string', default: '50' },
    concurrency: { type: 'string', default: '50' },
    accounts: { type: 'string', default: '50' },
    latency: { type: 'string', default: '200' },
  },
});
const charges = Number(values.charges);
const slowCharges = Number(values['slow-charges']);
const fastConcurrency = Number(values['fast-concurrency']);
const concurrency = Number(values.concurrency);
const accountCount = Number(values.accounts);
const latencyMs = Number(values.latency);
const databaseEnv: Record<string, string> = process.env.BENCH_DATABASE_URL ? { DATABASE_URL: process.env.BENCH_DATABASE_URL } : {};
const bareExpress = (delayMs: number) => startBareApp('bench/bare-express.ts', { BARE_DELAY_MS: String(delayMs) });

const rows: Array<{ name: string; concurrency: number; result: LoadResult; ratio?: number }> = [];
const print = () => {
  const line = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(40) : cell.padStart(11))).join('');
  console.log(`\n${line(['scenario', 'conc', 'requests', 'req/s', 'p50 ms', 'p99 ms', 'vs bare'])}`);
  for (const row of rows) {
    const { result } = row;
    console.log(line([row.name, String(row.concurrency), String(result.requests), result.perSecond.toFixed(1), result.p50.toFixed(1), result.p99.toFixed(1), row.ratio === undefined ? '' : `${(row.ratio * 100).toFixed(1)}%`]));
  }
};

const harness = new ServiceHarness();
await harness.open();
try {
  // Accounts with a card that pays, added through the API as customers would.
  const setup = await harness.start(0, { ...databaseEnv, LOG_LEVEL: 'error' });
  const accountIds = (await createChargeAccounts(setup.url, harness.inbox, accountCount)).all;
  const billingToken = harness.billingToken;
  const warmUp = (url: string, run: string) => warmUpCharges({ url, billingToken, accountIds, run });

  // 0 ms gateway latency: the service's own cost per charge.
  const bare = await bareExpress(0);
  await warmUp(bare.url, 'warm-bare');
  const bareFast = await runCharges({ url: bare.url, billingToken, accountIds, total: charges, concurrency: fastConcurrency, run: 'bare' });
  await bare.stop();
  rows.push({ name: 'bare Express', concurrency: fastConcurrency, result: bareFast });
  await warmUp(setup.url, 'warm-fast');
  const fast = await runCharges({ url: setup.url, billingToken, accountIds, total: charges, concurrency: fastConcurrency, run: 'fast' });
  rows.push({ name: 'card vault, simulator 0 ms', concurrency: fastConcurrency, result: fast, ratio: fast.perSecond / bareFast.perSecond });
  await setup.stop();

  // 200 ms per gateway call (a charge makes two: create, then confirm).
  const slowBare = await bareExpress(2 * latencyMs);
  const bareSlow = await runCharges({ url: slowBare.url, billingToken, accountIds, total: slowCharges, concurrency, run: 'bare-slow' });
  await slowBare.stop();
  rows.push({ name: `bare Express + ${2 * latencyMs} ms wait`, concurrency, result: bareSlow });
  const slowService = await harness.start(latencyMs, { ...databaseEnv, LOG_LEVEL: 'error' });
  const slow = await runCharges({ url: slowService.url, billingToken, accountIds, total: slowCharges, concurrency, run: 'slow' });
  rows.push({ name: `card vault, simulator ${latencyMs} ms`, concurrency, result: slow, ratio: slow.perSecond / bareSlow.perSecond });
  await slowService.stop();
  print();
  console.log(`\ndatabase: ${process.env.BENCH_DATABASE_URL ? 'BENCH_DATABASE_URL (PostgreSQL)' : 'SQLite file'}; ${accountCount} accounts; node ${process.version}`);
} finally {
  await harness.close();
}
