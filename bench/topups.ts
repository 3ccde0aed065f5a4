// Top-ups per second through the HTTP API (saved default card, simulator at 0 ms), against a bare
// Express baseline measured in the same run (run by hand, not in CI):
//   npm run bench:topups [-- --topups 1000 --concurrency 20 --accounts 20]
// The service runs as its own process on a fresh SQLite file, or on BENCH_DATABASE_URL. The
// scenario itself is bench/scenarios/topups.ts; `npm run bench` (bench/table.ts) runs it too.
import { parseArgs } from 'node:util';
import { remoteAccountWithCards } from '../test/crash/remote-customer.js';
import { ServiceHarness } from '../test/crash/service-harness.js';
import { startBareApp } from './lib/bare-app.js';
import type { LoadResult } from './load.js';
import { runTopups } from './scenarios/topups.js';

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
const databaseEnv: Record<string, string> = process.env.BENCH_DATABASE_URL ? { DATABASE_URL: process.env.BENCH_DATABASE_URL } : {};

const line = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(36) : cell.padStart(11))).join('');
const row = (name: string, result: LoadResult, ratio?: number) =>
  line([name, String(concurrency), String(result.requests), result.perSecond.toFixed(1), result.p50.toFixed(1), result.p99.toFixed(1), ratio === undefined ? '' : `${(ratio * 100).toFixed(1)}%`]);

const harness = new ServiceHarness();
await harness.open();
try {
  const service = await harness.start(0, { ...databaseEnv, LOG_LEVEL: 'error' });
  const tokens: string[] = [];
  for (let i = 0; i < accountCount; i += 1) {
    const { accountId } = await remoteAccountWithCards(service.url, harness.inbox, ['pm_card_visa']);
    tokens.push(await harness.issueToken(accountId, ['account'], 3600));
  }

  const bare = await startBareApp('bench/bare-topups.ts');
  const bareResult = await runTopups(bare.url, tokens, total, concurrency, 'bare');
  await bare.stop();
  const result = await runTopups(service.url, tokens, total, concurrency, 'run');
  await service.stop();

  console.log(`\n${line(['scenario', 'conc', 'requests', 'req/s', 'p50 ms', 'p99 ms', 'vs bare'])}`);
  console.log(row('bare Express', bareResult));
  console.log(row('card vault top-ups, simulator 0 ms', result, result.perSecond / bareResult.perSecond));
  console.log(`\ndatabase: ${process.env.BENCH_DATABASE_URL ? 'BENCH_DATABASE_URL (PostgreSQL)' : 'SQLite file'}; ${accountCount} accounts; node ${process.version}`);
} finally {
  await harness.close();
}
