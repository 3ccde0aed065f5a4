// CPU per GET /v1/cards, and optionally its profile (run by hand, not in CI):
//   npm run bench:profile-cards [-- --profile]
// The service (SQLite file, or BENCH_DATABASE_URL) runs pinned to core 0 with its real defaults;
// this process, pinned to core 1 by `taskset -c 1` in the script, sends 10 s of autocannon at 50
// connections after 3 s of warm-up. Prints req/s and the service's CPU (user + system, every
// thread) per request; with --profile it also writes a .cpuprofile (node --cpu-prof) to the temp
// directory, to read with bench/summarize-profile.mjs <file> 11 1.
import { spawn } from 'node:child_process';
import { mkdtempSync, openSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { freePort, MessageInbox } from '../test/crash/service-process.js';
import { accountWithFiveCards } from './scenarios/list-cards.js';

const { values } = parseArgs({ options: { profile: { type: 'boolean', default: false } } });
const dir = mkdtempSync(join(tmpdir(), 'card-vault-profile-'));
const inbox = new MessageInbox();
await inbox.start();
const port = await freePort();
const url = `http://127.0.0.1:${port}`;
const log = openSync(join(dir, 'service.log'), 'w');
const profiling = values.profile ? ['--cpu-prof', `--cpu-prof-dir=${dir}`] : [];
const service = spawn('taskset', ['-c', '0', process.execPath, ...profiling, '--import', 'tsx', 'src/main.ts'], {
  env: {
    ...process.env,
    NODE_ENV: 'development',
    LOG_LEVEL: 'info',
    HOST: '127.0.0.1',
    PORT: String(port),
    PUBLIC_BASE_URL: url,
    DATABASE_URL: process.env.BENCH_DATABASE_URL ?? join(dir, 'card-vault.sqlite'),
    MESSAGE_TRANSPORT: 'webhook',
    MESSAGE_WEBHOOK_URL: inbox.url,
    RATE_LIMIT_PER_MINUTE: '100000000',
    RATE_LIMIT_PUBLIC_PER_MINUTE: '100000000',
  },
  stdio: ['ignore', log, log],
});
try {
  for (;;) {
    if (service.exitCode !== null) throw new Error(`the service exited; its log is in ${dir}`);
    try {
      if ((await fetch(`${url}/readyz`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const { authorization } = await accountWithFiveCards(url, inbox);
  const cpuSeconds = () => {
    const fields = readFileSync(`/proc/${service.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  };
  const load = (seconds: number) => autocannon({ url: `${url}/v1/cards`, headers: { authorization }, connections: 50, duration: seconds });
  await load(3);
  const before = cpuSeconds();
  const result = await load(10);
  const perRequest = ((cpuSeconds() - before) * 1e6) / result.requests.total;
  console.log(`GET /v1/cards: ${result.requests.average.toFixed(0)} req/s, ${perRequest.toFixed(0)} µs of service CPU per request, ${result.non2xx} non-2xx${values.profile ? ` (profile in ${dir})` : ''}`);
} finally {
  service.kill('SIGTERM');
  await new Promise((resolve) => service.once('exit', resolve));
  await inbox.close();
}
