import { expect } from 'chai';
import { StripeGateway } from '../../src/gateway/stripe/stripe-gateway.js';
import { StripeApiMock } from '../helpers/stripe-api-mock.js';

describe('StripeGateway: a $0 verification is a SetupIntent (VERIFICATION_METHOD=zero_amount)', () => {
  let stripe: StripeApiMock;
  let gateway: StripeGateway;

  beforeEach(() => {
    stripe = new StripeApiMock().start();
    gateway = new StripeGateway({ secretKey: 'sk_test_zero', maxNetworkRetries: 0, timeoutMs: 500 });
  });
  afterEach(() => stripe.stop());

  async function attached(testCard: string) {
    const { customerId } = await gateway.ensureCustomer({ accountId: 'acct_1', email: 'ada@example.com', idempotencyKey: 'customer' });
    const attach = await gateway.attachPaymentMethod({ customerId, paymentMethod: testCard, idempotencyKey: `attach:${testCard}` });
    if (attach.outcome !== 'attached') throw new Error('not attached');
    return { customerId, paymentMethodId: attach.paymentMethodId };
  }

  it('when a hold of amount 0 is asked for, then a confirmed off-session SetupIntent is created under the key, and it reads as held with nothing to release', async () => {
    const { customerId, paymentMethodId } = await attached('pm_card_visa');

    const outcome = await gateway.authorizeHold({ customerId, paymentMethodId, amount: 0, currency: 'usd', returnUrl: 'https://app.example/r', idempotencyKey: 'hold:h1', metadata: { hold_id: 'h1' } });

    expect(outcome.outcome).to.equal('held');
    expect(outcome.intentId).to.match(/^seti_/);
    const request = stripe.only('setupIntents.create');
    expect(request.idempotencyKey).to.equal('hold:h1');
    expect(request.form).to.deep.include({
      customer: customerId,
      payment_method: paymentMethodId,
      confirm: 'true',
      usage: 'off_session',
      return_url: 'https://app.example/r',
      'allowed_payment_method_types[0]': 'card',
      'metadata[hold_id]': 'h1',
    });
    expect(stripe.sent('paymentIntents.create'), 'no PaymentIntent: no money is authorized').to.deep.equal([]);
    expect(await gateway.getIntent(outcome.intentId!)).to.deep.equal({ intentId: outcome.intentId, status: 'held', amount: 0, currency: 'USD' });
    expect(await gateway.releaseHold({ intentId: outcome.intentId!, idempotencyKey: 'release:h1' })).to.deep.equal({ outcome: 'released' });
    expect(stripe.requests.filter((sent) => sent.route.startsWith('paymentIntents')), 'releasing a $0 verification calls nothing').to.deep.equal([]);
  });

  it('when the issuer declines the $0 verification, then it is a decline with the SetupIntent id and Stripe’s codes', async () => {
    const { customerId, paymentMethodId } = await attached('pm_card_chargeCustomerFail');

    const outcome = await gateway.authorizeHold({ customerId, paymentMethodId, amount: 0, currency: 'usd', returnUrl: 'https://app.example/r', idempotencyKey: 'hold:h2' });

    expect(outcome.outcome).to.equal('declined');
    expect(outcome.outcome === 'declined' && outcome.intentId).to.match(/^seti_/);
    expect(outcome.outcome === 'declined' && outcome.decline).to.include({ code: 'card_declined', declineCode: 'generic_decline' });
  });

  it('when the amount is not 0, then it is the usual PaymentIntent hold', async () => {
    const { customerId, paymentMethodId } = await attached('pm_card_visa');
    const outcome = await gateway.authorizeHold({ customerId, paymentMethodId, amount: 100, currency: 'usd', returnUrl: 'https://app.example/r', idempotencyKey: 'hold:h3' });
    expect(outcome.outcome).to.equal('held');
    expect(stripe.sent('setupIntents.create')).to.deep.equal([]);
    expect(stripe.only('paymentIntents.create').form).to.include({ amount: '100', capture_method: 'manual' });
  });
});
