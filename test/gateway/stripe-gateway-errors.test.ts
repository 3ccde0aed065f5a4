import { expect } from 'chai';
import { GatewayError, type GatewayErrorKind } from '../../src/gateway/payment-gateway.js';
import { StripeGateway } from '../../src/gateway/stripe/stripe-gateway.js';
import { chargeToConfirm, StripeApiMock, stripeError, stripePaymentIntent, type StripeReply } from '../helpers/stripe-api-mock.js';

describe('StripeGateway: how Stripe failures are mapped', () => {
  let stripe: StripeApiMock;
  let gateway: StripeGateway;

  beforeEach(() => {
    stripe = new StripeApiMock().start();
    gateway = new StripeGateway({ secretKey: 'sk_test_errors', maxNetworkRetries: 0, timeoutMs: 150 });
  });
  afterEach(() => stripe.stop());

  async function confirmFailure(reply: StripeReply): Promise<GatewayError> {
    const { intentId } = await chargeToConfirm(gateway);
    stripe.replyWith('paymentIntents.confirm', reply, 2);
    const error = await gateway.confirmCharge({ intentId, idempotencyKey: 'confirm' }).catch((caught: unknown) => caught);
    expect(error).to.be.instanceOf(GatewayError);
    return error as GatewayError;
  }

  it('when the confirmation is declined with a card error, then the decline is a value with code, decline_code, message and request id', async () => {
    const { intentId } = await chargeToConfirm(gateway);
    stripe.declineWith('paymentIntents.confirm', { code: 'card_declined', decline_code: 'insufficient_funds', message: 'Your card has insufficient funds.' });
    expect(await gateway.confirmCharge({ intentId, idempotencyKey: 'confirm' })).to.deep.equal({
      outcome: 'declined',
      intentId,
      decline: { code: 'card_declined', declineCode: 'insufficient_funds', message: 'Your card has insufficient funds.', requestId: 'req_mock_4' },
    });
  });

  it('when an off-session confirmation needs authentication, then it is a decline with code authentication_required', async () => {
    const { intentId } = await chargeToConfirm(gateway);
    stripe.declineWith('paymentIntents.confirm', { code: 'authentication_required', decline_code: 'authentication_required' });
    const outcome = await gateway.confirmCharge({ intentId, idempotencyKey: 'confirm' });
    expect(outcome.outcome === 'declined' && outcome.decline).to.include({ code: 'authentication_required', declineCode: 'authentication_required' });
  });

  it('when the hold is declined on creation, then the decline carries the intent id from the error', async () => {
    const { customerId } = await gateway.ensureCustomer({ accountId: 'acct_1', email: 'ada@example.com', idempotencyKey: 'customer' });
    stripe.replyWith('paymentIntents.create', {
      status: 402,
      body: stripeError('card_error', { code: 'card_declined', decline_code: 'lost_card', message: 'Your card was declined.', payment_intent: stripePaymentIntent({ id: 'pi_declined', status: 'requires_payment_method' }) }),
    });
    const outcome = await gateway.authorizeHold({ customerId, paymentMethodId: 'pm_x', amount: 100, currency: 'usd', returnUrl: 'https://app.example/r', idempotencyKey: 'hold' });
    expect(outcome).to.deep.include({ outcome: 'declined', intentId: 'pi_declined' });
  });

  const cases: Array<{ when: string; reply: StripeReply; kind: GatewayErrorKind; status?: number }> = [
    { when: 'Stripe answers 500', reply: { status: 500, body: stripeError('api_error', { message: 'Something went wrong.' }) }, kind: 'indeterminate', status: 500 },
    { when: 'Stripe answers 503', reply: { status: 503, body: stripeError('api_error', { message: 'Unavailable.' }) }, kind: 'indeterminate', status: 503 },
    { when: 'the request times out', reply: { networkError: 'ETIMEDOUT' }, kind: 'indeterminate' },
    { when: 'the connection is reset', reply: { networkError: 'ECONNRESET' }, kind: 'indeterminate' },
    { when: 'the connection is refused', reply: { networkError: 'ECONNREFUSED' }, kind: 'retryable' },
    { when: 'Stripe rate-limits (429)', reply: { status: 429, body: stripeError('invalid_request_error', { code: 'rate_limit', message: 'Too many requests.' }) }, kind: 'retryable', status: 429 },
    { when: 'the idempotency key is in use by a request still running (409)', reply: { status: 409, body: stripeError('idempotency_error', { code: 'idempotency_key_in_use', message: 'A request with this key is in progress.' }) }, kind: 'indeterminate', status: 409 },
    { when: 'the idempotency key is in use, named by its code under another status (400)', reply: { status: 400, body: stripeError('idempotency_error', { code: 'idempotency_key_in_use', message: 'There is currently another in-progress request using this Stripe-Idempotency-Key.' }) }, kind: 'indeterminate', status: 400 },
    { when: 'Stripe reports a 409 conflict as an API error', reply: { status: 409, body: stripeError('api_error', { message: 'Conflict.' }) }, kind: 'indeterminate', status: 409 },
    { when: 'the request is invalid (400)', reply: { status: 400, body: stripeError('invalid_request_error', { code: 'parameter_invalid_integer', message: 'Invalid integer.' }) }, kind: 'fatal', status: 400 },
    { when: 'the idempotency key was used with other parameters', reply: { status: 400, body: stripeError('idempotency_error', { message: 'Keys for idempotent requests can only be used with the same parameters.' }) }, kind: 'fatal', status: 400 },
    { when: 'the API key is wrong (401)', reply: { status: 401, body: stripeError('invalid_request_error', { message: 'Invalid API Key provided.' }) }, kind: 'fatal', status: 401 },
    { when: 'the key lacks a permission (403)', reply: { status: 403, body: stripeError('invalid_request_error', { message: 'The provided key does not have access.' }) }, kind: 'fatal', status: 403 },
  ];
  for (const { when, reply, kind, status } of cases) {
    it(`when ${when}, then the confirmation fails as ${kind}`, async () => {
      const error = await confirmFailure(reply);
      expect(error.kind).to.equal(kind);
      if (status) expect(error.details.httpStatus).to.equal(status);
    });
  }

  it('when the SDK resends a timed-out hold and Stripe answers 409 for its key, then the failure is indeterminate: the first try may have authorized', async () => {
    const keyed = new StripeGateway({ secretKey: 'sk_test_errors', maxNetworkRetries: 1, timeoutMs: 150 });
    const { customerId } = await keyed.ensureCustomer({ accountId: 'acct_1', email: 'ada@example.com', idempotencyKey: 'customer' });
    stripe.replyWith('paymentIntents.create', { networkError: 'ETIMEDOUT' });
    stripe.replyWith('paymentIntents.create', { status: 409, body: stripeError('idempotency_error', { code: 'idempotency_key_in_use', message: 'There is currently another in-progress request using this Stripe-Idempotency-Key.' }) });

    const error = await keyed
      .authorizeHold({ customerId, paymentMethodId: 'pm_x', amount: 100, currency: 'usd', returnUrl: 'https://app.example/r', idempotencyKey: 'hold:hold_1' })
      .catch((caught: unknown) => caught);

    expect(error).to.be.instanceOf(GatewayError).and.have.property('kind', 'indeterminate');
    expect(stripe.sent('paymentIntents.create').map((request) => request.idempotencyKey)).to.deep.equal(['hold:hold_1', 'hold:hold_1']);
  });

  it('when Stripe answers 5xx, then the request id is kept for support', async () => {
    const error = await confirmFailure({ status: 500, body: stripeError('api_error', { message: 'Something went wrong.' }) });
    expect(error.details.requestId).to.match(/^req_mock_/);
  });

  it('when a charge was already confirmed under another key, then Stripe refuses and the adapter reports it succeeded', async () => {
    const { intentId } = await chargeToConfirm(gateway);
    await gateway.confirmCharge({ intentId, idempotencyKey: 'confirm-1' });
    expect(await gateway.confirmCharge({ intentId, idempotencyKey: 'confirm-2' })).to.deep.equal({ outcome: 'succeeded', intentId });
    expect(stripe.sent('paymentIntents.retrieve')).to.have.length(1);
  });

  it('when Stripe reports a PaymentIntent status this code does not know, then reading it fails as fatal', async () => {
    stripe.replyWith('paymentIntents.retrieve', { status: 200, body: stripePaymentIntent({ id: 'pi_new', status: 'requires_teleportation' }) });
    const error = await gateway.getIntent('pi_new').catch((caught: unknown) => caught);
    expect(error).to.be.instanceOf(GatewayError).and.have.property('kind', 'fatal');
  });

  it('when a host name does not resolve, then nothing was sent and the failure is retryable', async () => {
    const error = await confirmFailure({ networkError: 'ENOTFOUND' });
    expect(error).to.include({ kind: 'retryable' });
    expect(error.details.gatewayCode).to.equal('ENOTFOUND');
  });

  it('when a customer cannot be created because Stripe is down, then the error is indeterminate, not a decline', async () => {
    stripe.replyWith('customers.create', { status: 502, body: stripeError('api_error', { message: 'Bad gateway.' }) });
    const error = await gateway.ensureCustomer({ accountId: 'acct_1', email: 'ada@example.com', idempotencyKey: 'customer' }).catch((caught: unknown) => caught);
    expect(error).to.be.instanceOf(GatewayError).and.have.property('kind', 'indeterminate');
  });
});
