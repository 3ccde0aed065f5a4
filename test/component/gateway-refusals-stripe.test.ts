import { expect } from 'chai';
import { cardHistory, listCards, postCard } from '../helpers/card-flow.js';
import { onboard } from '../helpers/customer-flow.js';
import { StripeApiMock, stripeError } from '../helpers/stripe-api-mock.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

// The same refusal as stripe-mock gave the outside tester: Stripe's own 400 invalid_request_error
// answer to the verification hold, through the real Stripe adapter (nock in place of Stripe).
describe('a Stripe invalid-request answer to the verification hold (customer, Stripe adapter)', () => {
  let stripe: StripeApiMock;
  let t: TestApp;
  beforeEach(async () => {
    stripe = new StripeApiMock().start();
    t = await createTestApp({ env: { GATEWAY: 'stripe', STRIPE_SECRET_KEY: 'sk_test_refusals', STRIPE_WEBHOOK_SECRET: 'whsec_test_refusals' } });
  });
  afterEach(async () => {
    await t.close();
    stripe.stop();
  });

  it('when Stripe refuses the hold with 400 invalid_request_error, then 502 gateway_error (not 503 "try again"), and the payment method just attached is detached', async () => {
    const customer = await onboard(t, 'US');
    stripe.replyWith('paymentIntents.create', { status: 400, body: stripeError('invalid_request_error', { code: 'parameter_invalid_integer', param: 'amount', message: 'Invalid integer: 1.5' }) });

    const response = await postCard(t, customer, 'pm_card_visa');

    expect(response.status, JSON.stringify(response.body)).to.equal(502);
    expect(response.body.code).to.equal('gateway_error');
    expect(stripe.sent('paymentMethods.attach')).to.have.length(1);
    const [entry] = await t.db('card_history').where({ account_id: customer.accountId });
    expect(entry.gateway_payment_method_id).to.match(/^pm_/);
    expect(stripe.only('paymentMethods.detach').id, 'the attached payment method is detached').to.equal(entry.gateway_payment_method_id);
    expect(stripe.sent('paymentIntents.create'), 'a refusal is not retried').to.have.length(1);
    expect(await listCards(t, customer)).to.deep.equal([]);
    expect((await cardHistory(t, customer))[0]).to.deep.include({ result: 'failed' });
    expect((await cardHistory(t, customer))[0]!.failure.code).to.equal('gateway_error');
  });
});
