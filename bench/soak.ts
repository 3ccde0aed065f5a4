// Resident memory of a real service process over 100,000 `GET /v1/cards` (run by hand, not in CI):
//   npm run bench:soak [-- --requests 100000 --warm-up 10000 --concurrency 20]
// The service runs as its own process on a fresh SQLite file (or BENCH_DATABASE_URL); its RSS is
// read from its own /metrics (process_resident_memory_bytes) after the warm-up and at the end.
// Flat means the end is within 10 % of the warmed-up figure.
import { parseArgs } from 'node:util';
import { remoteAccountWithCards } from '../test/crash/remote-customer.js';
import { ServiceHarness } from '../test/crash/service-harness.js';
import { runLoad } from './load.js';

const { values } = parseArgs({
  options: {
    requests: { type: 'string', default: '100000' },
    'warm-up': { type: 'string', default: '10000' },
    concurrency: { type: 'string', default: '20' },
  },
});
const total = Number(values.requests);
const warmUp = Number(values['warm-up']);
const concurrency = Number(values.concurrency);
const databaseEnv: Record<string, string> = process.env.BENCH_DATABASE_URL ? { DATABASE_URL: process.env.BENCH_DATABASE_URL } : {};

async function metric(url: string, name: string): Promise<number> {
  const metrics = await (await fetch(`${url}/metrics`)).text();
  const match = new RegExp(`^${name} (\\d+)`, 'm').exec(metrics);
  if (!match) throw new Error(`the service reports no ${name}`);
  return Number(match[1]) / 1024 / 1024;
}
const residentMegabytes = (url: string) => metric(url, 'process_resident_memory_bytes');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** RSS at rest: a single reading lands anywhere on the garbage collector's sawtooth, so after a
 * second of quiet take the median of five readings 200 ms apart. */
async function restingMegabytes(url: string): Promise<{ rss: number; heap: number }> {
  await sleep(1000);
  const readings: number[] = [];
  for (let index = 0; index < 5; index += 1) {
    readings.push(await residentMegabytes(url));
    await sleep(200);
  }
  readings.sort((a, b) => a - b);
  return { rss: readings[2]!, heap: await metric(url, 'nodejs_heap_size_used_bytes') };
}

const harness = new ServiceHarness();
await harness.open();
try {
  const service = await harness.start(0, { ...databaseEnv, LOG_LEVEL: 'error', RATE_LIMIT_PER_MINUTE: '100000000' });
  const { accountId } = await remoteAccountWithCards(service.url, harness.inbox, ['pm_card_visa', 'pm_card_mastercard']);
  const token = await harness.issueToken(accountId, ['account'], 3600);
  const listCards = async () => {
    const response = await fetch(`${service.url}/v1/cards`, { headers: { authorization: `Bearer ${token}` } });
    await response.arrayBuffer();
    return response.status;
  };

  const warm = await runLoad(warmUp, concurrency, listCards);
  const afterWarmUp = await restingMegabytes(service.url);
  const samples: string[] = [];
  let sent = warmUp;
  const statuses: Record<number, number> = { ...warm.statuses };
  const started = performance.now();
  while (sent < total) {
    const batch = Math.min(10_000, total - sent);
    const result = await runLoad(batch, concurrency, listCards);
    for (const [status, count] of Object.entries(result.statuses)) statuses[Number(status)] = (statuses[Number(status)] ?? 0) + count;
    sent += batch;
    samples.push(`${sent}: ${(await residentMegabytes(service.url)).toFixed(1)} MB`);
  }
  const seconds = (performance.now() - started) / 1000;
  const atEnd = await restingMegabytes(service.url);
  const growth = (atEnd.rss - afterWarmUp.rss) / afterWarmUp.rss;
  console.log(`GET /v1/cards × ${total} (${warmUp} warm-up), concurrency ${concurrency}, statuses ${JSON.stringify(statuses)}, ${((total - warmUp) / seconds).toFixed(0)} req/s after warm-up`);
  console.log(`RSS under load, by requests sent (single readings): ${samples.join(', ')}`);
  console.log(`V8 heap used at rest: after warm-up ${afterWarmUp.heap.toFixed(1)} MB, at the end ${atEnd.heap.toFixed(1)} MB`);
  console.log(`RSS at rest after warm-up ${afterWarmUp.rss.toFixed(1)} MB, at the end ${atEnd.rss.toFixed(1)} MB: ${(growth * 100).toFixed(1)} % (${Math.abs(growth) <= 0.1 ? 'flat, within 10 %' : 'NOT within 10 %'})`);
  console.log(`database: ${process.env.BENCH_DATABASE_URL ? 'BENCH_DATABASE_URL (PostgreSQL)' : 'SQLite file'}; node ${process.version}`);
  await service.stop();
} finally {
  await harness.close();
}
