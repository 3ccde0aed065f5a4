import { expect } from 'chai';
import { answerThreeDSecure, simulatorOf } from '../helpers/card-flow.js';
import { onBothDatabases, postTopup } from '../helpers/balance-flow.js';
import { accountWithCards, billingAuth, postCharge } from '../helpers/charge-flow.js';
import type { TestApp } from '../helpers/test-app.js';
import { CardNoLongerEligible } from '../../src/features/charges/card-retry-store.js';
import { NetworkRetryGuard } from '../../src/features/charges/network-retry-guard.js';

const DAY = 24 * 3600;

type Attempt = Record<string, unknown> & { card_id: string; result: string };

// One app per database for the whole file, and the rules count tries per physical card (the
// simulator's test cards are the same cards in every account): each test starts a month after
// the last, so that no window still holds another test's declines.
onBothDatabases('charging under the card-network rules (billing job)', (app) => {
  let t: TestApp;
  let billing: { Authorization: string };
  beforeEach(async () => {
    t = app();
    t.clock.advanceSeconds(31 * DAY);
    billing = await billingAuth(t);
  });

  const customerIdOf = async (accountId: string): Promise<string> => (await t.db('gateway_customers').where({ account_id: accountId }).first()).customer_id;
  const chargeIntents = async (accountId: string) => simulatorOf(t).listIntents({ customerId: await customerIdOf(accountId), purpose: 'charge' });
  const cardOf = async (auth: { Authorization: string }, cardId: string) => (await t.api.get(`/v1/cards/${cardId}`).set(auth)).body;

  const simulatorCards: Array<{ paymentMethod: string; fields: Record<string, string>; status: string }> = [
    {
      paymentMethod: 'pm_card_simulatorDeclinesDoNotTryAgain',
      fields: { decline_code: 'stolen_card', advice_code: 'do_not_try_again', network_decline_code: '43', network: 'visa' },
      status: 'do_not_retry',
    },
    {
      paymentMethod: 'pm_card_simulatorDeclinesTryAgainLater',
      fields: { decline_code: 'insufficient_funds', advice_code: 'try_again_later', network_decline_code: '51', network: 'visa' },
      status: 'active',
    },
    {
      paymentMethod: 'pm_card_simulatorMastercardRetryAfter24h',
      fields: { decline_code: 'insufficient_funds', network_decline_code: '51', network_advice_code: '25', network: 'mastercard' },
      status: 'active',
    },
    {
      paymentMethod: 'pm_card_simulatorMastercardDoNotTryAgain',
      fields: { decline_code: 'do_not_honor', network_decline_code: '05', network_advice_code: '03', network: 'mastercard' },
      status: 'do_not_retry',
    },
  ];
  for (const { paymentMethod, fields, status } of simulatorCards) {
    it(`when ${paymentMethod} is charged, then the attempt keeps what the gateway said and the card reads ${status}`, async () => {
      const { customer, cards } = await accountWithCards(t, [paymentMethod]);

      const response = await postCharge(t, billing, customer.accountId, { amount: 1000 });

      expect(response.status, JSON.stringify(response.body)).to.equal(402);
      expect(response.body.code).to.equal('all_cards_declined');
      const [attempt] = response.body.charge.attempts as Attempt[];
      expect(attempt).to.include({ card_id: cards[0]!.id, result: 'declined', ...fields });
      for (const absent of ['advice_code', 'network_advice_code'].filter((field) => !(field in fields))) expect(attempt).not.to.have.property(absent);
      const read = await t.api.get(`/v1/accounts/${customer.accountId}/charges/${response.body.charge.id}`).set(billing);
      expect(read.body.attempts[0]).to.deep.equal(attempt);
      expect((await cardOf(customer.auth, cards[0]!.id)).status).to.equal(status);
      const events = await t.db('events').where({ account_id: customer.accountId, type: 'card.do_not_retry' });
      expect(events, 'one card.do_not_retry event exactly when the card turned do_not_retry').to.have.length(status === 'do_not_retry' ? 1 : 0);
      if (events.length > 0) expect(JSON.parse(events[0].data).object).to.include({ id: cards[0]!.id, status: 'do_not_retry' });
    });
  }

  it('when a card’s issuer said never again, then the next charge skips it without a gateway call and the next card pays', async () => {
    const { customer, cards } = await accountWithCards(t, ['pm_card_simulatorDeclinesDoNotTryAgain', 'pm_card_visa']);
    const first = await postCharge(t, billing, customer.accountId, { amount: 1000 });
    expect(first.status, JSON.stringify(first.body)).to.equal(201);
    expect(first.body.attempts.map((a: Attempt) => [a.card_id, a.result])).to.deep.equal([
      [cards[0]!.id, 'declined'],
      [cards[1]!.id, 'succeeded'],
    ]);
    expect(first.body.skipped).to.deep.equal([]);

    const second = await postCharge(t, billing, customer.accountId, { amount: 1000 });

    expect(second.status, JSON.stringify(second.body)).to.equal(201);
    expect(second.body.attempts.map((a: Attempt) => [a.card_id, a.result])).to.deep.equal([[cards[1]!.id, 'succeeded']]);
    expect(second.body.skipped).to.deep.equal([{ card_id: cards[0]!.id, last4: cards[0]!.last4, reason: 'do_not_retry' }]);
    const triedMethods = (await chargeIntents(customer.accountId)).map((intent) => intent.paymentMethodId);
    const stolen = (await t.db('cards').where({ id: cards[0]!.id }).first()).gateway_payment_method_id;
    expect(triedMethods.filter((method) => method === stolen), 'the never-again card went to the gateway once').to.have.length(1);
  });

  it('when every card is skipped, then 402 no_usable_card says why in skipped, and the gateway is not called', async () => {
    const { customer, cards } = await accountWithCards(t, ['pm_card_simulatorMastercardDoNotTryAgain']);
    expect((await postCharge(t, billing, customer.accountId, { amount: 1000 })).status).to.equal(402);
    const before = (await chargeIntents(customer.accountId)).length;

    const response = await postCharge(t, billing, customer.accountId, { amount: 1000 });

    expect(response.status, JSON.stringify(response.body)).to.equal(402);
    expect(response.body.code).to.equal('no_usable_card');
    expect(response.body.charge).to.include({ status: 'failed', failure_code: 'no_usable_card' });
    expect(response.body.charge.attempts).to.deep.equal([]);
    expect(response.body.charge.skipped).to.deep.equal([{ card_id: cards[0]!.id, last4: cards[0]!.last4, reason: 'do_not_retry' }]);
    expect((await chargeIntents(customer.accountId)).length, 'no payment intent was created').to.equal(before);
  });

  it('when other charges keep taking the last try a card may have (its try refused under the lock at every choice), then after the waits it is skipped as retry_limit: the next card pays, or 402, never a 500', async function () {
    this.timeout(30_000);
    const { customer, cards } = await accountWithCards(t, ['pm_card_visa', 'pm_card_mastercard']);
    const { customer: alone, cards: aloneCards } = await accountWithCards(t, ['pm_card_visa']);
    const crowded = (await t.db('cards').where({ id: cards[0]!.id }).first()).fingerprint as string;
    // The stand-in for a crowd of charges on one physical card: every count under the card's lock
    // finds its window full, though each read before it found room.
    const reserveIn = NetworkRetryGuard.prototype.reserveIn;
    NetworkRetryGuard.prototype.reserveIn = async function (this: NetworkRetryGuard, ...args: Parameters<typeof reserveIn>) {
      if (args[2].fingerprint === crowded) throw new CardNoLongerEligible();
      return reserveIn.apply(this, args);
    };
    try {
      const paid = await postCharge(t, billing, customer.accountId, { amount: 1000 });
      expect(paid.status, JSON.stringify(paid.body)).to.equal(201);
      expect(paid.body).to.include({ status: 'succeeded', card_id: cards[1]!.id });
      expect(paid.body.skipped).to.deep.equal([{ card_id: cards[0]!.id, last4: cards[0]!.last4, reason: 'retry_limit' }]);

      const refused = await postCharge(t, billing, alone.accountId, { amount: 1000 });
      expect(refused.status, JSON.stringify(refused.body)).to.equal(402);
      expect(refused.body.code).to.equal('no_usable_card');
      expect(refused.body.charge.skipped).to.deep.equal([{ card_id: aloneCards[0]!.id, last4: aloneCards[0]!.last4, reason: 'retry_limit' }]);
      expect(refused.body.charge.attempts).to.deep.equal([]);
    } finally {
      NetworkRetryGuard.prototype.reserveIn = reserveIn;
    }
  });

  it('when recovery carries a charge on after a decline, then it skips a never-again card too', async () => {
    const { customer, cards } = await accountWithCards(t, ['pm_card_simulatorDeclinesTryAgainLater', 'pm_card_simulatorDeclinesDoNotTryAgain']);
    // Charge 1 makes the second card do_not_retry.
    expect((await postCharge(t, billing, customer.accountId, { amount: 1000 })).status).to.equal(402);
    expect((await cardOf(customer.auth, cards[1]!.id)).status).to.equal('do_not_retry');
    // Charge 2: the first card's answer is lost (it declined), so recovery decides what comes next.
    simulatorOf(t).failNext('confirmCharge', 'indeterminate_after_commit');
    const unknown = await postCharge(t, billing, customer.accountId, { amount: 1000 });
    expect(unknown.status, JSON.stringify(unknown.body)).to.equal(503);
    const intentsBefore = (await chargeIntents(customer.accountId)).length;

    t.clock.advanceSeconds(6);
    await t.runJobs();

    const settled = (await t.api.get(`/v1/accounts/${customer.accountId}/charges/${unknown.body.charge.id}`).set(billing)).body;
    expect(settled).to.include({ status: 'failed', failure_code: 'all_cards_declined' });
    expect(settled.attempts.map((a: Attempt) => [a.card_id, a.result])).to.deep.equal([[cards[0]!.id, 'declined']]);
    expect(settled.skipped).to.deep.equal([{ card_id: cards[1]!.id, last4: cards[1]!.last4, reason: 'do_not_retry' }]);
    expect((await chargeIntents(customer.accountId)).length).to.equal(intentsBefore);
  });

  it('when Mastercard says retry after 24 h (MAC 25), then the card is skipped with eligible_after 24 h after the decline, and tried again after it', async () => {
    const { customer, cards } = await accountWithCards(t, ['pm_card_simulatorMastercardRetryAfter24h']);
    const declinedAt = t.clock.now();
    expect((await postCharge(t, billing, customer.accountId, { amount: 1000 })).status).to.equal(402);
    t.clock.advanceSeconds(3600);

    const early = await postCharge(t, billing, customer.accountId, { amount: 1000 });

    expect(early.body.code).to.equal('no_usable_card');
    const eligibleAfter = new Date(declinedAt.getTime() + DAY * 1000).toISOString();
    expect(early.body.charge.skipped).to.deep.equal([{ card_id: cards[0]!.id, last4: cards[0]!.last4, reason: 'retry_later', eligible_after: eligibleAfter }]);

    t.clock.advanceSeconds(DAY - 3600 + 1);
    const later = await postCharge(t, billing, customer.accountId, { amount: 1000 });
    expect(later.body.code).to.equal('all_cards_declined');
    expect(later.body.charge.attempts).to.have.length(1);
    expect(later.body.charge.skipped).to.deep.equal([]);
  });

  it('when a card declined 10 times in 24 hours, then the 11th charge does not send it, until the first decline leaves the window', async () => {
    const { customer, cards } = await accountWithCards(t, ['pm_card_simulatorDeclinesTryAgainLater']);
    const firstAt = t.clock.now();
    for (let charge = 1; charge <= 10; charge += 1) {
      const response = await postCharge(t, billing, customer.accountId, { amount: 1000 });
      expect(response.body.code, `charge ${charge}`).to.equal('all_cards_declined');
      t.clock.advanceSeconds(60);
    }

    const eleventh = await postCharge(t, billing, customer.accountId, { amount: 1000 });

    expect(eleventh.body.code).to.equal('no_usable_card');
    expect(eleventh.body.charge.skipped).to.deep.equal([
      { card_id: cards[0]!.id, last4: cards[0]!.last4, reason: 'retry_limit', eligible_after: new Date(firstAt.getTime() + DAY * 1000).toISOString() },
    ]);
    expect(await chargeIntents(customer.accountId)).to.have.length(10);

    t.clock.advanceSeconds(DAY - 600 + 1);
    const freed = await postCharge(t, billing, customer.accountId, { amount: 1000 });
    expect(freed.body.code).to.equal('all_cards_declined');
    expect(await chargeIntents(customer.accountId)).to.have.length(11);
  });

  it('when 20 charges on one account run at once, then the card is sent at most 10 times (the daily counter holds)', async () => {
    const { customer, cards } = await accountWithCards(t, ['pm_card_simulatorDeclinesTryAgainLater']);

    const responses = await Promise.all(Array.from({ length: 20 }, () => postCharge(t, billing, customer.accountId, { amount: 1000 })));

    const codes = responses.map((response) => response.body.code as string);
    expect(codes.filter((code) => code === 'all_cards_declined'), JSON.stringify(codes)).to.have.length(10);
    expect(codes.filter((code) => code === 'no_usable_card')).to.have.length(10);
    for (const response of responses.filter((r) => r.body.code === 'no_usable_card')) {
      expect(response.body.charge.skipped).to.have.deep.members([{ card_id: cards[0]!.id, last4: cards[0]!.last4, reason: 'retry_limit', ...pick(response.body.charge.skipped[0], 'eligible_after') }]);
    }
    expect(await chargeIntents(customer.accountId), 'payment intents sent to the card').to.have.length(10);
  });

  it('when a do_not_retry card gets a new expiry, then it is active again and the next charge tries it', async () => {
    const { customer, cards } = await accountWithCards(t, ['pm_card_simulatorDeclinesDoNotTryAgain']);
    expect((await postCharge(t, billing, customer.accountId, { amount: 1000 })).status).to.equal(402);
    expect((await cardOf(customer.auth, cards[0]!.id)).status).to.equal('do_not_retry');

    const updated = await t.api.patch(`/v1/cards/${cards[0]!.id}`).set(customer.auth).send({ exp_month: 12, exp_year: t.clock.now().getUTCFullYear() + 3 });

    expect(updated.status, JSON.stringify(updated.body)).to.equal(200);
    expect(updated.body.card.status).to.equal('active');
    const next = await postCharge(t, billing, customer.accountId, { amount: 1000 });
    expect(next.body.code).to.equal('all_cards_declined');
    expect(next.body.charge.attempts.map((a: Attempt) => a.card_id)).to.deep.equal([cards[0]!.id]);
    expect(next.body.charge.skipped).to.deep.equal([]);
  });

  it('when an off-session charge needs authentication, then later charges skip the card as needs_customer', async () => {
    const { customer, cards } = await accountWithCards(t, ['pm_card_authenticationRequired', 'pm_card_visa']);
    const first = await postCharge(t, billing, customer.accountId, { amount: 1000 });
    expect(first.body.attempts.map((a: Attempt) => a.result)).to.deep.equal(['declined', 'succeeded']);

    const second = await postCharge(t, billing, customer.accountId, { amount: 1000 });

    expect(second.status).to.equal(201);
    expect(second.body.attempts.map((a: Attempt) => a.card_id)).to.deep.equal([cards[1]!.id]);
    expect(second.body.skipped).to.deep.equal([{ card_id: cards[0]!.id, last4: cards[0]!.last4, reason: 'needs_customer' }]);
    expect((await cardOf(customer.auth, cards[0]!.id)).status, 'the card itself stays active: the customer can use it on-session').to.equal('active');
  });

  it('when the customer then pays with that card on-session (a top-up through 3-D Secure), then charges try it again', async () => {
    const { customer, cards } = await accountWithCards(t, ['pm_card_authenticationRequired', 'pm_card_visa']);
    expect((await postCharge(t, billing, customer.accountId, { amount: 1000 })).body.attempts).to.have.length(2);
    expect((await postCharge(t, billing, customer.accountId, { amount: 1000 })).body.skipped).to.have.length(1);

    const topup = await postTopup(t, customer, { amount: 5000, card_id: cards[0]!.id });
    expect(topup.status, JSON.stringify(topup.body)).to.equal(202);
    await answerThreeDSecure(t, topup.body.next_action.url, 'complete');
    const confirmed = await t.api.post(`/v1/topups/${topup.body.topup.id}/confirm`).set(customer.auth);
    expect(confirmed.status, JSON.stringify(confirmed.body)).to.equal(201);

    const next = await postCharge(t, billing, customer.accountId, { amount: 1000 });
    expect(next.body.skipped).to.deep.equal([]);
    expect(next.body.attempts.map((a: Attempt) => [a.card_id, a.result])).to.deep.equal([
      [cards[0]!.id, 'declined'],
      [cards[1]!.id, 'succeeded'],
    ]);
  });
});

const pick = (object: Record<string, unknown>, key: string) => (key in object ? { [key]: object[key] } : {});
