import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import { parse } from 'csv-parse/sync';
import { remoteAccountWithCards } from '../crash/remote-customer.js';
import { ServiceHarness } from '../crash/service-harness.js';

const LINES = 1000;
const parseCsv = (text: string) => parse(text) as string[][];

/** `npm run charge-batch` as an operator runs it, against a real service process. */
function runBatch(args: string[], token: string): Promise<{ code: number | null; stdout: string; stderr: string; ms: number }> {
  const started = Date.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/charge-batch.ts', ...args], { env: { ...process.env, CHARGE_BATCH_TOKEN: token }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, stdout, stderr, ms: Date.now() - started })));
}

describe('the charge batch runner against a running service (billing job)', function () {
  // A real service on SQLite charges a few dozen lines a second on a busy 2-core machine.
  this.timeout(180_000);
  const harness = new ServiceHarness();
  before(() => harness.open());
  after(() => harness.close());

  it(`when a ${LINES}-line CSV is charged and then run again, then each line is charged once and the rerun charges nothing`, async () => {
    const service = await harness.start(0);
    // 8 accounts whose default card pays, one whose default declines and second pays, one whose only card declines.
    const accounts: Array<{ accountId: string }> = [];
    for (let i = 0; i < 8; i += 1) accounts.push(await remoteAccountWithCards(service.url, harness.inbox, ['pm_card_visa']));
    accounts.push(await remoteAccountWithCards(service.url, harness.inbox, ['pm_card_authenticationRequired', 'pm_card_mastercard']));
    accounts.push(await remoteAccountWithCards(service.url, harness.inbox, ['pm_card_threeDSecure2Required']));
    const input = join(harness.dir, 'charges.csv');
    const rows = Array.from({ length: LINES }, (_, i) => `${accounts[i % 10]!.accountId},${1000 + i},${i % 2 ? 'USD' : ''},inv-2026-11-${String(i).padStart(5, '0')}`);
    writeFileSync(input, `account_id,amount,currency,reference\n${rows.join('\n')}\n`);
    const args = (out: string) => ['--file', input, '--out', out, '--url', service.url, '--concurrency', '8', '--rate', '1000'];

    const first = await runBatch(args(join(harness.dir, 'results-1.csv')), harness.billingToken);

    expect(first.code, first.stdout + first.stderr).to.equal(0);
    const results = parseCsv(readFileSync(join(harness.dir, 'results-1.csv'), 'utf8'));
    const header = results[0]!;
    const column = (name: string) => header.indexOf(name);
    const body = results.slice(1);
    expect(body).to.have.length(LINES);
    const outcomes = body.reduce<Record<string, number>>((counts, row) => ({ ...counts, [row[column('outcome')]!]: (counts[row[column('outcome')]!] ?? 0) + 1 }), {});
    // The only card of the last account needs 3-D Secure, which no off-session charge can pass: the
    // card-network rules skip it as needs_customer once it declined, so after the first declines
    // (the charges already running when the first was answered) its charges fail no_usable_card.
    expect(outcomes.succeeded).to.equal(900);
    expect(outcomes.all_cards_declined).to.be.within(1, 8);
    expect(outcomes.all_cards_declined! + outcomes.no_usable_card!).to.equal(100);
    const fallback = body.find((row) => row[column('account_id')] === accounts[8]!.accountId)!;
    expect(fallback[column('attempts')]).to.match(/:declined:authentication_required \| card_\w+\/4444:succeeded$/);
    expect(body.every((row) => row[column('replayed')] === 'false')).to.equal(true);
    expect(first.stdout).to.match(/succeeded\s+900/);
    const succeededAtGateway = async () => (await harness.probe('simulator_intents').where({ purpose: 'charge', status: 'succeeded' })).length;
    expect(await succeededAtGateway()).to.equal(900);

    const rerun = await runBatch(args(join(harness.dir, 'results-2.csv')), harness.billingToken);

    expect(rerun.code, rerun.stdout + rerun.stderr).to.equal(0);
    const again = parseCsv(readFileSync(join(harness.dir, 'results-2.csv'), 'utf8')).slice(1);
    expect(again.every((row) => row[column('replayed')] === 'true')).to.equal(true);
    expect(again.map((row) => row[column('charge_id')])).to.deep.equal(body.map((row) => row[column('charge_id')]));
    expect(rerun.stdout).to.match(/replayed\s+1000/);
    expect(await succeededAtGateway(), 'the rerun charged nothing').to.equal(900);
    expect(await harness.probe('charges').count({ n: '*' }).first()).to.deep.equal({ n: LINES });
    console.log(`      first run ${first.ms} ms, rerun ${rerun.ms} ms\n${first.stdout.replace(/^/gm, '      ')}`);
  });
});
