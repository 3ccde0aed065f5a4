import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { parse } from 'csv-parse/sync';
import { startChargeStub, type ChargeStub } from '../helpers/charge-stub-server.js';

const runner = (args: string[]) =>
  spawn(process.execPath, ['--import', 'tsx', 'scripts/charge-batch.ts', ...args], { env: { ...process.env, CHARGE_BATCH_TOKEN: 'stub-token' }, stdio: ['ignore', 'pipe', 'pipe'] });
const exited = (child: ChildProcess) => new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
const until = async (ready: () => boolean) => {
  while (!ready()) await new Promise((resolve) => setTimeout(resolve, 20));
};

/** Where the process stands in a file it has open (Linux /proc), and its resident memory. */
function readPosition(pid: number, path: string): number | undefined {
  for (const fd of readdirSync(`/proc/${pid}/fd`)) {
    let target = '';
    try {
      target = readlinkSync(`/proc/${pid}/fd/${fd}`);
    } catch {
      continue;
    }
    if (target === path) return Number(/pos:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/fdinfo/${fd}`, 'utf8'))?.[1]);
  }
  return undefined;
}
const residentMb = (pid: number) => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]) / 1024;

describe('the charge batch runner streams its files (billing job, against a stub service)', function () {
  this.timeout(60_000);
  let directory: string;
  let stub: ChargeStub | undefined;
  before(() => {
    directory = mkdtempSync(join(tmpdir(), 'charge-batch-stream-'));
  });
  afterEach(async () => {
    await stub?.close();
    stub = undefined;
  });
  after(() => rmSync(directory, { recursive: true, force: true }));

  it('when the file has a source column, then each line’s source is sent as the charge’s source, and nothing when it is blank', async () => {
    stub = await startChargeStub({ keepBodies: true });
    const input = join(directory, 'sources.csv');
    writeFileSync(input, 'account_id,amount,currency,reference,source\nacct_1,100,USD,s-1,cards\nacct_1,200,,s-2,balance\nacct_2,300,USD,s-3,balance_then_cards\nacct_2,400,USD,s-4,\nacct_3,500,USD,s-5,credit\n');
    const out = join(directory, 'sources-results.csv');
    const child = runner(['--file', input, '--out', out, '--url', stub.url, '--concurrency', '2', '--rate', '1000']);

    expect(await exited(child), 'exit 1: one line is invalid').to.equal(1);
    const sent = [...stub.bodies].sort((a, b) => String(a.reference).localeCompare(String(b.reference)));
    expect(sent.map((body) => [body.idempotency_key, body.source])).to.deep.equal([['s-1', 'cards'], ['s-2', 'balance'], ['s-3', 'balance_then_cards'], ['s-4', undefined]]);
    expect(sent.every((body) => body.reference === body.idempotency_key)).to.equal(true);
    const [header, ...rows] = parse(readFileSync(out, 'utf8')) as string[][];
    const at = (row: string[], column: string) => row[header!.indexOf(column)];
    expect(rows.map((row) => [at(row, 'line'), at(row, 'source'), at(row, 'outcome')])).to.deep.equal([
      ['2', 'cards', 'succeeded'],
      ['3', 'balance', 'succeeded'],
      ['4', 'balance_then_cards', 'succeeded'],
      ['5', '', 'succeeded'],
      ['6', 'credit', 'invalid'],
    ]);
    expect(at(rows[4]!, 'detail')).to.match(/source "credit" is not one of cards, balance, balance_then_cards/);
  });

  it('when a 200,000-line file meets a stalled service, then the runner reads only a window of it ahead and its memory stays bounded', async function () {
    if (!existsSync('/proc/self/fdinfo')) {
      console.log('      (skipped: needs Linux /proc to see how far the runner has read)');
      this.skip();
    }
    stub = await startChargeStub({ hold: true });
    const input = join(directory, 'large.csv');
    const lines = 200_000;
    const rows = Array.from({ length: lines }, (_, i) => `acct_${i % 997},${1000 + (i % 5000)},USD,invoice-2026-11-${String(i).padStart(7, '0')},${i % 3 ? 'cards' : ''}`);
    writeFileSync(input, `account_id,amount,currency,reference,source\n${rows.join('\n')}\n`);
    const size = statSync(input).size;
    const concurrency = 16;
    const child = runner(['--file', input, '--out', join(directory, 'large-results.csv'), '--url', stub.url, '--concurrency', String(concurrency), '--rate', '100000']);
    const exit = exited(child);
    try {
      // Every worker is now waiting on the stalled service; give the reader every chance to run ahead.
      await until(() => stub!.requests >= concurrency);
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const position = readPosition(child.pid!, input);
      const memory = residentMb(child.pid!);
      console.log(`      stalled with ${stub.requests} requests in flight: read ${position} of ${size} bytes, RSS ${memory.toFixed(0)} MB`);
      expect(stub.requests, 'no more requests than workers').to.equal(concurrency);
      expect(position, 'how far into the file the runner has read').to.be.a('number').and.below(size / 8);
      expect(memory, 'resident memory, MB (generous: tsx and Node alone take about 100)').to.be.below(250);
    } finally {
      child.kill('SIGKILL');
      await exit;
    }
  });
});
