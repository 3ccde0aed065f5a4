import { expect } from 'chai';
import { newId } from '../../src/ids.js';
import { GatewayError, type PaymentGateway } from '../../src/gateway/payment-gateway.js';

/** A gateway under test, and the one thing the port cannot do itself: play the customer on the
 * 3-D Secure page. */
export interface GatewayContractHarness {
  gateway: PaymentGateway;
  completeChallenge(intentId: string, outcome: 'complete' | 'fail'): Promise<void>;
  close(): Promise<void>;
}

/** The behaviour every PaymentGateway must share, registered as mocha tests: the simulator and
 * the Stripe adapter (against Stripe's API under nock) both run it. */
export function registerPaymentGatewayContract(createHarness: () => Promise<GatewayContractHarness>): void {
  let harness: GatewayContractHarness;
  let gateway: PaymentGateway;
  const key = () => newId('idem');

  beforeEach(async () => {
    harness = await createHarness();
    gateway = harness.gateway;
  });
  afterEach(async () => harness.close());

  const customer = async () => (await gateway.ensureCustomer({ accountId: newId('acct'), email: 'ada@example.com', idempotencyKey: key() })).customerId;
  const attached = async (customerId: string, paymentMethod: string) => {
    const outcome = await gateway.attachPaymentMethod({ customerId, paymentMethod, idempotencyKey: key() });
    if (outcome.outcome !== 'attached') throw new Error(`${paymentMethod} was not attached: ${outcome.decline.code}`);
    return outcome;
  };
  const hold = (customerId: string, paymentMethodId: string) =>
    gateway.authorizeHold({ customerId, paymentMethodId, amount: 100, currency: 'usd', returnUrl: 'https://app.example/cards/return', idempotencyKey: key() });
  const charge = async (customerId: string, paymentMethodId: string, amount = 2500) => {
    const { intentId } = await gateway.createCharge({ customerId, paymentMethodId, amount, currency: 'USD', description: 'November', idempotencyKey: key() });
    return { intentId, outcome: await gateway.confirmCharge({ intentId, idempotencyKey: key() }) };
  };

  it('when the same customer is ensured twice with one idempotency key, then it is one customer', async () => {
    const input = { accountId: newId('acct'), email: 'ada@example.com', idempotencyKey: key() };
    const first = await gateway.ensureCustomer(input);
    expect(await gateway.ensureCustomer(input)).to.deep.equal(first);
  });

  it('when pm_card_visa is attached, then a new payment method with the Visa 4242 details comes back', async () => {
    const outcome = await attached(await customer(), 'pm_card_visa');
    expect(outcome.paymentMethodId).to.match(/^pm_/).and.not.equal('pm_card_visa');
    expect(outcome.card).to.include({ brand: 'visa', last4: '4242', funding: 'credit' });
    expect(outcome.card.expYear).to.be.greaterThan(2025);
    expect(outcome.card.fingerprint).to.be.a('string').that.is.not.empty;
  });

  it('when one test card is attached twice, then both carry the same fingerprint, unlike another card', async () => {
    const customerId = await customer();
    const first = await attached(customerId, 'pm_card_visa');
    const second = await attached(customerId, 'pm_card_visa');
    const other = await attached(customerId, 'pm_card_mastercard');
    expect(second.card.fingerprint).to.equal(first.card.fingerprint);
    expect(other.card.fingerprint).to.not.equal(first.card.fingerprint);
  });

  it('when an insufficient-funds card is attached, then it is declined with card_declined / insufficient_funds', async () => {
    const outcome = await gateway.attachPaymentMethod({ customerId: await customer(), paymentMethod: 'pm_card_visa_chargeDeclinedInsufficientFunds', idempotencyKey: key() });
    expect(outcome).to.have.property('outcome', 'declined');
    expect(outcome.outcome === 'declined' && outcome.decline).to.include({ code: 'card_declined', declineCode: 'insufficient_funds' });
  });

  it('when an expired card is attached, then it is declined with code expired_card and no decline code', async () => {
    const outcome = await gateway.attachPaymentMethod({ customerId: await customer(), paymentMethod: 'pm_card_chargeDeclinedExpiredCard', idempotencyKey: key() });
    if (outcome.outcome !== 'declined') throw new Error('expected a decline');
    expect(outcome.decline.code).to.equal('expired_card');
    expect(outcome.decline).to.not.have.property('declineCode');
    expect(outcome.decline.message).to.be.a('string').that.is.not.empty;
  });

  it('when a hold is placed on a good card and released, then it reads held, then canceled, and a second release is harmless', async () => {
    const customerId = await customer();
    const { paymentMethodId } = await attached(customerId, 'pm_card_visa');
    const outcome = await hold(customerId, paymentMethodId);
    if (outcome.outcome !== 'held') throw new Error(`expected held, got ${outcome.outcome}`);
    expect(await gateway.getIntent(outcome.intentId)).to.include({ intentId: outcome.intentId, status: 'held', amount: 100, currency: 'USD' });

    expect(await gateway.releaseHold({ intentId: outcome.intentId, idempotencyKey: key() })).to.deep.equal({ outcome: 'released' });
    expect((await gateway.getIntent(outcome.intentId)).status).to.equal('canceled');
    expect(await gateway.releaseHold({ intentId: outcome.intentId, idempotencyKey: key() })).to.deep.equal({ outcome: 'already_released' });
  });

  it('when a charge is created and confirmed off session, then it succeeds and reads succeeded', async () => {
    const customerId = await customer();
    const { paymentMethodId } = await attached(customerId, 'pm_card_mastercard');
    const { intentId } = await gateway.createCharge({ customerId, paymentMethodId, amount: 2500, currency: 'usd', idempotencyKey: key() });
    expect((await gateway.getIntent(intentId)).status).to.equal('created');

    expect(await gateway.confirmCharge({ intentId, idempotencyKey: key() })).to.deep.equal({ outcome: 'succeeded', intentId });
    expect(await gateway.getIntent(intentId)).to.deep.equal({ intentId, status: 'succeeded', amount: 2500, currency: 'USD' });
  });

  it('when a charge is confirmed again, with the same key or a new one, then it still reads succeeded once', async () => {
    const customerId = await customer();
    const { paymentMethodId } = await attached(customerId, 'pm_card_visa');
    const { intentId } = await gateway.createCharge({ customerId, paymentMethodId, amount: 700, currency: 'usd', idempotencyKey: key() });
    const confirmKey = key();
    await gateway.confirmCharge({ intentId, idempotencyKey: confirmKey });
    expect(await gateway.confirmCharge({ intentId, idempotencyKey: confirmKey })).to.deep.equal({ outcome: 'succeeded', intentId });
    expect(await gateway.confirmCharge({ intentId, idempotencyKey: key() })).to.deep.equal({ outcome: 'succeeded', intentId });
  });

  it('when pm_card_chargeCustomerFail is used, then it attaches but the hold and every charge decline', async () => {
    const customerId = await customer();
    const { paymentMethodId } = await attached(customerId, 'pm_card_chargeCustomerFail');
    const held = await hold(customerId, paymentMethodId);
    expect(held.outcome === 'declined' && held.decline).to.include({ code: 'card_declined', declineCode: 'generic_decline' });

    const { intentId, outcome } = await charge(customerId, paymentMethodId);
    expect(outcome).to.include({ outcome: 'declined', intentId });
    const state = await gateway.getIntent(intentId);
    expect(state.status).to.equal('declined');
    expect(state.decline).to.include({ code: 'card_declined', declineCode: 'generic_decline' });
  });

  it('when pm_card_authenticationRequired is held, then 3-D Secure is asked, the completed hold is held, and off-session charges decline', async () => {
    const customerId = await customer();
    const { paymentMethodId } = await attached(customerId, 'pm_card_authenticationRequired');
    const outcome = await hold(customerId, paymentMethodId);
    if (outcome.outcome !== 'requires_action') throw new Error(`expected requires_action, got ${outcome.outcome}`);
    expect(outcome.redirectUrl).to.match(/^https?:\/\//);
    expect((await gateway.getIntent(outcome.intentId)).status).to.equal('requires_action');

    await harness.completeChallenge(outcome.intentId, 'complete');
    expect((await gateway.getIntent(outcome.intentId)).status).to.equal('held');
    const later = await charge(customerId, paymentMethodId);
    expect(later.outcome.outcome === 'declined' && later.outcome.decline).to.include({ code: 'authentication_required' });
  });

  it('when the 3-D Secure challenge is failed, then the hold reads declined', async () => {
    const customerId = await customer();
    const { paymentMethodId } = await attached(customerId, 'pm_card_authenticationRequired');
    const outcome = await hold(customerId, paymentMethodId);
    await harness.completeChallenge(outcome.intentId!, 'fail');
    const state = await gateway.getIntent(outcome.intentId!);
    expect(state.status).to.equal('declined');
    expect(state.decline?.code).to.equal('payment_intent_authentication_failure');
  });

  it('when a created charge is canceled, then it reads canceled and canceling again is harmless', async () => {
    const customerId = await customer();
    const { paymentMethodId } = await attached(customerId, 'pm_card_visa');
    const { intentId } = await gateway.createCharge({ customerId, paymentMethodId, amount: 300, currency: 'eur', idempotencyKey: key() });
    await gateway.cancelIntent({ intentId, idempotencyKey: key() });
    await gateway.cancelIntent({ intentId, idempotencyKey: key() });
    expect(await gateway.getIntent(intentId)).to.include({ status: 'canceled', currency: 'EUR' });
  });

  it('when the expiry of a card is updated, then the new dates come back with the same card', async () => {
    const customerId = await customer();
    const { paymentMethodId, card } = await attached(customerId, 'pm_card_visa');
    const updated = await gateway.updateExpiry({ paymentMethodId, expMonth: 3, expYear: 2035, idempotencyKey: key() });
    expect(updated).to.deep.equal({ ...card, expMonth: 3, expYear: 2035 });
  });

  it('when a card is detached, then detaching again succeeds and the card cannot be attached again', async () => {
    const customerId = await customer();
    const { paymentMethodId } = await attached(customerId, 'pm_card_visa');
    await gateway.detachPaymentMethod({ paymentMethodId, idempotencyKey: key() });
    await gateway.detachPaymentMethod({ paymentMethodId, idempotencyKey: key() });
    const reattach = await gateway.attachPaymentMethod({ customerId, paymentMethod: paymentMethodId, idempotencyKey: key() }).catch((error: unknown) => error);
    expect(reattach).to.be.instanceOf(GatewayError).and.have.property('kind', 'fatal');
  });
}
