import { expect } from 'chai';
import { StripeGateway } from '../../src/gateway/stripe/stripe-gateway.js';
import { chargeToConfirm, StripeApiMock, stripeError, stripePaymentIntent } from '../helpers/stripe-api-mock.js';

// Error bodies as Stripe sends them (API 2024-12-18.acacia and later: network_advice_code and
// network_decline_code beside decline_code and advice_code), trimmed to the fields that matter.
const recorded = {
  stolenDoNotTryAgain: {
    code: 'card_declined',
    decline_code: 'stolen_card',
    advice_code: 'do_not_try_again',
    network_decline_code: '43',
    message: 'Your card was declined.',
    doc_url: 'https://stripe.com/docs/error-codes/card-declined',
    request_log_url: 'https://dashboard.stripe.com/test/logs/req_stolen',
    payment_method: { id: 'pm_1Stolen', object: 'payment_method', type: 'card', card: { brand: 'visa', last4: '4301', exp_month: 12, exp_year: 2030 } },
  },
  mastercardRetryAfter24h: {
    code: 'card_declined',
    decline_code: 'insufficient_funds',
    network_decline_code: '51',
    network_advice_code: '25',
    message: 'Your card has insufficient funds.',
    payment_method: { id: 'pm_1Mac25', object: 'payment_method', type: 'card', card: { brand: 'mastercard', last4: '2501', exp_month: 12, exp_year: 2030 } },
  },
};

describe('StripeGateway: what Stripe says about a decline beyond its code', () => {
  let stripe: StripeApiMock;
  let gateway: StripeGateway;

  beforeEach(() => {
    stripe = new StripeApiMock().start();
    gateway = new StripeGateway({ secretKey: 'sk_test_advice', maxNetworkRetries: 0, timeoutMs: 500 });
  });
  afterEach(() => stripe.stop());

  it('when an off-session confirmation is declined with a card error, then decline_code, advice_code, network_decline_code and the network are kept', async () => {
    const { intentId } = await chargeToConfirm(gateway);
    stripe.replyWith('paymentIntents.confirm', { status: 402, body: stripeError('card_error', { ...recorded.stolenDoNotTryAgain, payment_intent: stripePaymentIntent({ id: intentId, status: 'requires_payment_method' }) }) });

    const outcome = await gateway.confirmCharge({ intentId, idempotencyKey: 'confirm' });

    expect(outcome).to.deep.include({ outcome: 'declined', intentId });
    const { requestId, ...decline } = outcome.outcome === 'declined' ? outcome.decline : { requestId: undefined };
    expect(decline).to.deep.equal({ code: 'card_declined', declineCode: 'stolen_card', adviceCode: 'do_not_try_again', networkDeclineCode: '43', network: 'visa', message: 'Your card was declined.' });
    expect(requestId).to.match(/^req_/);
    expect(stripe.only('paymentIntents.confirm').form).to.include({ off_session: 'true' });
  });

  it('when a Mastercard decline carries a Merchant Advice Code, then network_advice_code is kept', async () => {
    const { intentId } = await chargeToConfirm(gateway);
    stripe.replyWith('paymentIntents.confirm', { status: 402, body: stripeError('card_error', recorded.mastercardRetryAfter24h) });

    const outcome = await gateway.confirmCharge({ intentId, idempotencyKey: 'confirm' });

    expect(outcome.outcome === 'declined' && outcome.decline).to.include({ declineCode: 'insufficient_funds', networkDeclineCode: '51', networkAdviceCode: '25', network: 'mastercard' });
    expect(outcome.outcome === 'declined' && outcome.decline).not.to.have.property('adviceCode');
  });

  it('when recovery reads a declined intent back, then last_payment_error gives the same four fields', async () => {
    stripe.replyWith('paymentIntents.retrieve', {
      status: 200,
      body: stripePaymentIntent({ id: 'pi_declined', status: 'requires_payment_method', amount: 1000, last_payment_error: { type: 'card_error', ...recorded.mastercardRetryAfter24h, advice_code: 'try_again_later' } }),
    });

    const state = await gateway.getIntent('pi_declined');

    expect(state).to.deep.include({ intentId: 'pi_declined', status: 'declined' });
    expect(state.decline).to.deep.equal({
      code: 'card_declined',
      declineCode: 'insufficient_funds',
      adviceCode: 'try_again_later',
      networkDeclineCode: '51',
      networkAdviceCode: '25',
      network: 'mastercard',
      message: 'Your card has insufficient funds.',
    });
  });

  it('when Stripe sends no advice (an older API version), then the decline has only its codes', async () => {
    const { intentId } = await chargeToConfirm(gateway);
    stripe.declineWith('paymentIntents.confirm', { code: 'card_declined', decline_code: 'generic_decline' });

    const outcome = await gateway.confirmCharge({ intentId, idempotencyKey: 'confirm' });

    expect(outcome.outcome === 'declined' && Object.keys(outcome.decline).sort()).to.deep.equal(['code', 'declineCode', 'message', 'requestId']);
  });
});
