// Charges per second through the HTTP API, on the simulator, against a bare Express baseline
// measured in the same run (run by hand, not in CI):
//   npm run bench:charges [-- --charges 2000 --slow-charges 1000 --concurrency 50 --fast-concurrency 50]
// (`npm run bench` runs this, then bench/topups.ts, each with its defaults.)
// The service runs as its own process (node --import tsx src/main.ts) on a fresh SQLite file, or on
// BENCH_DATABASE_URL (postgres://…); the load comes from this process over keep-alive HTTP.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { remoteAccountWithCards } from '../test/crash/remote-customer.js';
import { ServiceHarness } from '../test/crash/service-harness.js';
import { freePort } from '../test/crash/service-process.js';
import { runLoad, type LoadResult } from './load.js';

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
const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const databaseEnv: Record<string, string> = process.env.BENCH_DATABASE_URL ? { DATABASE_URL: process.env.BENCH_DATABASE_URL } : {};

async function bareExpress(delayMs: number): Promise<{ url: string; stop: () => void }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/bare-express.ts'], { cwd: repoRoot, env: { ...process.env, PORT: String(port), BARE_DELAY_MS: String(delayMs) }, stdio: 'inherit' });
  const url = `http://127.0.0.1:${port}`;
  for (;;) {
    try {
      if ((await fetch(`${url}/readyz`)).ok) break;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  return { url, stop: () => child.kill('SIGTERM') };
}

function chargeSender(url: string, token: string, accountIds: string[], run: string) {
  return async (index: number) => {
    const response = await fetch(`${url}/v1/accounts/${accountIds[index % accountIds.length]}/charges`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'idempotency-key': `bench-${run}-${index}` },
      body: JSON.stringify({ amount: 1000 + (index % 1000), reference: `bench-${run}-${index}` }),
    });
    await response.arrayBuffer();
    return response.status;
  };
}

const rows: Array<{ name: string; concurrency: number; result: LoadResult; ratio?: number }> = [];
const print = () => {
  const line = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(40) : cell.padStart(11))).join('');
  console.log(`\n${line(['scenario', 'conc', 'requests', 'req/s', 'p50 ms', 'p99 ms', 'vs bare'])}`);
  for (const row of rows) {
    const { result } = row;
    console.log(line([row.name, String(row.concurrency), String(result.requests), result.perSecond.toFixed(1), result.p50.toFixed(1), result.p99.toFixed(1), row.ratio === undefined ? '' : `${(row.ratio * 100).toFixed(1)}%`]));
  }
};
const checkAll201 = (name: string, result: LoadResult) => {
  if (Object.keys(result.statuses).some((status) => status !== '201')) console.warn(`${name}: statuses ${JSON.stringify(result.statuses)}`);
};

const harness = new ServiceHarness();
await harness.open();
try {
  // Accounts with a card that pays, added through the API as customers would.
  const setup = await harness.start(0, { ...databaseEnv, LOG_LEVEL: 'error' });
  const accountIds: string[] = [];
  for (let i = 0; i < accountCount; i += 1) accountIds.push((await remoteAccountWithCards(setup.url, harness.inbox, ['pm_card_visa'])).accountId);
  const warmUp = (url: string, run: string) => runLoad(100, 10, chargeSender(url, harness.billingToken, accountIds, run));

  // 0 ms gateway latency: the service's own cost per charge.
  const bare = await bareExpress(0);
  await warmUp(bare.url, 'warm-bare');
  const bareFast = await runLoad(charges, fastConcurrency, chargeSender(bare.url, harness.billingToken, accountIds, 'bare'));
  bare.stop();
  rows.push({ name: 'bare Express', concurrency: fastConcurrency, result: bareFast });
  await warmUp(setup.url, 'warm-fast');
  const fast = await runLoad(charges, fastConcurrency, chargeSender(setup.url, harness.billingToken, accountIds, 'fast'));
  checkAll201('simulator 0 ms', fast);
  rows.push({ name: 'card vault, simulator 0 ms', concurrency: fastConcurrency, result: fast, ratio: fast.perSecond / bareFast.perSecond });
  await setup.stop();

  // 200 ms per gateway call (a charge makes two: create, then confirm).
  const slowBare = await bareExpress(2 * latencyMs);
  const bareSlow = await runLoad(slowCharges, concurrency, chargeSender(slowBare.url, harness.billingToken, accountIds, 'bare-slow'));
  slowBare.stop();
  rows.push({ name: `bare Express + ${2 * latencyMs} ms wait`, concurrency, result: bareSlow });
  const slowService = await harness.start(latencyMs, { ...databaseEnv, LOG_LEVEL: 'error' });
  const slow = await runLoad(slowCharges, concurrency, chargeSender(slowService.url, harness.billingToken, accountIds, 'slow'));
  checkAll201(`simulator ${latencyMs} ms`, slow);
  rows.push({ name: `card vault, simulator ${latencyMs} ms`, concurrency, result: slow, ratio: slow.perSecond / bareSlow.perSecond });
  await slowService.stop();
  print();
  console.log(`\ndatabase: ${process.env.BENCH_DATABASE_URL ? 'BENCH_DATABASE_URL (PostgreSQL)' : 'SQLite file'}; ${accountCount} accounts; node ${process.version}`);
} finally {
  await harness.close();
}
