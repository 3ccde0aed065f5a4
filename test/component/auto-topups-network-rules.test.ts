import { expect } from 'chai';
import { onBothDatabases } from '../helpers/balance-flow.js';
import { simulatorOf } from '../helpers/card-flow.js';
import { accountWithCards } from '../helpers/charge-flow.js';
import type { Customer } from '../helpers/customer-flow.js';
import type { TestApp } from '../helpers/test-app.js';
import { automaticTopups, debit, emails, fundByTransfer, ruleOf, turnOnAutoTopup } from '../helpers/auto-topup-flow.js';

const HOUR = 3_600;
const DAY = 24 * HOUR;

// One app per database for the whole file, and the rules count tries per physical card (the
// simulator's test cards are the same cards in every account): each test starts a month after
// the last, so that no window still holds another test's declines.
onBothDatabases('automatic top-ups under the card-network rules', (app) => {
  let t: TestApp;
  beforeEach(() => {
    t = app();
    t.clock.advanceSeconds(31 * DAY);
  });

  /** The off-session payments the simulator was asked to make for this customer. */
  const gatewayPayments = async (customer: Customer) => {
    const row = await t.db('gateway_customers').where({ account_id: customer.accountId }).first('customer_id');
    return simulatorOf(t).listIntents({ customerId: String(row.customer_id), purpose: 'charge' });
  };
  const cardOf = async (customer: Customer, cardId: string) => (await t.api.get(`/v1/cards/${cardId}`).set(customer.auth)).body;

  it('when the issuer declines an automatic top-up with do_not_try_again, then the card reads do_not_retry, the decline counts as merchant-initiated, and the next crossing is cancelled without a gateway call, saying why', async () => {
    const { customer, cards } = await accountWithCards(t, ['pm_card_simulatorDeclinesDoNotTryAgain']);
    const card = cards[0]!;
    await fundByTransfer(t, customer, 10_000);
    await turnOnAutoTopup(t, customer, { threshold: 5_000, amount: 20_000 });

    await debit(t, customer, 6_000); // 4 000: crosses
    await t.runJobs();
    let topups = await automaticTopups(t, customer);
    expect(topups).to.have.length(1);
    expect(topups[0]).to.include({ status: 'cancelled', card_id: card.id });
    expect(topups[0]!.failure.code).to.equal('card_declined');
    expect(await gatewayPayments(customer)).to.have.length(1);
    expect((await cardOf(customer, card.id)).status).to.equal('do_not_retry');
    // Counted with the settlement, against the card's merchant-initiated counters.
    const counted = await t.db('card_declined_tries').where({ attempt_id: topups[0]!.id }).first('status', 'initiator', 'network');
    expect(counted).to.deep.equal({ status: 'declined', initiator: 'merchant', network: 'visa' });

    // The next try after the hour's wait: the card is not charged off-session again.
    t.clock.advanceSeconds(HOUR + 1);
    await t.runJobs();
    topups = await automaticTopups(t, customer);
    expect(topups).to.have.length(2);
    expect(topups[0]).to.include({ status: 'cancelled' });
    expect(topups[0]!.failure.code).to.equal('card_not_eligible');
    expect(topups[0]!.failure.message).to.match(/never to charge it again.*choose another card/);
    expect(await gatewayPayments(customer), 'no gateway call for the blocked card').to.have.length(1);
    expect((await t.db('topups').where({ id: topups[0]!.id }).first('intent_id')).intent_id).to.equal(null);
    const declined = await emails(t, customer, 'auto_topup_declined');
    expect(declined).to.have.length(2);
    expect(declined[1]!.text).to.contain('never to charge it again');
    expect((await ruleOf(t, customer)).failures_in_a_row).to.equal(2);

    // A new crossing (the balance refilled and spent again): still no gateway call.
    await fundByTransfer(t, customer, 10_000);
    await debit(t, customer, 10_000);
    t.clock.advanceSeconds(HOUR + 1);
    await t.runJobs();
    topups = await automaticTopups(t, customer);
    expect(topups.length).to.be.greaterThan(2);
    expect(topups.slice(0, -1).every((topup) => topup.failure?.code === 'card_not_eligible')).to.equal(true);
    expect(await gatewayPayments(customer), 'still one gateway call').to.have.length(1);
  });

  it('when a Mastercard declines an automatic top-up with MAC 25 (retry after 24 h), then the next try waits 24 hours, not one, and then the card is charged again', async () => {
    const { customer, cards } = await accountWithCards(t, ['pm_card_simulatorMastercardRetryAfter24h']);
    const card = cards[0]!;
    await fundByTransfer(t, customer, 10_000);
    await turnOnAutoTopup(t, customer, { threshold: 5_000, amount: 20_000 });

    await debit(t, customer, 6_000);
    const declinedAt = t.clock.now().getTime();
    await t.runJobs();
    const [first] = await automaticTopups(t, customer);
    expect(first).to.include({ status: 'cancelled', card_id: card.id });
    expect(first!.failure.code).to.equal('card_declined');
    expect((await cardOf(customer, card.id)).status).to.equal('active');
    const tomorrow = new Date(declinedAt + DAY * 1000).toISOString();
    expect(await ruleOf(t, customer)).to.include({ status: 'active', failures_in_a_row: 1, next_try_after: tomorrow });
    const [email] = await emails(t, customer, 'auto_topup_declined');
    expect(email!.text).to.contain(`no sooner than ${tomorrow.slice(0, 16).replace('T', ' ')} UTC`);

    t.clock.advanceSeconds(HOUR + 1); // the usual hour is over, the card's wait is not
    await t.runJobs();
    t.clock.advanceSeconds(DAY - HOUR - 120);
    await t.runJobs();
    expect(await automaticTopups(t, customer)).to.have.length(1);
    expect(await gatewayPayments(customer)).to.have.length(1);

    t.clock.advanceSeconds(120); // past 24 hours: the card is tried again
    await t.runJobs();
    const topups = await automaticTopups(t, customer);
    expect(topups).to.have.length(2);
    expect(topups[0]!.failure.code).to.equal('card_declined');
    expect(await gatewayPayments(customer)).to.have.length(2);
  });
  it('when the gateway times out creating the payment and the payer tries again, then the try is counted once while in flight and stops counting once paid', async () => {
    const { customer } = await accountWithCards(t, ['pm_card_visa']);
    await fundByTransfer(t, customer, 10_000);
    await turnOnAutoTopup(t, customer, { threshold: 5_000, amount: 20_000 });
    await debit(t, customer, 6_000);
    simulatorOf(t).failNext('createCharge', 'indeterminate', 3); // every retry of the first pass
    await t.runJobs();
    const [topup] = await automaticTopups(t, customer);
    expect(topup).to.include({ status: 'new' });
    const tries = () => t.db('card_declined_tries').where({ attempt_id: topup!.id }).select('status', 'initiator');
    expect(await tries()).to.deep.equal([{ status: 'in_flight', initiator: 'merchant' }]);

    for (let pass = 0; pass < 6 && (await automaticTopups(t, customer))[0]!.status === 'new'; pass += 1) {
      t.clock.advanceSeconds(600); // past any settle delay: the payer replays the same try
      await t.runJobs();
    }
    expect((await automaticTopups(t, customer))[0]).to.include({ status: 'paid' });
    expect(await gatewayPayments(customer)).to.have.length(1);
    expect(await tries(), 'a paid try no longer counts').to.deep.equal([]);
  });
});
