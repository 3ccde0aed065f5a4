import { expect } from 'chai';
import { randomUUID } from 'node:crypto';
import Stripe from 'stripe';
import type { PaymentGateway } from '../../src/gateway/payment-gateway.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { onboard, type Customer } from '../helpers/customer-flow.js';
import { addCard, answerThreeDSecure, cardHistory, listCards, postCard, simulatorOf } from '../helpers/card-flow.js';

describe('updating a card\'s expiry: PATCH /v1/cards/{id} (customer)', () => {
  let t: TestApp;
  let customer: Customer;
  let card: Awaited<ReturnType<typeof addCard>>;
  beforeEach(async () => {
    t = await createTestApp();
    customer = await onboard(t, 'US');
    card = await addCard(t, customer, 'pm_card_visa');
  });
  afterEach(() => t.close());

  const patch = (body: Record<string, unknown>, cardId = card.id) => t.api.patch(`/v1/cards/${cardId}`).set(customer.auth).send(body);
  const thisYear = () => t.clock.now().getUTCFullYear();

  it('when new dates verify, then 200 with the card and a new hold, and the history has an update_expiry entry', async () => {
    const response = await patch({ exp_month: 7, exp_year: thisYear() + 4 });

    expect(response.status).to.equal(200);
    expect(response.body.card).to.include({ id: card.id, exp_month: 7, exp_year: thisYear() + 4, status: 'active' });
    expect(response.body.verification).to.deep.equal({ status: 'held', amount: 100, currency: 'USD' });
    expect((await listCards(t, customer))[0]).to.include({ exp_month: 7, exp_year: thisYear() + 4 });
    const [entry] = await cardHistory(t, customer);
    expect(entry).to.deep.include({ action: 'update_expiry', card_id: card.id, result: 'succeeded', last4: '4242' });
    expect(entry!.hold).to.deep.equal({ amount: 100, currency: 'USD', status: 'held', method: 'hold' });
    const method = await simulatorOf(t).getPaymentMethod((await t.db('cards').where({ id: card.id }).first()).gateway_payment_method_id);
    expect(method?.card).to.include({ expMonth: 7, expYear: thisYear() + 4 });
  });

  it('when the month is not 1-12, the date has passed or the year is not four digits, then 422 invalid_expiry and the card is unchanged', async () => {
    const now = t.clock.now();
    const lastMonth = now.getUTCMonth() === 0 ? { exp_month: 12, exp_year: thisYear() - 1 } : { exp_month: now.getUTCMonth(), exp_year: thisYear() };
    for (const body of [{ exp_month: 13, exp_year: thisYear() + 1 }, { exp_month: 0, exp_year: thisYear() + 1 }, lastMonth, { exp_month: 5, exp_year: 28 }, { exp_month: 5, exp_year: thisYear() + 60 }]) {
      const response = await patch(body);
      expect(response.status, JSON.stringify(body)).to.equal(422);
      expect(response.body.code).to.equal('invalid_expiry');
    }
    expect((await listCards(t, customer))[0]).to.include({ exp_month: card.exp_month, exp_year: card.exp_year });
  });

  it('when the body has wrong types or extra fields, then 422 validation_failed', async () => {
    expect((await patch({ exp_month: '7', exp_year: thisYear() + 1 })).body.code).to.equal('validation_failed');
    expect((await patch({ exp_month: 7, exp_year: thisYear() + 1, last4: '1234' })).body.code).to.equal('validation_failed');
  });

  it('when the new hold is declined, then 402 card_declined, the old dates stay here and at the gateway', async () => {
    const gateway = t.context.gateway as PaymentGateway & { authorizeHold: PaymentGateway['authorizeHold'] };
    const original = gateway.authorizeHold.bind(gateway);
    gateway.authorizeHold = async () => ({ outcome: 'declined', decline: { code: 'card_declined', declineCode: 'insufficient_funds', message: 'Your card has insufficient funds.' } });
    let response;
    try {
      response = await patch({ exp_month: 3, exp_year: thisYear() + 5 });
    } finally {
      gateway.authorizeHold = original;
    }

    expect(response.status).to.equal(402);
    expect(response.body).to.include({ code: 'card_declined', decline_code: 'insufficient_funds' });
    expect((await listCards(t, customer))[0]).to.include({ exp_month: card.exp_month, exp_year: card.exp_year, status: 'active' });
    const [entry] = await cardHistory(t, customer);
    expect(entry).to.deep.include({ id: response.body.history_id, action: 'update_expiry', result: 'failed' });
    const method = await simulatorOf(t).getPaymentMethod((await t.db('cards').where({ id: card.id }).first()).gateway_payment_method_id);
    expect(method?.card).to.include({ expMonth: card.exp_month, expYear: card.exp_year });
  });

  it('when a card that needs 3-D Secure gets new dates, then 202; a failed challenge leaves the old dates (402)', async () => {
    const started = await postCard(t, customer, 'pm_card_authenticationRequired');
    await answerThreeDSecure(t, started.body.next_action.url, 'complete');
    const secure = (await t.api.post(`/v1/cards/${started.body.card.id}/confirm`).set(customer.auth)).body.card;

    const response = await patch({ exp_month: 9, exp_year: thisYear() + 6 }, secure.id);
    expect(response.status).to.equal(202);
    expect(response.body.card).to.include({ status: 'active', exp_month: secure.exp_month });
    await answerThreeDSecure(t, response.body.next_action.url, 'fail');
    const confirmed = await t.api.post(`/v1/cards/${secure.id}/confirm`).set(customer.auth);

    expect(confirmed.status).to.equal(402);
    expect(confirmed.body.code).to.equal('authentication_failed');
    expect((await t.api.get(`/v1/cards/${secure.id}`).set(customer.auth)).body).to.include({ exp_month: secure.exp_month, exp_year: secure.exp_year, status: 'active' });
  });

  it('when an expired card gets new dates, then it is active again', async () => {
    t.clock.advanceSeconds(400 * 24 * 3600);
    expect((await listCards(t, customer))[0]!.status).to.equal('expired');
    const response = await patch({ exp_month: 1, exp_year: thisYear() + 3 });
    expect(response.status).to.equal(200);
    expect(response.body.card.status).to.equal('active');
    expect((await listCards(t, customer))[0]!.status).to.equal('active');
  });

  it('when the card does not exist, then 404', async () => {
    expect((await patch({ exp_month: 1, exp_year: thisYear() + 3 }, 'card_unknown')).status).to.equal(404);
  });

  describe('with Stripe webhooks', () => {
    const secret = 'whsec_test_card_vault_expiry';
    let hooked: TestApp;
    let owner: Customer;
    beforeEach(async () => {
      hooked = await createTestApp({ env: { STRIPE_WEBHOOK_SECRET: secret } });
      owner = await onboard(hooked, 'US');
    });
    afterEach(() => hooked.close());

    function deliver(type: string, object: Record<string, unknown>) {
      const payload = JSON.stringify({ id: `evt_${randomUUID()}`, object: 'event', type, data: { object } });
      const signature = Stripe.webhooks.generateTestHeaderString({ payload, secret, timestamp: Math.floor(hooked.clock.now().getTime() / 1000) });
      return hooked.api.post('/v1/webhooks/stripe').set('Stripe-Signature', signature).set('Content-Type', 'application/json').send(payload);
    }

    it('when Stripe reports our own refused change of the dates (payment_method.updated) late, then the card keeps its dates', async () => {
      const saved = await addCard(hooked, owner, 'pm_card_visa');
      const refusedYear = saved.exp_year + 2;
      simulatorOf(hooked).failNext('authorizeHold', 'fatal');
      expect((await hooked.api.patch(`/v1/cards/${saved.id}`).set(owner.auth).send({ exp_month: 4, exp_year: refusedYear })).status).to.equal(502);
      const paymentMethodId = (await hooked.db('cards').where({ id: saved.id }).first()).gateway_payment_method_id;

      const response = await deliver('payment_method.updated', { id: paymentMethodId, object: 'payment_method', type: 'card', card: { brand: 'visa', last4: '4242', exp_month: 4, exp_year: refusedYear } });

      expect(response.status).to.equal(200);
      expect(response.body.type).to.equal('ignored');
      expect((await hooked.api.get(`/v1/cards/${saved.id}`).set(owner.auth)).body).to.include({ exp_month: saved.exp_month, exp_year: saved.exp_year });
      expect((await cardHistory(hooked, owner)).map((entry) => [entry.action, entry.result])).to.deep.equal([['update_expiry', 'failed'], ['add', 'succeeded']]);
    });
  });
});
