import { expect } from 'chai';
import Stripe from 'stripe';
import { InvalidWebhookSignature, StripeWebhookParser } from '../../src/gateway/stripe/stripe-webhook-parser.js';
import { stripePaymentIntent, stripePaymentMethod } from '../helpers/stripe-api-mock.js';
import { TestClock } from '../helpers/test-clock.js';

const secret = 'whsec_test_parser_secret';

describe('StripeWebhookParser: verifying and translating Stripe webhooks', () => {
  let clock: TestClock;
  let parser: StripeWebhookParser;
  const now = () => Math.floor(clock.now().getTime() / 1000);

  beforeEach(() => {
    clock = new TestClock();
    parser = new StripeWebhookParser({ secret, clock, toleranceSeconds: 300 });
  });

  function signed(event: Record<string, unknown>, options: { timestamp?: number; secret?: string } = {}) {
    const payload = JSON.stringify({ object: 'event', api_version: Stripe.API_VERSION, ...event });
    const header = Stripe.webhooks.generateTestHeaderString({ payload, secret: options.secret ?? secret, timestamp: options.timestamp ?? now() });
    return { payload, header };
  }
  const refusal = (body: string | Buffer, header: string | undefined) => {
    try {
      parser.parse(body, header);
    } catch (error) {
      return error;
    }
    return undefined;
  };

  it('when a held payment_intent event is signed correctly, then it becomes intent_updated with status held', () => {
    const { payload, header } = signed({ id: 'evt_1', type: 'payment_intent.amount_capturable_updated', data: { object: stripePaymentIntent({ id: 'pi_1', status: 'requires_capture' }) } });
    expect(parser.parse(Buffer.from(payload), header)).to.deep.equal({ id: 'evt_1', type: 'intent_updated', intentId: 'pi_1', status: 'held' });
  });

  it('when a payment_intent.payment_failed event arrives, then the decline comes from last_payment_error', () => {
    const intent = stripePaymentIntent({ id: 'pi_2', status: 'requires_payment_method', last_payment_error: { type: 'card_error', code: 'card_declined', decline_code: 'insufficient_funds', message: 'Your card has insufficient funds.' } });
    const { payload, header } = signed({ id: 'evt_2', type: 'payment_intent.payment_failed', data: { object: intent } });
    expect(parser.parse(payload, header)).to.deep.equal({
      id: 'evt_2',
      type: 'intent_updated',
      intentId: 'pi_2',
      status: 'declined',
      decline: { code: 'card_declined', declineCode: 'insufficient_funds', message: 'Your card has insufficient funds.' },
    });
  });

  it('when the card updater changes a card, then payment_method_updated carries the new details', () => {
    const method = stripePaymentMethod({ id: 'pm_9', card: { brand: 'mastercard', last4: '4444', exp_month: 7, exp_year: 2031, fingerprint: 'fpAbc', funding: 'debit', country: 'CL' } });
    const { payload, header } = signed({ id: 'evt_updater', type: 'payment_method.automatically_updated', data: { object: method } });
    expect(parser.parse(payload, header)).to.deep.equal({
      id: 'evt_updater',
      type: 'payment_method_updated',
      paymentMethodId: 'pm_9',
      card: { brand: 'mastercard', last4: '4444', expMonth: 7, expYear: 2031, fingerprint: 'fpAbc', funding: 'debit', country: 'CL' },
    });
  });

  it('when payment_method.updated arrives (which also reports our own changes), then it is ignored', () => {
    const method = stripePaymentMethod({ id: 'pm_9', card: { brand: 'visa', last4: '4242', exp_month: 4, exp_year: 2032, fingerprint: 'fpAbc', funding: 'credit', country: 'US' } });
    const { payload, header } = signed({ id: 'evt_ours', type: 'payment_method.updated', data: { object: method } });
    expect(parser.parse(payload, header)).to.deep.equal({ id: 'evt_ours', type: 'ignored', gatewayType: 'payment_method.updated' });
  });

  it('when another event type arrives, then it is ignored with its Stripe type', () => {
    const { payload, header } = signed({ id: 'evt_3', type: 'charge.dispute.created', data: { object: { id: 'dp_1', object: 'dispute' } } });
    expect(parser.parse(payload, header)).to.deep.equal({ id: 'evt_3', type: 'ignored', gatewayType: 'charge.dispute.created' });
  });

  it('when the signature was made with another secret, then InvalidWebhookSignature (signature) is thrown', () => {
    const { payload, header } = signed({ id: 'evt_4', type: 'payment_intent.succeeded', data: { object: stripePaymentIntent() } }, { secret: 'whsec_other' });
    expect(refusal(payload, header)).to.be.instanceOf(InvalidWebhookSignature).and.have.property('reason', 'signature');
  });

  it('when the body was altered after signing, then it is refused', () => {
    const { payload, header } = signed({ id: 'evt_5', type: 'payment_intent.succeeded', data: { object: stripePaymentIntent({ amount: 100 }) } });
    expect(refusal(payload.replace('"amount":100', '"amount":1'), header)).to.have.property('reason', 'signature');
  });

  it('when the signature header is missing or garbage, then it is refused', () => {
    const { payload } = signed({ id: 'evt_6', type: 'payment_intent.succeeded', data: { object: stripePaymentIntent() } });
    expect(refusal(payload, undefined)).to.have.property('reason', 'signature');
    expect(refusal(payload, 'nonsense')).to.have.property('reason', 'signature');
  });

  it('when the signature is older than the tolerance, then it is refused as stale', () => {
    const { payload, header } = signed({ id: 'evt_7', type: 'payment_intent.succeeded', data: { object: stripePaymentIntent() } }, { timestamp: now() - 301 });
    expect(refusal(payload, header)).to.be.instanceOf(InvalidWebhookSignature).and.have.property('reason', 'stale');
  });

  it('when the signature is dated in the future beyond the clock skew, then it is refused as future', () => {
    const { payload, header } = signed({ id: 'evt_8', type: 'payment_intent.succeeded', data: { object: stripePaymentIntent() } }, { timestamp: now() + 600 });
    expect(refusal(payload, header)).to.be.instanceOf(InvalidWebhookSignature).and.have.property('reason', 'future');
  });

  it('when the signature is a few seconds ahead (clock skew), then it is accepted', () => {
    const { payload, header } = signed({ id: 'evt_9', type: 'payment_intent.canceled', data: { object: stripePaymentIntent({ id: 'pi_9', status: 'canceled' }) } }, { timestamp: now() + 5 });
    expect(parser.parse(payload, header)).to.include({ type: 'intent_updated', status: 'canceled' });
  });
});
