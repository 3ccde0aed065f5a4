import { expect } from 'chai';
import { StripeGateway } from '../../src/gateway/stripe/stripe-gateway.js';
import { StripeApiMock } from '../helpers/stripe-api-mock.js';

// Top-ups: an unconfirmed intent (as for charges), then an on-session confirmation.
describe('StripeGateway: on-session payments (top-ups)', () => {
  let stripe: StripeApiMock;
  let gateway: StripeGateway;

  beforeEach(() => {
    stripe = new StripeApiMock().start();
    gateway = new StripeGateway({ secretKey: 'sk_test_payments', maxNetworkRetries: 0, timeoutMs: 2000 });
  });
  afterEach(() => stripe.stop());

  async function intentFor(testId: string) {
    const { customerId } = await gateway.ensureCustomer({ accountId: 'acct_1', email: 'ada@example.com', idempotencyKey: 'acct_1:customer' });
    const attach = await gateway.attachPaymentMethod({ customerId, paymentMethod: testId, idempotencyKey: 'card_1:attach' });
    if (attach.outcome !== 'attached') throw new Error('not attached');
    return gateway.createCharge({ customerId, paymentMethodId: attach.paymentMethodId, amount: 10000, currency: 'usd', idempotencyKey: 'tu_1:create' });
  }

  it('when a payment is confirmed, then POST /v1/payment_intents/:id/confirm carries the return url, no off_session, and the key', async () => {
    const { intentId } = await intentFor('pm_card_visa');
    const outcome = await gateway.confirmPayment({ intentId, returnUrl: 'https://app.example/back', setupFutureUsage: false, idempotencyKey: 'tu_1:confirm' });
    expect(outcome).to.deep.equal({ outcome: 'succeeded', intentId });
    const sent = stripe.only('paymentIntents.confirm');
    expect(sent).to.deep.include({ path: `/v1/payment_intents/${intentId}/confirm`, form: { return_url: 'https://app.example/back' }, idempotencyKey: 'tu_1:confirm' });
  });

  it('when the card is to be kept, then the confirmation asks setup_future_usage=off_session', async () => {
    const { intentId } = await intentFor('pm_card_visa');
    await gateway.confirmPayment({ intentId, returnUrl: 'https://app.example/back', setupFutureUsage: true, idempotencyKey: 'tu_1:confirm' });
    expect(stripe.only('paymentIntents.confirm').form).to.deep.equal({ return_url: 'https://app.example/back', setup_future_usage: 'off_session' });
  });

  it('when the bank asks for 3-D Secure, then requires_action with the redirect url', async () => {
    const { intentId } = await intentFor('pm_card_authenticationRequired');
    const outcome = await gateway.confirmPayment({ intentId, returnUrl: 'https://app.example/back', setupFutureUsage: false, idempotencyKey: 'tu_1:confirm' });
    expect(outcome.outcome).to.equal('requires_action');
    expect(outcome.outcome === 'requires_action' && outcome.redirectUrl).to.match(/^https:\/\/hooks\.stripe\.com\//);
  });

  it('when the card declines, then declined with the decline code', async () => {
    const { intentId } = await intentFor('pm_card_visa');
    stripe.declineWith('paymentIntents.confirm', { code: 'card_declined', decline_code: 'insufficient_funds' });
    const outcome = await gateway.confirmPayment({ intentId, returnUrl: 'https://app.example/back', setupFutureUsage: false, idempotencyKey: 'tu_1:confirm' });
    expect(outcome).to.deep.include({ outcome: 'declined', intentId });
    expect(outcome.outcome === 'declined' && outcome.decline.declineCode).to.equal('insufficient_funds');
  });

  it('when the payment was already confirmed under another key, then Stripe refuses the second confirmation and the adapter reads the intent back: succeeded, paid once', async () => {
    const { intentId } = await intentFor('pm_card_visa');
    await gateway.confirmPayment({ intentId, returnUrl: 'https://app.example/back', setupFutureUsage: false, idempotencyKey: 'tu_1:confirm' });
    const again = await gateway.confirmPayment({ intentId, returnUrl: 'https://app.example/back', setupFutureUsage: false, idempotencyKey: 'tu_1:confirm-recovery' });
    expect(again).to.deep.equal({ outcome: 'succeeded', intentId });
    expect(stripe.sent('paymentIntents.confirm')).to.have.length(2);
    expect(stripe.sent('paymentIntents.retrieve')).to.have.length(1);
  });
});
