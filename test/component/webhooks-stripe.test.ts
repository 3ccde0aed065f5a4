import { expect } from 'chai';
import { randomUUID } from 'node:crypto';
import Stripe from 'stripe';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { onboard, type Customer } from '../helpers/customer-flow.js';
import { addCard, answerThreeDSecure, cardHistory, listCards, postCard } from '../helpers/card-flow.js';
import { billingAuth, postCharge } from '../helpers/charge-flow.js';

const SECRET = 'whsec_test_card_vault_webhooks';

describe('Stripe webhooks: POST /v1/webhooks/stripe (the gateway)', () => {
  let t: TestApp;
  let customer: Customer;
  beforeEach(async () => {
    t = await createTestApp({ env: { STRIPE_WEBHOOK_SECRET: SECRET } });
    customer = await onboard(t, 'US');
  });
  afterEach(() => t.close());

  function deliver(type: string, object: Record<string, unknown>, options: { id?: string; secret?: string; ageSeconds?: number } = {}) {
    const payload = JSON.stringify({ id: options.id ?? `evt_${randomUUID()}`, object: 'event', type, data: { object } });
    const timestamp = Math.floor(t.clock.now().getTime() / 1000) - (options.ageSeconds ?? 0);
    const signature = Stripe.webhooks.generateTestHeaderString({ payload, secret: options.secret ?? SECRET, timestamp });
    return t.api.post('/v1/webhooks/stripe').set('Stripe-Signature', signature).set('Content-Type', 'application/json').send(payload);
  }

  async function cardWaitingForThreeDSecure() {
    const response = await postCard(t, customer, 'pm_card_authenticationRequired');
    expect(response.status).to.equal(202);
    const intentId = new URL(response.body.next_action.url).pathname.split('/').pop()!;
    return { cardId: response.body.card.id as string, url: response.body.next_action.url as string, intentId };
  }

  it('when the intent of a 3-D Secure card is authorized, then the event activates the card before the customer confirms', async () => {
    const { cardId, url, intentId } = await cardWaitingForThreeDSecure();
    await answerThreeDSecure(t, url, 'complete');

    const response = await deliver('payment_intent.amount_capturable_updated', { id: intentId, object: 'payment_intent', status: 'requires_capture' });

    expect(response.status).to.equal(200);
    expect(response.body).to.deep.equal({ received: true, duplicate: false, type: 'intent_updated' });
    expect((await listCards(t, customer))[0]).to.include({ id: cardId, status: 'active', is_default: true });
    expect((await t.api.get('/v1/account').set(customer.auth)).body.status).to.equal('active');
    const confirmed = await t.api.post(`/v1/cards/${cardId}/confirm`).set(customer.auth);
    expect(confirmed.status).to.equal(201);
  });

  it('when the same event is delivered twice, then it is processed once', async () => {
    const { url, intentId } = await cardWaitingForThreeDSecure();
    await answerThreeDSecure(t, url, 'complete');
    const event = { id: intentId, object: 'payment_intent', status: 'requires_capture' };

    await deliver('payment_intent.amount_capturable_updated', event, { id: 'evt_once' });
    const historyAfterFirst = await cardHistory(t, customer);
    const again = await deliver('payment_intent.amount_capturable_updated', event, { id: 'evt_once' });

    expect(again.status).to.equal(200);
    expect(again.body.duplicate).to.equal(true);
    expect(await cardHistory(t, customer)).to.deep.equal(historyAfterFirst);
  });

  it('when 3-D Secure failed, then the event drops the card and the history says authentication_failed', async () => {
    const { cardId, url, intentId } = await cardWaitingForThreeDSecure();
    await answerThreeDSecure(t, url, 'fail');

    await deliver('payment_intent.payment_failed', {
      id: intentId,
      object: 'payment_intent',
      status: 'requires_payment_method',
      last_payment_error: { code: 'payment_intent_authentication_failure', message: 'The provided PaymentMethod has failed authentication.' },
    });

    expect(await listCards(t, customer)).to.deep.equal([]);
    const [entry] = await cardHistory(t, customer);
    expect(entry).to.deep.include({ card_id: cardId, result: 'failed' });
    expect(entry!.failure.code).to.equal('authentication_failed');
    expect((await t.api.post(`/v1/cards/${cardId}/confirm`).set(customer.auth)).body.code).to.equal('authentication_failed');
  });

  it('when the card updater reports new dates, then the card takes them and the history has an update_expiry entry', async () => {
    const card = await addCard(t, customer, 'pm_card_visa');
    const paymentMethodId = (await t.db('cards').where({ id: card.id }).first()).gateway_payment_method_id;
    const newYear = card.exp_year + 3;

    const response = await deliver('payment_method.automatically_updated', {
      id: paymentMethodId,
      object: 'payment_method',
      type: 'card',
      card: { brand: 'visa', last4: '4242', exp_month: 2, exp_year: newYear, fingerprint: 'fp_any', funding: 'credit', country: 'US' },
    });

    expect(response.status).to.equal(200);
    expect((await listCards(t, customer))[0]).to.include({ id: card.id, exp_month: 2, exp_year: newYear, status: 'active' });
    const [entry] = await cardHistory(t, customer);
    expect(entry).to.deep.include({ action: 'update_expiry', card_id: card.id, result: 'succeeded', last4: '4242' });
    expect(entry).not.to.have.property('hold');
  });

  it('when the card updater replaces a card its issuer refused for good, then it is chargeable again and the next charge tries it first', async () => {
    const refused = await addCard(t, customer, 'pm_card_simulatorDeclinesDoNotTryAgain');
    await addCard(t, customer, 'pm_card_visa');
    const billing = await billingAuth(t);
    const first = await postCharge(t, billing, customer.accountId, { amount: 1_000 });
    expect(first.status, JSON.stringify(first.body)).to.equal(201);
    expect((await listCards(t, customer)).find((card) => card.id === refused.id)).to.include({ status: 'do_not_retry' });
    const skipped = await postCharge(t, billing, customer.accountId, { amount: 1_000 });
    expect(skipped.body.skipped.map((card: { card_id: string; reason: string }) => [card.card_id, card.reason])).to.deep.equal([[refused.id, 'do_not_retry']]);

    const paymentMethodId = (await t.db('cards').where({ id: refused.id }).first()).gateway_payment_method_id;
    const replaced = await deliver('payment_method.automatically_updated', {
      id: paymentMethodId,
      object: 'payment_method',
      type: 'card',
      card: { brand: 'visa', last4: '4301', exp_month: 6, exp_year: refused.exp_year + 4, fingerprint: 'fp_any', funding: 'credit', country: 'US' },
    });
    expect(replaced.status).to.equal(200);
    expect((await listCards(t, customer)).find((card) => card.id === refused.id)).to.include({ status: 'active', exp_month: 6 });
    const third = await postCharge(t, billing, customer.accountId, { amount: 1_000 });
    expect(third.body.skipped ?? [], 'nothing skipped any more').to.deep.equal([]);
    expect(third.body.attempts[0], 'the replaced card is tried again, first').to.include({ card_id: refused.id });
  });

  it('when Stripe reports our own expiry change while its verification waits for 3-D Secure, then the dates wait for the verification', async () => {
    const { cardId, url } = await cardWaitingForThreeDSecure();
    await answerThreeDSecure(t, url, 'complete');
    const card = (await t.api.post(`/v1/cards/${cardId}/confirm`).set(customer.auth)).body.card;
    const patched = await t.api.patch(`/v1/cards/${cardId}`).set(customer.auth).send({ exp_month: 4, exp_year: card.exp_year + 2 });
    expect(patched.status).to.equal(202);
    const paymentMethodId = (await t.db('cards').where({ id: cardId }).first()).gateway_payment_method_id;

    await deliver('payment_method.updated', { id: paymentMethodId, object: 'payment_method', type: 'card', card: { brand: 'visa', last4: '3184', exp_month: 4, exp_year: card.exp_year + 2 } });

    expect((await t.api.get(`/v1/cards/${cardId}`).set(customer.auth)).body).to.include({ exp_month: card.exp_month, exp_year: card.exp_year });
    expect((await cardHistory(t, customer))[0]).to.deep.include({ action: 'update_expiry', result: 'pending' });
  });

  it('when an event is of a type we do not handle, then it is acknowledged', async () => {
    const response = await deliver('customer.created', { id: 'cus_1', object: 'customer' });
    expect(response.status).to.equal(200);
    expect(response.body.type).to.equal('ignored');
  });

  it('when the signature is wrong, missing or too old, then 400 invalid_signature and nothing happens', async () => {
    const { intentId } = await cardWaitingForThreeDSecure();
    const event = { id: intentId, object: 'payment_intent', status: 'requires_capture' };
    const wrongSecret = await deliver('payment_intent.amount_capturable_updated', event, { secret: 'whsec_someone_else' });
    const stale = await deliver('payment_intent.amount_capturable_updated', event, { ageSeconds: 301 });
    const unsigned = await t.api.post('/v1/webhooks/stripe').set('Content-Type', 'application/json').send(JSON.stringify({ id: 'evt_x', type: 'x', data: {} }));
    for (const response of [wrongSecret, stale, unsigned]) {
      expect(response.status).to.equal(400);
      expect(response.body.code).to.equal('invalid_signature');
    }
    expect((await listCards(t, customer))[0]).to.include({ status: 'requires_action' });
  });

  it('when no webhook secret is configured, then the endpoint answers 404 saying how to enable it', async () => {
    const plain = await createTestApp();
    try {
      const response = await plain.api.post('/v1/webhooks/stripe').set('Content-Type', 'application/json').send('{}');
      expect(response.status).to.equal(404);
      expect(response.body.detail).to.include('STRIPE_WEBHOOK_SECRET');
    } finally {
      await plain.close();
    }
  });
});
