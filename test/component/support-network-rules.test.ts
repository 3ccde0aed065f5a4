import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect } from 'chai';
import { runSupportCommand } from '../../scripts/support/run-support-command.js';
import { accountWithCards, billingAuth, postCharge } from '../helpers/charge-flow.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

describe('support and the card-network rules: what the network said, and why a card was skipped (support staff)', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(() => t.close());

  async function skippedNeverAgainCard() {
    const { customer, cards } = await accountWithCards(t, ['pm_card_simulatorMastercardDoNotTryAgain', 'pm_card_visa']);
    const billing = await billingAuth(t);
    expect((await postCharge(t, billing, customer.accountId, { amount: 1000 })).status).to.equal(201);
    const second = await postCharge(t, billing, customer.accountId, { amount: 2000 });
    expect(second.body.skipped).to.have.length(1);
    return { customer, cards };
  }

  it('when support opens the account, then the declined try shows the network’s codes with a plain reason, the skipped card why, and the card its block', async () => {
    const { customer, cards } = await skippedNeverAgainCard();
    const support = { Authorization: `Bearer ${await t.token('agent.alice', ['support'])}` };

    const view = (await t.api.get(`/v1/support/accounts/${customer.accountId}`).set(support)).body;

    // Both charges are made at the same test-clock time, so their order in the view may tie: find them by amount.
    const first = view.charges.find((c: { amount: number }) => c.amount === 1000);
    const second = view.charges.find((c: { amount: number }) => c.amount === 2000);
    expect(first.attempts[0].failure).to.include({ decline_code: 'do_not_honor', network_decline_code: '05', network_advice_code: '03', network: 'mastercard', advice_code: null });
    expect(first.attempts[0].failure.network_rules.verdict).to.equal('never_again');
    expect(first.attempts[0].failure.network_rules.reason).to.match(/never to try this card again \(Mastercard MAC 03: do not try again\)/);
    expect(second.skipped).to.have.length(1);
    expect(second.skipped[0]).to.include({ card_id: cards[0]!.id, reason: 'do_not_retry' });
    expect(second.skipped[0].support_reason).to.match(/issuer said never to try it again/);
    const card = view.cards.find((c: { id: string }) => c.id === cards[0]!.id);
    expect(card.status).to.equal('do_not_retry');
    expect(card.retry_block).to.deep.equal({ reason: 'do_not_retry', code: 'network_advice_code:03', since: first.attempts[0].completed_at, not_before: null });
  });

  it('when support runs why, then each decline prints the network’s codes and the rule, and the skipped card prints why', async () => {
    const { customer } = await skippedNeverAgainCard();
    const server: Server = t.app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      const out: string[] = [];
      const code = await runSupportCommand(['why', customer.accountId, '--url', `http://127.0.0.1:${(server.address() as AddressInfo).port}`], {
        env: { CARD_VAULT_TOKEN: await t.token('agent.alice', ['support']) },
        out: (text) => out.push(text),
        err: (text) => out.push(text),
        mintToken: () => Promise.reject(new Error('the token comes from the environment here')),
      });
      const report = out.join('\n');
      expect(code, report).to.equal(0);
      expect(report).to.match(/network: {2}mastercard, issuer code 05, merchant advice code 03\n +rules: {4}The issuer said never to try this card again/);
      expect(report).to.match(/- {2}card •••• 0301 {2}skipped: do_not_retry\n +rules: {4}Not tried: its issuer said never to try it again/);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
