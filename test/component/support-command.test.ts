import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect } from 'chai';
import { runSupportCommand } from '../../scripts/support/run-support-command.js';
import { postCard, simulatorOf } from '../helpers/card-flow.js';
import { accountWithCards, billingAuth, postCharge } from '../helpers/charge-flow.js';
import { onboard, register } from '../helpers/customer-flow.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

describe('support command: npm run support -- find | why (support staff at a terminal)', () => {
  let t: TestApp;
  let server: Server;
  let url: string;
  let token: string;
  beforeEach(async () => {
    t = await createTestApp();
    server = t.app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    token = await t.token('agent.alice', ['support']);
  });
  afterEach(async () => {
    await new Promise((resolve) => server.close(resolve));
    await t.close();
  });

  /** Runs the command as the terminal would, with the token in the environment. */
  async function run(...argv: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runSupportCommand([...argv, '--url', url], {
      env: { CARD_VAULT_TOKEN: token },
      out: (text) => out.push(text),
      err: (text) => err.push(text),
      mintToken: () => Promise.reject(new Error('the token comes from the environment here')),
    });
    return { code, out: out.join('\n'), err: err.join('\n') };
  }

  it('when support finds by email, then the matching accounts print as a table', async () => {
    const customer = await onboard(t, 'US');
    const result = await run('find', '--email', customer.email.toUpperCase());
    expect(result.code, result.err).to.equal(0);
    expect(result.out).to.match(/^ACCOUNT\s+EMAIL\s+NAME\s+COUNTRY\s+MOBILE\s+STATUS/);
    expect(result.out).to.contain(customer.accountId).and.to.contain('Ada Lovelace').and.to.contain('+12015550123');
    expect(result.out).to.contain('1 account.');
  });

  it('when support finds by phone and nothing matches, then it says so and exits 1', async () => {
    const result = await run('find', '--phone', '+44 7400 123456');
    expect(result.code).to.equal(1);
    expect(result.out).to.equal('No account matches.');
  });

  it('when support asks why for an email, then the report shows who the customer is and where onboarding stands', async () => {
    const customer = await register(t, 'US');
    const result = await run('why', customer.email);
    expect(result.code, result.err).to.equal(0);
    expect(result.out).to.contain(customer.accountId);
    expect(result.out).to.contain('Onboarding: next step email');
    expect(result.out).to.contain('Cards on file: none.');
    expect(result.out).to.contain('Nothing failed');
  });

  it('when a card of the customer was declined, then why <email> explains it: the real code, what they were told and what to suggest', async () => {
    const customer = await onboard(t, 'US');
    expect((await postCard(t, customer, 'pm_card_visa_chargeDeclinedStolenCard')).status).to.equal(402);
    expect((await postCard(t, customer, 'pm_card_visa_chargeDeclinedInsufficientFunds')).status).to.equal(402);

    const result = await run('why', customer.email);
    expect(result.code, result.err).to.equal(0);
    expect(result.out).to.contain('Failed card additions and expiry updates (2)');
    expect(result.out).to.match(/gateway: {2}card_declined \/ stolen_card {2}\(request req_/);
    expect(result.out).to.contain('customer: generic_decline: "Your card was declined.');
    expect(result.out).to.match(/support: {2}The card has been reported stolen\. The customer needs a different card\./);
    expect(result.out).to.match(/support: {2}Insufficient funds: ask the customer to use another card or contact their bank/);
    expect(result.out).to.contain('Cards on file: none.');
    expect(result.out).to.not.contain('Nothing failed');
  });

  it('when charges fell back or failed and a hold is stuck, then why lists each try and the stuck release', async () => {
    const { customer } = await accountWithCards(t, ['pm_card_authenticationRequired', 'pm_card_visa']);
    simulatorOf(t).failNext('releaseHold', 'fatal', 2);
    await t.runJobs();
    const billing = await billingAuth(t);
    expect((await postCharge(t, billing, customer.accountId, { amount: 1250, description: 'November plan' })).status).to.equal(201);

    const result = await run('why', customer.accountId);
    expect(result.code, result.err).to.equal(0);
    expect(result.out).to.contain('Cards on file (2)');
    expect(result.out).to.match(/Verification holds not released \([12]\)/);
    expect(result.out).to.match(/1\.00 USD on Visa •••• \d{4} {2}release_failed after 1 try/);
    expect(result.out).to.contain('Failed or retried charges (1)');
    expect(result.out).to.match(/12\.50 USD {2}succeeded {2}ch_\w+ {2}"November plan"/);
    expect(result.out).to.match(/1\. Visa •••• 3184 {2}declined\n +gateway: {2}authentication_required {2}\(request req_\w+, intent pi_\w+\)/);
    expect(result.out).to.match(/2\. Visa •••• 4242 {2}succeeded/);
  });

  it('when why names an email that matches several accounts, then it lists them and asks for an id', async () => {
    const stem = `twin.${Date.now()}`;
    const first = await register(t, 'US', `${stem}@example.com`);
    const second = await register(t, 'US', `${stem}@example.com.au`);
    const exact = await run('why', `${stem}@example.com`);
    expect(exact.code, exact.err).to.equal(0); // the exact email wins over the longer one
    expect(exact.out).to.contain(first.accountId);
    const prefix = await run('why', `${stem}@example`);
    expect(prefix.code).to.equal(1);
    expect(prefix.err).to.contain('2 accounts match').and.to.contain(first.accountId).and.to.contain(second.accountId);
  });

  it('when the API refuses the token, then the refusal is printed and the exit code is 1', async () => {
    token = await t.token('acct_someone', ['account']);
    const result = await run('find', '--email', 'ada@example.com');
    expect(result.code).to.equal(1);
    expect(result.err).to.contain('403 forbidden');
  });

  it('when the command is used wrongly, then usage is printed and the exit code is 2', async () => {
    for (const argv of [[], ['find'], ['why'], ['frobnicate'], ['find', '--exp', '2027-12', '--last4', '4242'], ['find', '--colour', 'red']]) {
      const result = await run(...argv);
      expect(result.code, argv.join(' ')).to.equal(2);
      expect(result.err, argv.join(' ')).to.contain('usage:');
    }
  });

  it('when no --url is given, then the command looks on localhost at $PORT, as npm start listens', async () => {
    const err: string[] = [];
    const code = await runSupportCommand(['why', 'acct_x'], {
      env: { CARD_VAULT_TOKEN: token, PORT: '9' },
      out: () => undefined,
      err: (text) => err.push(text),
      mintToken: () => Promise.reject(new Error('the token comes from the environment here')),
    });
    expect(code).to.equal(1);
    expect(err.join('\n')).to.contain('Cannot reach the card vault at http://localhost:9');
  });

  it('when the service is not running, then the command says where it looked', async () => {
    url = 'http://127.0.0.1:9';
    const result = await run('why', 'acct_x');
    expect(result.code).to.equal(1);
    expect(result.err).to.contain('Cannot reach the card vault at http://127.0.0.1:9');
  });
});
