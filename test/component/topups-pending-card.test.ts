import { expect } from 'chai';
import { answerThreeDSecure } from '../helpers/card-flow.js';
import { accountWithCards, addActiveCard } from '../helpers/charge-flow.js';
import { balanceOf, onBothDatabases, postTopup } from '../helpers/balance-flow.js';
import type { Customer } from '../helpers/customer-flow.js';
import type { TestApp } from '../helpers/test-app.js';
import { TopupPayment } from '../../src/features/balance/topup-payment.js';

const cardsOf = async (t: TestApp, customer: Customer) =>
  (await t.api.get('/v1/cards').set(customer.auth)).body.data as Array<{ id: string; status: string; is_default: boolean; position: number; last4: string }>;

/** A 3-D Secure top-up that saves a new card: answered 202, the card `pending` until it is paid. */
async function topupSavingCard(t: TestApp, customer: Customer, amount = 5_000, paymentMethod = 'pm_card_authenticationRequired') {
  const started = await postTopup(t, customer, { amount, payment_method: paymentMethod, save_card: true });
  expect(started.status, JSON.stringify(started.body)).to.equal(202);
  return { topupId: started.body.topup.id as string, cardId: started.body.topup.card_id as string, url: started.body.next_action.url as string };
}

/** One sample of a counter on GET /metrics (0 when absent). */
async function counter(t: TestApp, name: string): Promise<number> {
  const line = (await t.api.get('/metrics')).text.split('\n').find((row) => row.startsWith(`${name} `));
  return line ? Number(line.split(' ').at(-1)) : 0;
}

onBothDatabases('a card being saved by a top-up (pending)', (app) => {
  it('when it is made the default or put first in the order, then 409 card_not_active, and the top-up can still be cancelled', async () => {
    const t = app();
    const { customer, cards } = await accountWithCards(t, ['pm_card_visa']);
    const { topupId, cardId } = await topupSavingCard(t, customer);

    const asDefault = await t.api.post(`/v1/cards/${cardId}/default`).set(customer.auth);
    expect(asDefault.status, JSON.stringify(asDefault.body)).to.equal(409);
    expect(asDefault.body).to.include({ code: 'card_not_active', card_id: cardId, card_status: 'pending' });
    const reordered = await t.api.put('/v1/cards/order').set(customer.auth).send({ card_ids: [cardId, cards[0]!.id] });
    expect(reordered.status, JSON.stringify(reordered.body)).to.equal(409);
    expect(reordered.body.code).to.equal('card_not_active');
    expect((await cardsOf(t, customer)).map((card) => [card.id, card.is_default])).to.deep.equal([[cards[0]!.id, true], [cardId, false]]);

    const cancelled = await t.api.post(`/v1/topups/${topupId}/cancel`).set(customer.auth);
    expect(cancelled.status, JSON.stringify(cancelled.body)).to.equal(200);
    expect(cancelled.body.status).to.equal('cancelled');
    expect((await cardsOf(t, customer)).map((card) => card.id), 'the pending card is not kept').to.deep.equal([cards[0]!.id]);
    expect(await balanceOf(t, customer)).to.deep.include({ available: 0, pending: 0 });
  });

  it('when its 3-D Secure fails and the top-up is confirmed, then 402 authentication_failed and the card is not kept; the database refuses it as the default meanwhile', async () => {
    const t = app();
    const { customer, cards } = await accountWithCards(t, ['pm_card_visa']);
    const { topupId, cardId, url } = await topupSavingCard(t, customer);
    // Written past the service: the database itself refuses a default that is not saved yet.
    await t.db('cards').where({ id: cards[0]!.id }).update({ is_default: false });
    const refused = await t.db('cards').where({ id: cardId }).update({ is_default: true }).then(() => 'accepted', (error: Error) => error.message);
    expect(refused).to.match(/cards_default_is_saved/);
    await t.db('cards').where({ id: cards[0]!.id }).update({ is_default: true });

    await answerThreeDSecure(t, url, 'fail');
    const confirmed = await t.api.post(`/v1/topups/${topupId}/confirm`).set(customer.auth);
    expect(confirmed.status, JSON.stringify(confirmed.body)).to.equal(402);
    expect(confirmed.body.code).to.equal('authentication_failed');
    expect((await cardsOf(t, customer)).map((card) => card.id)).to.deep.equal([cards[0]!.id]);
  });

  it('when its 3-D Secure is passed, then the card becomes active and can then be made the default', async () => {
    const t = app();
    const { customer } = await accountWithCards(t, ['pm_card_visa']);
    const { topupId, cardId, url } = await topupSavingCard(t, customer);
    await answerThreeDSecure(t, url, 'complete');
    expect((await t.api.post(`/v1/topups/${topupId}/confirm`).set(customer.auth)).status).to.equal(201);
    const asDefault = await t.api.post(`/v1/cards/${cardId}/default`).set(customer.auth);
    expect(asDefault.status, JSON.stringify(asDefault.body)).to.equal(200);
    expect(asDefault.body).to.include({ id: cardId, status: 'active', is_default: true });
  });

  it('when its top-up is cancelled while cards were added after it, then those move up: positions stay 0…n-1', async () => {
    const t = app();
    const { customer, cards } = await accountWithCards(t, ['pm_card_visa']);
    const { topupId, cardId } = await topupSavingCard(t, customer);
    const later = await addActiveCard(t, customer, 'pm_card_mastercard');
    expect((await cardsOf(t, customer)).map((card) => [card.id, card.position])).to.deep.equal([[cards[0]!.id, 0], [cardId, 1], [later.id, 2]]);
    expect((await t.api.post(`/v1/topups/${topupId}/cancel`).set(customer.auth)).status).to.equal(200);
    expect((await cardsOf(t, customer)).map((card) => [card.id, card.position])).to.deep.equal([[cards[0]!.id, 0], [later.id, 1]]);
  });

  it('when its expiry is edited, then 409 card_not_active and no verification starts', async () => {
    const t = app();
    const { customer } = await accountWithCards(t, ['pm_card_visa']);
    const { cardId } = await topupSavingCard(t, customer);
    const historyBefore = (await t.api.get('/v1/cards/history').set(customer.auth)).body.data.length;
    const edited = await t.api.patch(`/v1/cards/${cardId}`).set(customer.auth).send({ exp_month: 12, exp_year: 2031 });
    expect(edited.status, JSON.stringify(edited.body)).to.equal(409);
    expect(edited.body).to.include({ code: 'card_not_active', card_status: 'pending' });
    expect((await t.api.get('/v1/cards/history').set(customer.auth)).body.data.length, 'no update_expiry entry').to.equal(historyBefore);
  });
});

