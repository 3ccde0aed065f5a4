// Top-ups per second through the HTTP API (saved default card, simulator at 0 ms), against a bare
// Express baseline measured in the same run (run by hand, not in CI):
//   npm run bench:topups [-- --topups 1000 --concurrency 20 --accounts 20]
// The service runs as its own process on a fresh SQLite file, or on BENCH_DATABASE_URL.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { TokenIssuer } from '../src/auth/token-issuer.js';
import { systemClock } from '../src/clock.js';
import { loadConfig } from '../src/config.js';
import { remoteAccountWithCards } from '../test/crash/remote-customer.js';
import { ServiceHarness } from '../test/crash/service-harness.js';
import { freePort } from '../test/crash/service-process.js';
import { runLoad, type LoadResult } from './load.js';

const { values } = parseArgs({
  options: {
    topups: { type: 'string', default: '1000' },
    concurrency: { type: 'string', default: '20' },
    accounts: { type: 'string', default: '20' },
  },
});
const total = Number(values.topups);
const concurrency = Number(values.concurrency);
const accountCount = Number(values.accounts);
const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const databaseEnv: Record<string, string> = process.env.BENCH_DATABASE_URL ? { DATABASE_URL: process.env.BENCH_DATABASE_URL } : {};

async function bareExpress(): Promise<{ url: string; stop: () => void }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/bare-topups.ts'], { cwd: repoRoot, env: { ...process.env, PORT: String(port) }, stdio: 'inherit' });
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

/** Each request tops up one account (round robin) from its default card, under a fresh key. */
function topupSender(url: string, tokens: string[], run: string) {
  return async (index: number) => {
    const response = await fetch(`${url}/v1/topups`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens[index % tokens.length]}`, 'content-type': 'application/json', 'idempotency-key': `bench-${run}-${index}` },
      body: JSON.stringify({ amount: 10_000 }),
    });
    await response.arrayBuffer();
    return response.status;
  };
}

const line = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(36) : cell.padStart(11))).join('');
const row = (name: string, result: LoadResult, ratio?: number) =>
  line([name, String(concurrency), String(result.requests), result.perSecond.toFixed(1), result.p50.toFixed(1), result.p99.toFixed(1), ratio === undefined ? '' : `${(ratio * 100).toFixed(1)}%`]);

const harness = new ServiceHarness();
await harness.open();
try {
  const config = loadConfig({});
  const issuer = new TokenIssuer({ secret: config.AUTH_JWT_SECRET, issuer: config.AUTH_ISSUER, audience: config.AUTH_AUDIENCE, ttlSeconds: 3600, clock: systemClock });
  const service = await harness.start(0, { ...databaseEnv, LOG_LEVEL: 'error' });
  const tokens: string[] = [];
  for (let i = 0; i < accountCount; i += 1) {
    const { accountId } = await remoteAccountWithCards(service.url, harness.inbox, ['pm_card_visa']);
    tokens.push(await issuer.issue(accountId, ['account']));
  }

  const bare = await bareExpress();
  await runLoad(100, 10, topupSender(bare.url, tokens, 'warm-bare'));
  const bareResult = await runLoad(total, concurrency, topupSender(bare.url, tokens, 'bare'));
  bare.stop();
  await runLoad(100, 10, topupSender(service.url, tokens, 'warm'));
  const result = await runLoad(total, concurrency, topupSender(service.url, tokens, 'run'));
  if (Object.keys(result.statuses).some((status) => status !== '201')) console.warn(`statuses ${JSON.stringify(result.statuses)}`);
  await service.stop();

  console.log(`\n${line(['scenario', 'conc', 'requests', 'req/s', 'p50 ms', 'p99 ms', 'vs bare'])}`);
  console.log(row('bare Express', bareResult));
  console.log(row('card vault top-ups, simulator 0 ms', result, result.perSecond / bareResult.perSecond));
  console.log(`\ndatabase: ${process.env.BENCH_DATABASE_URL ? 'BENCH_DATABASE_URL (PostgreSQL)' : 'SQLite file'}; ${accountCount} accounts; node ${process.version}`);
} finally {
  await harness.close();
}
