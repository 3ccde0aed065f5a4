import { expect } from 'chai';
import { StripeGateway } from '../../src/gateway/stripe/stripe-gateway.js';
import { StripeApiMock, stripePaymentIntent } from '../helpers/stripe-api-mock.js';

describe('StripeGateway: what it sends to each Stripe endpoint', () => {
  let stripe: StripeApiMock;
  let gateway: StripeGateway;

  beforeEach(() => {
    stripe = new StripeApiMock().start();
    gateway = new StripeGateway({ secretKey: 'sk_test_params', maxNetworkRetries: 0, timeoutMs: 2000 });
  });
  afterEach(() => stripe.stop());

  async function customerWithCard(testId = 'pm_card_visa') {
    const { customerId } = await gateway.ensureCustomer({ accountId: 'acct_1', email: 'ada@example.com', idempotencyKey: 'acct_1:customer' });
    const attach = await gateway.attachPaymentMethod({ customerId, paymentMethod: testId, idempotencyKey: 'card_1:attach' });
    if (attach.outcome !== 'attached') throw new Error('not attached');
    return { customerId, paymentMethodId: attach.paymentMethodId };
  }

  it('when a customer is ensured, then POST /v1/customers carries the email, metadata[account_id] and the idempotency key', async () => {
    const { customerId } = await gateway.ensureCustomer({ accountId: 'acct_1', email: 'ada@example.com', idempotencyKey: 'acct_1:customer' });
    expect(customerId).to.match(/^cus_/);
    expect(stripe.only('customers.create')).to.deep.include({
      method: 'POST',
      path: '/v1/customers',
      contentType: 'application/x-www-form-urlencoded',
      form: { email: 'ada@example.com', 'metadata[account_id]': 'acct_1' },
      idempotencyKey: 'acct_1:customer',
    });
  });

  it('when a payment method is attached, then POST /v1/payment_methods/:id/attach names the customer', async () => {
    const { customerId } = await customerWithCard('pm_card_mastercard');
    expect(stripe.only('paymentMethods.attach')).to.deep.include({
      path: '/v1/payment_methods/pm_card_mastercard/attach',
      form: { customer: customerId },
      idempotencyKey: 'card_1:attach',
    });
  });

  it('when a hold is authorized, then one PaymentIntent is created and confirmed on session with manual capture and a return url', async () => {
    const { customerId, paymentMethodId } = await customerWithCard();
    const outcome = await gateway.authorizeHold({
      customerId,
      paymentMethodId,
      amount: 100,
      currency: 'USD',
      returnUrl: 'https://app.example/cards/card_1/return',
      idempotencyKey: 'hold_1:authorize',
      metadata: { card_id: 'card_1', purpose: 'verification' },
    });
    expect(outcome.outcome).to.equal('held');
    expect(stripe.only('paymentIntents.create')).to.deep.include({
      path: '/v1/payment_intents',
      form: {
        amount: '100',
        currency: 'usd',
        customer: customerId,
        payment_method: paymentMethodId,
        'allowed_payment_method_types[0]': 'card',
        capture_method: 'manual',
        confirm: 'true',
        return_url: 'https://app.example/cards/card_1/return',
        setup_future_usage: 'off_session',
        'metadata[card_id]': 'card_1',
        'metadata[purpose]': 'verification',
      },
      idempotencyKey: 'hold_1:authorize',
    });
  });

  it('when the hold needs 3-D Secure, then the redirect url is next_action.redirect_to_url.url', async () => {
    const { customerId, paymentMethodId } = await customerWithCard();
    const url = 'https://hooks.stripe.com/3d_secure_2/hosted?merchant=acct_x&payment_intent=pi_3ds';
    stripe.replyWith('paymentIntents.create', {
      status: 200,
      body: stripePaymentIntent({ id: 'pi_3ds', status: 'requires_action', capture_method: 'manual', next_action: { type: 'redirect_to_url', redirect_to_url: { url, return_url: 'https://app.example/r' } } }),
    });
    const outcome = await gateway.authorizeHold({ customerId, paymentMethodId, amount: 100, currency: 'usd', returnUrl: 'https://app.example/r', idempotencyKey: 'hold_2' });
    expect(outcome).to.deep.equal({ outcome: 'requires_action', intentId: 'pi_3ds', redirectUrl: url });
  });

  it('when a charge is created, then the PaymentIntent is created unconfirmed with the description and metadata', async () => {
    const { customerId, paymentMethodId } = await customerWithCard();
    await gateway.createCharge({ customerId, paymentMethodId, amount: 150, currency: 'JPY', description: 'November usage', idempotencyKey: 'charge_1:create', metadata: { charge_id: 'charge_1' } });
    expect(stripe.only('paymentIntents.create')).to.deep.include({
      form: {
        amount: '150',
        currency: 'jpy',
        customer: customerId,
        payment_method: paymentMethodId,
        'allowed_payment_method_types[0]': 'card',
        confirm: 'false',
        description: 'November usage',
        'metadata[charge_id]': 'charge_1',
      },
      idempotencyKey: 'charge_1:create',
    });
  });

  it('when a charge is confirmed, then POST /v1/payment_intents/:id/confirm says off_session=true', async () => {
    const { customerId, paymentMethodId } = await customerWithCard();
    const { intentId } = await gateway.createCharge({ customerId, paymentMethodId, amount: 900, currency: 'usd', idempotencyKey: 'charge_1:create' });
    expect(await gateway.confirmCharge({ intentId, idempotencyKey: 'charge_1:confirm' })).to.deep.equal({ outcome: 'succeeded', intentId });
    expect(stripe.only('paymentIntents.confirm')).to.deep.include({ path: `/v1/payment_intents/${intentId}/confirm`, form: { off_session: 'true' }, idempotencyKey: 'charge_1:confirm' });
  });

  it('when a hold is released, then POST /v1/payment_intents/:id/cancel is sent with the key and no body', async () => {
    const { customerId, paymentMethodId } = await customerWithCard();
    const hold = await gateway.authorizeHold({ customerId, paymentMethodId, amount: 100, currency: 'usd', returnUrl: 'https://app.example/r', idempotencyKey: 'hold_1' });
    expect(await gateway.releaseHold({ intentId: hold.intentId!, idempotencyKey: 'hold_1:release' })).to.deep.equal({ outcome: 'released' });
    expect(stripe.only('paymentIntents.cancel')).to.deep.include({ path: `/v1/payment_intents/${hold.intentId}/cancel`, form: {}, idempotencyKey: 'hold_1:release' });
  });

  it('when a captured hold is released, then cancel is refused and a refund is created with a derived key', async () => {
    const { customerId, paymentMethodId } = await customerWithCard();
    const { intentId } = await gateway.createCharge({ customerId, paymentMethodId, amount: 100, currency: 'usd', idempotencyKey: 'c1' });
    await gateway.confirmCharge({ intentId, idempotencyKey: 'c1:confirm' });
    expect(await gateway.releaseHold({ intentId, idempotencyKey: 'hold_9:release' })).to.deep.equal({ outcome: 'refunded' });
    expect(stripe.only('refunds.create')).to.deep.include({ form: { payment_intent: intentId }, idempotencyKey: 'hold_9:release:refund' });
  });

  it('when the expiry is updated, then POST /v1/payment_methods/:id carries card[exp_month] and card[exp_year]', async () => {
    const { paymentMethodId } = await customerWithCard();
    const card = await gateway.updateExpiry({ paymentMethodId, expMonth: 4, expYear: 2031, idempotencyKey: 'card_1:expiry:1' });
    expect(card).to.include({ expMonth: 4, expYear: 2031, last4: '4242' });
    expect(stripe.only('paymentMethods.update')).to.deep.include({ path: `/v1/payment_methods/${paymentMethodId}`, form: { 'card[exp_month]': '4', 'card[exp_year]': '2031' }, idempotencyKey: 'card_1:expiry:1' });
  });

  it('when a card is detached, then POST /v1/payment_methods/:id/detach carries the key', async () => {
    const { paymentMethodId } = await customerWithCard();
    await gateway.detachPaymentMethod({ paymentMethodId, idempotencyKey: 'card_1:detach' });
    expect(stripe.only('paymentMethods.detach')).to.deep.include({ path: `/v1/payment_methods/${paymentMethodId}/detach`, form: {}, idempotencyKey: 'card_1:detach' });
  });

  it('when an intent is read, then GET /v1/payment_intents/:id is sent and a decline comes from last_payment_error', async () => {
    stripe.replyWith('paymentIntents.retrieve', {
      status: 200,
      body: stripePaymentIntent({ id: 'pi_read', amount: 2500, currency: 'clp', status: 'requires_payment_method', last_payment_error: { type: 'card_error', code: 'card_declined', decline_code: 'do_not_honor', message: 'Your card was declined.' } }),
    });
    expect(await gateway.getIntent('pi_read')).to.deep.equal({
      intentId: 'pi_read',
      status: 'declined',
      amount: 2500,
      currency: 'CLP',
      decline: { code: 'card_declined', declineCode: 'do_not_honor', message: 'Your card was declined.' },
    });
    expect(stripe.only('paymentIntents.retrieve')).to.deep.include({ method: 'GET', path: '/v1/payment_intents/pi_read' });
  });

  it('when a request leaves the machine while the mock runs, then stop() fails the test, but loopback traffic does not', async () => {
    await fetch('http://127.0.0.1:9/').catch(() => undefined);
    await fetch('https://example.com/').catch(() => undefined);
    expect(() => stripe.stop()).to.throw(/^Unexpected requests to Stripe: GET https:\/\/example.com\/$/);
    stripe = new StripeApiMock().start();
  });

  it('when an API host, port and protocol are configured, then requests go there instead of api.stripe.com', async () => {
    stripe.stop();
    stripe = new StripeApiMock('http://localhost:12111').start();
    const local = new StripeGateway({ secretKey: 'sk_test_local', apiHost: 'localhost', apiPort: 12111, apiProtocol: 'http', maxNetworkRetries: 0 });
    await local.ensureCustomer({ accountId: 'acct_2', email: 'grace@example.com', idempotencyKey: 'acct_2:customer' });
    expect(stripe.only('customers.create').form).to.deep.equal({ email: 'grace@example.com', 'metadata[account_id]': 'acct_2' });
  });
});
