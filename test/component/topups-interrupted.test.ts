import { expect } from 'chai';
import { simulatorOf } from '../helpers/card-flow.js';
import { accountWithCards } from '../helpers/charge-flow.js';
import { balanceOf, onBothDatabases, postTopup } from '../helpers/balance-flow.js';
import { TopupStore } from '../../src/features/balance/topup-store.js';

onBothDatabases('top-ups interrupted, and a saved card that declines', (app) => {
  it('when the process dies after a new card is attached and before the top-up names it, then the settler cancels the top-up, removes the pending card, ends its history entry and detaches it', async () => {
    const t = app();
    const { customer } = await accountWithCards(t, ['pm_card_visa']);
    // The write that names the attached card on the top-up fails once: the process "dies" there.
    const update = TopupStore.prototype.update;
    let crashed = false;
    TopupStore.prototype.update = async function (this: TopupStore, ...args: Parameters<TopupStore['update']>) {
      if (!crashed && args[2].gateway_payment_method_id) {
        crashed = true;
        throw new Error('simulated crash');
      }
      return update.apply(this, args);
    };
    let response;
    try {
      response = await postTopup(t, customer, { amount: 5_000, payment_method: 'pm_card_mastercard', save_card: true });
    } finally {
      TopupStore.prototype.update = update;
    }
    expect(crashed).to.equal(true);
    expect(response.status).to.equal(500);

    t.clock.advanceSeconds(120);
    await t.runJobs();
    const topup = (await t.api.get('/v1/topups').set(customer.auth)).body.data[0];
    expect(topup).to.include({ status: 'cancelled' });
    const cards = (await t.api.get('/v1/cards').set(customer.auth)).body.data as Array<{ last4: string }>;
    expect(cards.map((card) => card.last4), 'the pending card is not kept').to.deep.equal(['4242']);
    const history = (await t.api.get('/v1/cards/history').set(customer.auth)).body.data as Array<{ last4: string; result: string }>;
    expect(history.find((entry) => entry.last4 === '4444')?.result, 'the history entry is no longer pending').to.equal('failed');
    const entry = await t.db('card_history').where({ account_id: customer.accountId, last4: '4444' }).first();
    expect(Boolean(entry.counts_as_failure), 'not the card\'s fault: the card-failure budget is not used').to.equal(false);
    expect((await simulatorOf(t).getPaymentMethod(entry.gateway_payment_method_id))?.detachedAt, 'detached at the gateway').to.be.a('string');
    expect(await balanceOf(t, customer)).to.deep.include({ available: 0, pending: 0 });
  });

  it('when the create call of a top-up never answers, then the settler cancels the top-up and the intent made at the gateway', async () => {
    const t = app();
    const { customer } = await accountWithCards(t, ['pm_card_visa']);
    // Every try of the create times out after the gateway made the intent: no intent id is stored.
    simulatorOf(t).failNext('createCharge', 'indeterminate_after_commit', 20);
    const response = await postTopup(t, customer, { amount: 5_000 });
    expect(response.status, JSON.stringify(response.body)).to.equal(503);
    simulatorOf(t).clearFailures();
    const stored = await t.db('topups').where({ id: response.body.topup.id }).first();
    expect(stored.intent_id).to.equal(null);
    const intents = () => simulatorOf(t).listIntents({ customerId: stored.gateway_customer_id, purpose: 'charge' });
    expect((await intents()).map((intent) => intent.status)).to.deep.equal(['created']);

    t.clock.advanceSeconds(60);
    await t.runJobs();
    expect((await t.api.get(`/v1/topups/${response.body.topup.id}`).set(customer.auth)).body).to.include({ status: 'cancelled' });
    expect((await intents()).map((intent) => intent.status), 'no intent left open for the top-up').to.deep.equal(['canceled']);
    expect(await balanceOf(t, customer)).to.deep.include({ available: 0, pending: 0 });
  });

  it('when a saved card declines a top-up, then 402 card_declined, the top-up cancelled, the balance unchanged, and an email says why', async () => {
    const t = app();
    const { customer, cards } = await accountWithCards(t, ['pm_card_visa']);
    expect((await postTopup(t, customer, { amount: 2_000 })).status).to.equal(201);
    // Since it was saved, the issuer started refusing this card (insufficient funds, say).
    const card = await t.db('cards').where({ id: cards[0]!.id }).first();
    await t.db('simulator_payment_methods').where({ id: card.gateway_payment_method_id }).update({ test_card_id: 'pm_card_chargeDeclinedInsufficientFunds' });

    const response = await postTopup(t, customer, { amount: 5_000, card_id: cards[0]!.id });
    expect(response.status, JSON.stringify(response.body)).to.equal(402);
    expect(response.body.code).to.equal('card_declined');
    expect(response.body.topup).to.include({ status: 'cancelled', card_id: cards[0]!.id });
    expect(response.body.topup.failure.code).to.equal('card_declined');
    expect(await balanceOf(t, customer)).to.deep.include({ available: 2_000, pending: 0 });
    await t.runJobs();
    const email = t.inbox.sentTo(customer.email).find((message) => message.template === 'topup_cancelled');
    expect(email?.text).to.contain(response.body.topup.number).and.contain('nothing was charged').and.match(/insufficient|declined/i);
  });
});
