import { expect } from 'chai';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { onboard, type Customer } from '../helpers/customer-flow.js';
import { cardHistory, listCards, postCard, simulatorOf } from '../helpers/card-flow.js';

/** Each of Stripe's test payment methods at card entry: what the customer is told. Risk declines
 * and card-detail mismatches read generic_decline; the rest pass through. */
const outcomes: Array<[paymentMethod: string, status: number, brand?: string, declineCode?: string]> = [
  ['pm_card_visa', 201, 'visa'],
  ['pm_card_visa_debit', 201, 'visa'],
  ['pm_card_mastercard', 201, 'mastercard'],
  ['pm_card_amex', 201, 'amex'],
  ['pm_card_discover', 201, 'discover'],
  ['pm_card_threeDSecureOptional', 201, 'visa'],
  ['pm_card_visa_chargeDeclined', 402, undefined, 'generic_decline'],
  ['pm_card_chargeDeclined', 402, undefined, 'generic_decline'],
  ['pm_card_visa_chargeDeclinedInsufficientFunds', 402, undefined, 'insufficient_funds'],
  ['pm_card_chargeDeclinedInsufficientFunds', 402, undefined, 'insufficient_funds'],
  ['pm_card_visa_chargeDeclinedLostCard', 402, undefined, 'generic_decline'],
  ['pm_card_visa_chargeDeclinedStolenCard', 402, undefined, 'generic_decline'],
  ['pm_card_chargeDeclinedExpiredCard', 402, undefined, 'expired_card'],
  ['pm_card_chargeDeclinedIncorrectCvc', 402, undefined, 'generic_decline'],
  ['pm_card_chargeDeclinedProcessingError', 402, undefined, 'processing_error'],
  ['pm_card_radarBlock', 402, undefined, 'generic_decline'],
  ['pm_card_chargeCustomerFail', 402, 'visa', 'generic_decline'],
  ['pm_card_authenticationRequired', 202, 'visa'],
  ['pm_card_threeDSecure2Required', 202, 'visa'],
  ['pm_card_authenticationRequiredOnSetup', 202, 'visa'],
];

describe('card entry with each simulator test card (signup frontend)', () => {
  let t: TestApp;
  before(async () => {
    // Many declines on one app: the card-testing limit is not what this suite is about.
    t = await createTestApp({ env: { CARD_FAILURES_PER_DAY: '1000' } });
  });
  after(() => t.close());

  for (const [paymentMethod, status, brand, declineCode] of outcomes) {
    it(`when ${paymentMethod} is entered, then ${status}${declineCode ? ` with decline_code ${declineCode}` : ''}`, async () => {
      const customer = await onboard(t, 'US');
      const response = await postCard(t, customer, paymentMethod);

      expect(response.status, JSON.stringify(response.body)).to.equal(status);
      const [entry] = await cardHistory(t, customer);
      if (status === 201) {
        expect(response.body.card).to.include({ brand, status: 'active', is_default: true });
        expect(entry).to.deep.include({ result: 'succeeded', card_id: response.body.card.id });
      } else if (status === 202) {
        expect(response.body.card).to.include({ brand, status: 'requires_action', is_default: false });
        expect(response.body.next_action).to.deep.equal({ type: 'redirect', url: response.body.next_action.url });
        expect(entry).to.deep.include({ result: 'pending' });
      } else {
        expect(response.body).to.include({ code: 'card_declined', decline_code: declineCode, history_id: entry!.id });
        expect(response.body.detail).to.be.a('string').and.not.to.be.empty;
        expect(entry).to.deep.include({ result: 'failed', brand: brand ?? null });
        expect(entry!.failure).to.deep.equal({ code: 'card_declined', decline_code: declineCode, message: response.body.detail });
        expect(await listCards(t, customer), 'a failed card is not kept').to.deep.equal([]);
        expect((await t.api.get('/v1/account').set(customer.auth)).body.status).to.equal('registered');
      }
    });
  }

  it('when a risk decline is shown to the customer, then its message is the generic one, the same as for a plain decline', async () => {
    const stolen = await postCard(t, await onboard(t, 'US'), 'pm_card_visa_chargeDeclinedStolenCard');
    const plain = await postCard(t, await onboard(t, 'US'), 'pm_card_visa_chargeDeclined');
    expect(stolen.body.detail).to.equal(plain.body.detail);
    expect(JSON.stringify(stolen.body)).not.to.match(/stolen/i);
  });

  it('when insufficient funds decline the card, then the message says what to do', async () => {
    const response = await postCard(t, await onboard(t, 'US'), 'pm_card_visa_chargeDeclinedInsufficientFunds');
    expect(response.body.decline_code).to.equal('insufficient_funds');
    expect(response.body.detail).not.to.equal((await postCard(t, await onboard(t, 'US'), 'pm_card_chargeDeclined')).body.detail);
  });

  it('when pm_card_chargeCustomerFail attaches but its hold declines, then the payment method is detached again', async () => {
    const customer = await onboard(t, 'US');
    const response = await postCard(t, customer, 'pm_card_chargeCustomerFail');
    expect(response.status).to.equal(402);
    const [entry] = await cardHistory(t, customer);
    expect(entry).to.deep.include({ brand: 'visa', last4: '0341' });
    const holds = (await simulatorOf(t).listIntents({ purpose: 'hold' })).filter((intent) => intent.status === 'declined');
    const method = await simulatorOf(t).getPaymentMethod(holds[holds.length - 1]!.paymentMethodId);
    expect(method?.detachedAt).to.be.a('string');
  });
});
