import { expect } from 'chai';
import { answerThreeDSecure, chileanId, simulatorOf } from '../helpers/card-flow.js';
import { accountWithCards } from '../helpers/charge-flow.js';
import { balanceOf, onBothDatabases, postTopup } from '../helpers/balance-flow.js';

const cardsOf = async (t: ReturnType<Parameters<Parameters<typeof onBothDatabases>[1]>[0]>, auth: { Authorization: string }) =>
  (await t.api.get('/v1/cards').set(auth)).body.data as Array<{ id: string; status: string; last4: string }>;

onBothDatabases('top-ups with a new card', (app) => {
  it('when a new card is used once, then the top-up is paid and the card is not kept (its payment method detached)', async () => {
    const t = app();
    const { customer } = await accountWithCards(t, ['pm_card_visa']);
    const response = await postTopup(t, customer, { amount: 10_000, payment_method: 'pm_card_mastercard' });
    expect(response.status, JSON.stringify(response.body)).to.equal(201);
    expect(response.body.topup).to.include({ status: 'paid', brand: 'mastercard', last4: '4444' });
    expect(response.body.topup.card_id).to.equal(undefined);
    expect((await cardsOf(t, customer.auth)).map((card) => card.last4)).to.deep.equal(['4242']);
    const history = (await t.api.get('/v1/cards/history').set(customer.auth)).body.data[0];
    expect(history).to.include({ last4: '4444', result: 'succeeded' });
    const paymentMethod = (await t.db('topups').where({ id: response.body.topup.id }).first()).gateway_payment_method_id;
    expect((await simulatorOf(t).getPaymentMethod(paymentMethod))?.detachedAt).to.be.a('string');
  });

  it('when a new card is saved through a top-up with 3-D Secure, then it is pending until the top-up is paid, then active', async () => {
    const t = app();
    const { customer } = await accountWithCards(t, ['pm_card_visa'], 'CL');
    const started = await postTopup(t, customer, { amount: 100_000, payment_method: 'pm_card_authenticationRequired', save_card: true, ...chileanId });
    expect(started.status, JSON.stringify(started.body)).to.equal(202);
    const saved = (await cardsOf(t, customer.auth)).find((card) => card.id === started.body.topup.card_id);
    expect(saved?.status).to.equal('pending');

    await answerThreeDSecure(t, started.body.next_action.url, 'complete');
    const confirmed = await t.api.post(`/v1/topups/${started.body.topup.id}/confirm`).set(customer.auth);
    expect(confirmed.status, JSON.stringify(confirmed.body)).to.equal(201);
    expect((await cardsOf(t, customer.auth)).find((card) => card.id === started.body.topup.card_id)?.status).to.equal('active');
    expect((await balanceOf(t, customer)).available).to.equal(100_000);
  });

  it('when a top-up that was to save a new card is cancelled, then the card is not kept', async () => {
    const t = app();
    const { customer } = await accountWithCards(t, ['pm_card_visa']);
    const started = await postTopup(t, customer, { amount: 5_000, payment_method: 'pm_card_authenticationRequired', save_card: true });
    expect(started.status).to.equal(202);
    expect((await t.api.post(`/v1/topups/${started.body.topup.id}/cancel`).set(customer.auth)).status).to.equal(200);
    expect((await cardsOf(t, customer.auth)).map((card) => card.last4)).to.deep.equal(['4242']);
  });

  it("when a Chilean account saves a card without an ID, then 422 id_required, as on card entry", async () => {
    const t = app();
    const { customer } = await accountWithCards(t, ['pm_card_visa'], 'CL');
    const response = await postTopup(t, customer, { amount: 100_000, payment_method: 'pm_card_mastercard', save_card: true });
    expect(response.status).to.equal(422);
    expect(response.body.code).to.equal('id_required');
  });

  it('when new cards decline top-ups, then each counts toward CARD_FAILURES_PER_DAY: then 429 before any gateway call', async () => {
    const t = app();
    const { customer } = await accountWithCards(t, ['pm_card_visa']);
    for (let i = 0; i < 3; i += 1) {
      const declined = await postTopup(t, customer, { amount: 5_000, payment_method: 'pm_card_visa_chargeDeclinedInsufficientFunds' });
      expect(declined.status, JSON.stringify(declined.body)).to.equal(402);
      expect(declined.body).to.include({ code: 'card_declined', decline_code: 'insufficient_funds' });
      expect(declined.body.topup.status).to.equal('cancelled');
    }
    const intentsBefore = (await simulatorOf(t).listIntents()).length;
    const blocked = await postTopup(t, customer, { amount: 5_000, payment_method: 'pm_card_mastercard' });
    expect(blocked.status).to.equal(429);
    expect(blocked.body.code).to.equal('too_many_card_failures');
    expect((await simulatorOf(t).listIntents()).length).to.equal(intentsBefore);
    expect((await postTopup(t, customer, { amount: 5_000 })).status, 'a saved card still pays').to.equal(201);
  });

  it('when a new card is refused as a stolen card, then the customer sees generic_decline', async () => {
    const t = app();
    const { customer } = await accountWithCards(t, ['pm_card_visa']);
    const declined = await postTopup(t, customer, { amount: 5_000, payment_method: 'pm_card_visa_chargeDeclinedStolenCard' });
    expect(declined.status).to.equal(402);
    expect(declined.body.decline_code).to.equal('generic_decline');
    expect(JSON.stringify(declined.body)).not.to.contain('stolen');
  });
});
