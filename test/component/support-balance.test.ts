import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect } from 'chai';
import { runSupportCommand } from '../../scripts/support/run-support-command.js';
import { answerThreeDSecure } from '../helpers/card-flow.js';
import { accountWithCards } from '../helpers/charge-flow.js';
import { assertLedgerInvariant, postTopup } from '../helpers/balance-flow.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

describe('support: the balance, its ledger, top-ups and the alert (support staff)', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(async () => {
    await assertLedgerInvariant(t);
    await t.close();
  });

  async function accountWithTopups() {
    const { customer, cards } = await accountWithCards(t, ['pm_card_visa', 'pm_card_authenticationRequired']);
    expect((await postTopup(t, customer, { amount: 10_000 })).status).to.equal(201);
    const failed = await postTopup(t, customer, { amount: 5_000, card_id: cards[1]!.id });
    await answerThreeDSecure(t, failed.body.next_action.url, 'fail');
    expect((await t.api.post(`/v1/topups/${failed.body.topup.id}/confirm`).set(customer.auth)).status).to.equal(402);
    const declined = await postTopup(t, customer, { amount: 5_000, payment_method: 'pm_card_visa_chargeDeclinedStolenCard' });
    expect(declined.status).to.equal(402);
    expect((await t.api.put('/v1/balance/alert').set(customer.auth).send({ threshold: 2_000 })).status).to.equal(200);
    return { customer, declinedNumber: declined.body.topup.number as string };
  }

  it('when support views the account, then it shows the balance, the ledger, the alert and each failed top-up in both voices', async () => {
    const { customer } = await accountWithTopups();
    const support = { Authorization: `Bearer ${await t.token('agent.alice', ['support'])}` };
    const view = (await t.api.get(`/v1/support/accounts/${customer.accountId}`).set(support)).body;
    expect(view.balance).to.include({ available: 10_000, pending: 0, currency: 'USD' });
    expect(view.balance.low_balance_alert).to.deep.equal({ threshold: 2_000, armed: true });
    expect(view.balance.ledger.map((entry: { type: string }) => entry.type)).to.deep.equal(['topup']);
    const stolen = view.balance.topups.find((topup: { failure: { decline_code: string } | null }) => topup.failure?.decline_code === 'stolen_card');
    expect(stolen.failure.customer_sees.decline_code).to.equal('generic_decline');
    expect(stolen.failure.support_reason).to.match(/stolen/i);
    const authentication = view.balance.topups.find((topup: { failure: { code: string } | null }) => topup.failure?.code === 'authentication_failed');
    expect(authentication.failure.support_reason).to.be.a('string').and.not.equal('');
  });

  it('when support asks why, then the terminal report lists the balance and each cancelled top-up with what to tell the customer', async () => {
    const { customer, declinedNumber } = await accountWithTopups();
    const server: Server = t.app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const out: string[] = [];
    const code = await runSupportCommand(['why', customer.email, '--url', url], {
      env: { CARD_VAULT_TOKEN: await t.token('agent.alice', ['support']) },
      out: (text) => out.push(text),
      err: (text) => out.push(text),
      mintToken: () => Promise.reject(new Error('the token comes from the environment here')),
    });
    await new Promise((resolve) => server.close(resolve));
    const report = out.join('\n');
    expect(code, report).to.equal(0);
    expect(report).to.contain('Balance: 100.00 USD available').and.contain('low-balance alert below 20.00 USD (armed)');
    expect(report).to.contain('Cancelled or waiting top-ups (2)');
    expect(report).to.contain(declinedNumber).and.contain('stolen_card').and.contain('customer: generic_decline');
  });
});