onBothDatabases('the top-up settler, one top-up at a time', (app) => {
  it('when settling one top-up fails, then it is logged, counted in /metrics and retried later with backoff, and the others of the batch are settled', async () => {
    const t = app();
    const { customer } = await accountWithCards(t, ['pm_card_visa']);
    const broken = await topupSavingCard(t, customer, 5_000);
    const healthy = await topupSavingCard(t, customer, 6_000, 'pm_card_threeDSecure2Required');
    const failuresBefore = await counter(t, 'card_vault_topup_settle_failures_total');

    // Settling the first top-up fails (a fault of ours, not the gateway's unknown answer).
    const settle = TopupPayment.prototype.settle;
    TopupPayment.prototype.settle = async function (this: TopupPayment, ...args: Parameters<TopupPayment['settle']>) {
      if (args[0].id === broken.topupId) throw new Error('simulated fault while settling');
      return settle.apply(this, args);
    };
    try {
      t.clock.advanceSeconds(16 * 60); // both 3-D Secure pages were left unanswered
      await t.runJobs();
    } finally {
      TopupPayment.prototype.settle = settle;
    }
    const statusOf = async (id: string) => (await t.api.get(`/v1/topups/${id}`).set(customer.auth)).body.status;
    expect(await statusOf(healthy.topupId), 'the rest of the batch ran').to.equal('cancelled');
    expect(await statusOf(broken.topupId)).to.equal('new');
    expect((await counter(t, 'card_vault_topup_settle_failures_total')) - failuresBefore).to.equal(1);
    const held = await t.db('topups').where({ id: broken.topupId }).first();
    expect(held.locked_by, 'let go of').to.equal(null);
    expect(Date.parse(held.settle_after) - t.clock.now().getTime(), 'retried after a backoff').to.be.greaterThan(0);

    await t.runJobs();
    expect(await statusOf(broken.topupId), 'not before its backoff').to.equal('new');
    t.clock.advanceSeconds(60);
    await t.runJobs();
    expect(await statusOf(broken.topupId), 'retried once the backoff passed').to.equal('cancelled');
    expect((await cardsOf(t, customer)).map((card) => card.last4)).to.deep.equal(['4242']);
  });
});
