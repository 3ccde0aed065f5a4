import { expect } from 'chai';
import { simulatorOf } from '../helpers/card-flow.js';
import { accountWithCards, uniqueKey } from '../helpers/charge-flow.js';
import { balanceOf, onBothDatabases, postTopup } from '../helpers/balance-flow.js';
import { StripeApiMock, stripeError } from '../helpers/stripe-api-mock.js';
import { TopupEnds } from '../../src/features/balance/topup-ends.js';
import { TopupStore } from '../../src/features/balance/topup-store.js';

/** Runs `work` with `method` of `prototype` throwing once where `when` says: the process "dies" there. */
async function crashingOnce<T extends object, K extends keyof T>(prototype: T, method: K, when: (...args: never[]) => boolean, work: () => Promise<unknown>): Promise<void> {
  const original = prototype[method] as (...args: unknown[]) => unknown;
  let crashed = false;
  (prototype as Record<K, unknown>)[method] = function (this: unknown, ...args: unknown[]) {
    if (!crashed && when(...(args as never[]))) {
      crashed = true;
      throw new Error('simulated crash');
    }
    return original.apply(this, args);
  };
  try {
    await work();
  } finally {
    (prototype as Record<K, unknown>)[method] = original;
  }
  expect(crashed, 'the simulated crash happened').to.equal(true);
}

onBothDatabases('retrying a top-up whose request was interrupted', (app) => {
  it('when the request died before confirming, then a retry says how long the key is held (409 idempotency_key_in_use), and then settles it: 409 topup_cancelled, replayed from then on', async () => {
    const t = app();
    const { customer } = await accountWithCards(t, ['pm_card_visa']);
    const key = uniqueKey('topup');
    // Storing the intent id fails: the intent exists at the gateway, never confirmed.
    await crashingOnce(TopupStore.prototype, 'update', (_id: string, _token: string, changes: { intent_id?: string }) => changes.intent_id !== undefined, async () => {
      expect((await postTopup(t, customer, { amount: 5_000 }, key)).status).to.equal(500);
    });

    const early = await postTopup(t, customer, { amount: 5_000 }, key);
    expect(early.status, JSON.stringify(early.body)).to.equal(409);
    expect(early.body.code).to.equal('idempotency_key_in_use');
    expect(early.body.topup).to.include({ status: 'new' });
    const wait = Number(early.headers['retry-after']);
    expect(wait, 'the time the crashed request still holds it, not 1 s over and over').to.be.within(50, 61);

    t.clock.advanceSeconds(wait);
    const settled = await postTopup(t, customer, { amount: 5_000 }, key);
    expect(settled.status, JSON.stringify(settled.body)).to.equal(409);
    expect(settled.body.code).to.equal('topup_cancelled');
    expect(settled.body.topup).to.include({ status: 'cancelled' });
    expect(settled.body.topup.failure.code).to.equal('interrupted');
    expect(settled.body.detail).to.match(/nothing was charged/i).and.match(/new Idempotency-Key/);
    const replay = await postTopup(t, customer, { amount: 5_000 }, key);
    expect(replay.headers['idempotent-replayed']).to.equal('true');
    expect(replay.body.code).to.equal('topup_cancelled');

    const topup = await t.db('topups').where({ id: settled.body.topup.id }).first();
    const intents = await simulatorOf(t).listIntents({ customerId: topup.gateway_customer_id, purpose: 'charge' });
    expect(intents.filter((intent) => intent.metadata.topup_id === topup.id).map((intent) => intent.status), 'the open intent is canceled').to.deep.equal(['canceled']);
    expect(await balanceOf(t, customer)).to.deep.include({ available: 0, pending: 0 });
  });

  it('when the request died after the card paid, then the retry (once the key is free) settles it paid: 201, credited once', async () => {
    const t = app();
    const { customer } = await accountWithCards(t, ['pm_card_visa']);
    const key = uniqueKey('topup');
    await crashingOnce(TopupEnds.prototype, 'paid', () => true, async () => {
      expect((await postTopup(t, customer, { amount: 7_000 }, key)).status).to.equal(500);
    });
    t.clock.advanceSeconds(61);
    const retried = await postTopup(t, customer, { amount: 7_000 }, key);
    expect(retried.status, JSON.stringify(retried.body)).to.equal(201);
    expect(retried.body.topup).to.include({ status: 'paid' });
    expect(await balanceOf(t, customer)).to.deep.include({ available: 7_000, pending: 0 });
    expect((await postTopup(t, customer, { amount: 7_000 }, key)).headers['idempotent-replayed']).to.equal('true');
    expect(await t.db('balance_entries').where({ topup_id: retried.body.topup.id })).to.have.length(1);
  });
});

onBothDatabases(
  'a top-up whose payment request Stripe refuses (Stripe adapter)',
  (app) => {
    let stripe: StripeApiMock;
    beforeEach(() => {
      stripe = new StripeApiMock().start();
    });
    afterEach(() => stripe.stop());

    it('when Stripe refuses the payment intent with 400 invalid_request_error, then 502 gateway_error as on adding a card, with the top-up cancelled and nothing charged', async () => {
      const t = app();
      const { customer } = await accountWithCards(t, ['pm_card_visa']);
      stripe.replyWith('paymentIntents.create', { status: 400, body: stripeError('invalid_request_error', { code: 'parameter_unknown', param: 'allowed_payment_method_types', message: 'Received unknown parameter: allowed_payment_method_types' }) });

      const response = await postTopup(t, customer, { amount: 5_000 });
      expect(response.status, JSON.stringify(response.body)).to.equal(502);
      expect(response.body.code).to.equal('gateway_error');
      expect(response.body.detail).to.match(/not with your card/);
      expect(response.body.topup).to.include({ status: 'cancelled' });
      expect(response.body.topup.failure.code).to.equal('gateway_error');
      expect(stripe.sent('paymentIntents.confirm'), 'nothing confirmed').to.have.length(0);
      expect(await balanceOf(t, customer)).to.deep.include({ available: 0, pending: 0 });
    });

    it('when Stripe answers the payment intent with code idempotency_key_in_use under a status other than 409, then it is not a refusal: the same key is sent again and the top-up is paid once', async () => {
      const t = app();
      const { customer } = await accountWithCards(t, ['pm_card_visa']);
      stripe.replyWith('paymentIntents.create', { status: 400, body: stripeError('idempotency_error', { code: 'idempotency_key_in_use', message: 'There is currently another in-progress request using this Stripe-Idempotency-Key.' }) });

      const response = await postTopup(t, customer, { amount: 5_000 });
      expect(response.status, JSON.stringify(response.body)).to.equal(201);
      expect(response.body.topup).to.include({ status: 'paid' });
      const creates = stripe.sent('paymentIntents.create').filter((request) => request.form['metadata[purpose]'] === 'topup');
      expect(creates, 'sent again').to.have.length(2);
      expect(new Set(creates.map((request) => request.idempotencyKey)).size, 'under the same key').to.equal(1);
      expect(stripe.sent('paymentIntents.confirm')).to.have.length(1);
      expect(await balanceOf(t, customer)).to.deep.include({ available: 5_000 });
    });
  },
  { GATEWAY: 'stripe', STRIPE_SECRET_KEY: 'sk_test_topup_refusals', STRIPE_WEBHOOK_SECRET: 'whsec_test_topup_refusals' },
);
