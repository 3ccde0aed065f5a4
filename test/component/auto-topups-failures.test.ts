import { expect } from 'chai';
import { balanceOf, onBothDatabases, postTopup } from '../helpers/balance-flow.js';
import { simulatorOf } from '../helpers/card-flow.js';
import { accountWithCards } from '../helpers/charge-flow.js';
import type { TestApp } from '../helpers/test-app.js';
import { automaticTopups, debit, emails, fundByTransfer, ruleOf, turnOnAutoTopup } from '../helpers/auto-topup-flow.js';

const HOUR = 3_600;

/** The bank starts declining a card that verified fine (Stripe's chargeCustomerFail card attaches
 * but also fails its verification hold, so it could never be saved): the simulator's record of the
 * payment method now points at that test card. */
async function cardStartsDeclining(t: TestApp, cardId: string): Promise<void> {
  const card = await t.db('cards').where({ id: cardId }).first('gateway_payment_method_id');
  const updated = await t.db('simulator_payment_methods').where({ id: card.gateway_payment_method_id }).update({ test_card_id: 'pm_card_chargeCustomerFail' });
  expect(updated).to.equal(1);
}

onBothDatabases('automatic top-ups: failures', (app) => {
  it('when the card declines, then an email goes at once, the next try waits at least an hour, and the third failure in a row turns the rule off and says so', async () => {
    const t = app();
    const { customer, cards } = await accountWithCards(t, ['pm_card_visa', 'pm_card_mastercard']);
    const failing = cards[1]!;
    await cardStartsDeclining(t, failing.id);
    await fundByTransfer(t, customer, 10_000);
    await turnOnAutoTopup(t, customer, { threshold: 5_000, amount: 20_000, card_id: failing.id });

    await debit(t, customer, 6_000); // 4 000: crosses
    await t.runJobs();
    let topups = await automaticTopups(t, customer);
    expect(topups).to.have.length(1);
    expect(topups[0]).to.include({ status: 'cancelled', card_id: failing.id, trigger: 'automatic' });
    expect(topups[0]!.failure.code).to.equal('card_declined');
    const declined = await emails(t, customer, 'auto_topup_declined');
    expect(declined).to.have.length(1);
    expect(declined[0]!.text).to.contain(topups[0]!.number).and.to.contain('Nothing was charged');
    expect(await emails(t, customer, 'topup_cancelled')).to.have.length(0); // its own email, not the generic one
    let rule = await ruleOf(t, customer);
    expect(rule).to.include({ status: 'active', failures_in_a_row: 1, next_try_after: new Date(t.clock.now().getTime() + HOUR * 1000).toISOString() });

    t.clock.advanceSeconds(HOUR - 60); // not yet an hour
    await t.runJobs();
    expect(await automaticTopups(t, customer)).to.have.length(1);

    t.clock.advanceSeconds(61); // the hour is over and the balance is still low: the second try
    await t.runJobs();
    topups = await automaticTopups(t, customer);
    expect(topups.map((topup) => topup.status)).to.deep.equal(['cancelled', 'cancelled']);
    expect(await emails(t, customer, 'auto_topup_declined')).to.have.length(2);
    expect((await ruleOf(t, customer)).failures_in_a_row).to.equal(2);

    t.clock.advanceSeconds(HOUR + 1); // the third try fails: the rule turns off
    await t.runJobs();
    expect(await automaticTopups(t, customer)).to.have.length(3);
    rule = await ruleOf(t, customer);
    expect(rule).to.include({ status: 'disabled', disabled_reason: 'failed_3_times', failures_in_a_row: 3 });
    const off = await emails(t, customer, 'auto_topup_turned_off');
    expect(off).to.have.length(1);
    expect(off[0]!.text).to.contain('Automatic top-up is now off');

    t.clock.advanceSeconds(HOUR + 1); // off: no more tries, not even on a new crossing
    await t.runJobs();
    await fundByTransfer(t, customer, 10_000);
    await debit(t, customer, 10_000);
    await t.runJobs();
    expect(await automaticTopups(t, customer)).to.have.length(3);
    expect((await balanceOf(t, customer)).available).to.equal(4_000);

    // Turned on again with a working card: the count starts over and it pays.
    await turnOnAutoTopup(t, customer, { threshold: 5_000, amount: 20_000, card_id: cards[0]!.id });
    await fundByTransfer(t, customer, 2_000);
    await debit(t, customer, 2_000);
    await t.runJobs();
    expect((await automaticTopups(t, customer))[0]).to.include({ status: 'paid', card_id: cards[0]!.id });
    expect((await ruleOf(t, customer)).failures_in_a_row).to.equal(0);
  });

  it('when the bank wants authentication (authentication_required), then the customer gets a link to pay the same amount on-session, and that link leads to a 3-D Secure top-up', async () => {
    const t = app();
    const { customer, cards } = await accountWithCards(t, ['pm_card_authenticationRequired']);
    await fundByTransfer(t, customer, 10_000);
    await turnOnAutoTopup(t, customer, { threshold: 5_000, amount: 20_000 });
    await debit(t, customer, 6_000);
    await t.runJobs();
    const [topup] = await automaticTopups(t, customer);
    expect(topup).to.include({ status: 'cancelled', card_id: cards[0]!.id });
    expect(topup!.failure.code).to.equal('authentication_required');
    const sent = await emails(t, customer, 'auto_topup_authentication_required');
    expect(sent).to.have.length(1);
    const link = /(http:\/\/card-vault\.test\/\S+)/.exec(sent[0]!.text)![1]!;
    const url = new URL(link);
    expect(url.searchParams.get('topup_amount')).to.equal('20000');
    expect(url.hash).to.equal('#topup');
    expect((await ruleOf(t, customer)).failures_in_a_row).to.equal(1);
    const support = { Authorization: `Bearer ${await t.token('support-agent', ['support'])}` };
    const view = (await t.api.get(`/v1/support/accounts/${customer.accountId}`).set(support)).body;
    const seen = view.balance.topups.find((row: { id: string }) => row.id === topup!.id);
    expect(seen).to.include({ trigger: 'automatic' });
    expect(seen.failure).to.include({ code: 'authentication_required', gateway_code: 'authentication_required' });
    expect(seen.failure.support_reason).to.be.a('string').and.not.be.empty;

    // What the page does with the link: an on-session top-up of that amount, where the bank asks.
    const onSession = await postTopup(t, customer, { amount: Number(url.searchParams.get('topup_amount')) });
    expect(onSession.status, JSON.stringify(onSession.body)).to.equal(202);
    expect(onSession.body.next_action.type).to.equal('redirect');
  });

  it('when the rule’s card is deleted before the top-up is paid, then it is cancelled without a gateway call and counts as a failure', async () => {
    const t = app();
    const { customer, cards } = await accountWithCards(t, ['pm_card_visa', 'pm_card_mastercard']);
    await fundByTransfer(t, customer, 10_000);
    await turnOnAutoTopup(t, customer, { threshold: 5_000, amount: 20_000, card_id: cards[1]!.id });
    await debit(t, customer, 6_000);
    expect((await t.api.delete(`/v1/cards/${cards[1]!.id}`).set(customer.auth)).status).to.be.oneOf([200, 204]);
    await t.runJobs();
    const [topup] = await automaticTopups(t, customer);
    expect(topup).to.include({ status: 'cancelled' });
    expect(topup!.failure.code).to.equal('card_not_eligible');
    expect((await t.db('topups').where({ id: topup!.id }).first('intent_id')).intent_id, 'no payment was started').to.equal(null);
    expect((await ruleOf(t, customer)).failures_in_a_row).to.equal(1);
  });

  it('when the gateway times out creating the payment, then confirming it (the money moved), then the automatic top-up is paid and credited exactly once, by the payer and then the settler', async () => {
    const t = app();
    const { customer } = await accountWithCards(t, ['pm_card_visa']);
    await fundByTransfer(t, customer, 10_000);
    await turnOnAutoTopup(t, customer, { threshold: 5_000, amount: 20_000 });
    await debit(t, customer, 6_000);
    const simulator = simulatorOf(t);
    simulator.failNext('createCharge', 'indeterminate', 3); // every retry of the first pass
    await t.runJobs();
    expect((await automaticTopups(t, customer))[0]).to.include({ status: 'new' });
    simulator.failNext('confirmCharge', 'indeterminate_after_commit', 3);
    for (let pass = 0; pass < 6 && (await automaticTopups(t, customer))[0]!.status === 'new'; pass += 1) {
      t.clock.advanceSeconds(600); // past any settle delay
      await t.runJobs();
    }
    const topups = await automaticTopups(t, customer);
    expect(topups.map((topup) => topup.status)).to.deep.equal(['paid']);
    expect(await balanceOf(t, customer)).to.include({ available: 24_000, pending: 0 });
    const intents = await t.db('simulator_intents').where({ customer_id: (await t.db('topups').where({ id: topups[0]!.id }).first('gateway_customer_id')).gateway_customer_id, purpose: 'charge' }).count({ n: '*' });
    expect(Number(intents[0]!.n), 'one payment at the gateway').to.equal(1);
    expect((await ruleOf(t, customer)).failures_in_a_row).to.equal(0);
  });
});
