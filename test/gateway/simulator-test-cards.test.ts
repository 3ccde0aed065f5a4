import { expect } from 'chai';
import type { Knex } from 'knex';
import type { Decline } from '../../src/gateway/payment-gateway.js';
import { SimulatorGateway } from '../../src/gateway/simulator/simulator-gateway.js';
import { simulatorTestCards } from '../../src/gateway/simulator/simulator-test-cards.js';
import { newId } from '../../src/ids.js';
import { createTestDatabase } from '../helpers/test-database.js';
import { TestClock } from '../helpers/test-clock.js';

type Expected = 'ok' | 'requires_action' | [code: string, declineCode?: string];
const generic: Expected = ['card_declined', 'generic_decline'];
const insufficient: Expected = ['card_declined', 'insufficient_funds'];
const lost: Expected = ['card_declined', 'lost_card'];
const stolen: Expected = ['card_declined', 'stolen_card'];
const fraudulent: Expected = ['card_declined', 'fraudulent'];
const expired: Expected = ['expired_card'];
const cvc: Expected = ['incorrect_cvc'];
const processing: Expected = ['processing_error'];
const velocity: Expected = ['card_declined', 'card_velocity_exceeded'];
const authentication: Expected = ['authentication_required', 'authentication_required'];

// Stripe's testing docs, written out independently of the simulator's table: card → attach,
// on-session hold, off-session charge (cards refused at attach are charged by their test id, as
// Stripe allows). Brand and last4 for the cards that attach.
const documented: Record<string, { attach: Expected; hold: Expected; charge: Expected; card?: [brand: string, last4: string] }> = {
  pm_card_visa: { attach: 'ok', hold: 'ok', charge: 'ok', card: ['visa', '4242'] },
  pm_card_visa_debit: { attach: 'ok', hold: 'ok', charge: 'ok', card: ['visa', '5556'] },
  pm_card_mastercard: { attach: 'ok', hold: 'ok', charge: 'ok', card: ['mastercard', '4444'] },
  pm_card_mastercard_debit: { attach: 'ok', hold: 'ok', charge: 'ok', card: ['mastercard', '8210'] },
  pm_card_mastercard_prepaid: { attach: 'ok', hold: 'ok', charge: 'ok', card: ['mastercard', '5100'] },
  pm_card_amex: { attach: 'ok', hold: 'ok', charge: 'ok', card: ['amex', '0005'] },
  pm_card_discover: { attach: 'ok', hold: 'ok', charge: 'ok', card: ['discover', '1117'] },
  pm_card_diners: { attach: 'ok', hold: 'ok', charge: 'ok', card: ['diners', '0004'] },
  pm_card_jcb: { attach: 'ok', hold: 'ok', charge: 'ok', card: ['jcb', '0505'] },
  pm_card_unionpay: { attach: 'ok', hold: 'ok', charge: 'ok', card: ['unionpay', '0005'] },
  pm_card_visa_chargeDeclined: { attach: generic, hold: generic, charge: generic },
  pm_card_visa_chargeDeclinedInsufficientFunds: { attach: insufficient, hold: insufficient, charge: insufficient },
  pm_card_visa_chargeDeclinedLostCard: { attach: lost, hold: lost, charge: lost },
  pm_card_visa_chargeDeclinedStolenCard: { attach: stolen, hold: stolen, charge: stolen },
  pm_card_chargeDeclinedExpiredCard: { attach: expired, hold: expired, charge: expired },
  pm_card_chargeDeclinedIncorrectCvc: { attach: cvc, hold: cvc, charge: cvc },
  pm_card_chargeDeclinedProcessingError: { attach: processing, hold: processing, charge: processing },
  pm_card_visa_chargeDeclinedVelocityLimitExceeded: { attach: velocity, hold: velocity, charge: velocity },
  pm_card_radarBlock: { attach: fraudulent, hold: fraudulent, charge: fraudulent },
  pm_card_chargeDeclined: { attach: generic, hold: generic, charge: generic },
  pm_card_chargeDeclinedInsufficientFunds: { attach: insufficient, hold: insufficient, charge: insufficient },
  pm_card_chargeDeclinedLostCard: { attach: lost, hold: lost, charge: lost },
  pm_card_chargeDeclinedStolenCard: { attach: stolen, hold: stolen, charge: stolen },
  pm_card_chargeDeclinedFraudulent: { attach: fraudulent, hold: fraudulent, charge: fraudulent },
  pm_card_chargeCustomerFail: { attach: 'ok', hold: generic, charge: generic, card: ['visa', '0341'] },
  pm_card_authenticationRequired: { attach: 'ok', hold: 'requires_action', charge: authentication, card: ['visa', '3184'] },
  pm_card_threeDSecure2Required: { attach: 'ok', hold: 'requires_action', charge: authentication, card: ['visa', '3220'] },
  pm_card_threeDSecureRequired: { attach: 'ok', hold: 'requires_action', charge: authentication, card: ['visa', '3063'] },
  pm_card_authenticationRequiredOnSetup: { attach: 'ok', hold: 'requires_action', charge: authentication, card: ['visa', '3155'] },
  pm_card_authenticationRequiredChargeDeclinedInsufficientFunds: { attach: 'ok', hold: 'requires_action', charge: authentication, card: ['visa', '3178'] },
  pm_card_threeDSecureOptional: { attach: 'ok', hold: 'ok', charge: 'ok', card: ['visa', '3055'] },
};

function expectDecline(decline: Decline | undefined, [code, declineCode]: [string, string?]): void {
  expect(decline?.code).to.equal(code);
  expect(decline?.declineCode).to.equal(declineCode);
  expect(decline?.message).to.be.a('string').that.is.not.empty;
  expect(decline?.requestId).to.match(/^req_/);
}

describe('SimulatorGateway: the outcome of every Stripe test card', () => {
  let db: Knex;
  let simulator: SimulatorGateway;
  const key = () => newId('idem');

  before(async () => {
    db = await createTestDatabase();
    simulator = new SimulatorGateway({ db, clock: new TestClock(), latencyMs: 0, publicBaseUrl: 'http://card-vault.test' });
  });
  after(() => db.destroy());

  it('when the table of test cards is read, then every card has documented outcomes here', () => {
    expect(Object.keys(simulatorTestCards).sort()).to.deep.equal(Object.keys(documented).sort());
  });

  for (const [testId, expected] of Object.entries(documented)) {
    it(`when ${testId} is attached, held and charged, then attach: ${String(expected.attach)}, hold: ${String(expected.hold)}, charge: ${String(expected.charge)}`, async () => {
      const { customerId } = await simulator.ensureCustomer({ accountId: newId('acct'), email: 'ada@example.com', idempotencyKey: key() });
      const attach = await simulator.attachPaymentMethod({ customerId, paymentMethod: testId, idempotencyKey: key() });
      let paymentMethodId = testId;
      if (expected.attach === 'ok') {
        if (attach.outcome !== 'attached') throw new Error(`attach declined: ${attach.decline.code}`);
        expect([attach.card.brand, attach.card.last4]).to.deep.equal(expected.card);
        paymentMethodId = attach.paymentMethodId;
      } else {
        expect(attach.outcome).to.equal('declined');
        expectDecline(attach.outcome === 'declined' ? attach.decline : undefined, expected.attach as [string, string?]);
      }

      const hold = await simulator.authorizeHold({ customerId, paymentMethodId, amount: 100, currency: 'usd', returnUrl: 'https://app.example/r', idempotencyKey: key() });
      if (expected.hold === 'ok') expect(hold.outcome).to.equal('held');
      else if (expected.hold === 'requires_action') expect(hold.outcome).to.equal('requires_action');
      else expectDecline(hold.outcome === 'declined' ? hold.decline : undefined, expected.hold);

      const { intentId } = await simulator.createCharge({ customerId, paymentMethodId, amount: 5000, currency: 'usd', idempotencyKey: key() });
      const charge = await simulator.confirmCharge({ intentId, idempotencyKey: key() });
      if (expected.charge === 'ok') expect(charge.outcome).to.equal('succeeded');
      else expectDecline(charge.outcome === 'declined' ? charge.decline : undefined, expected.charge as [string, string?]);
    });
  }

  it('when a decline card is charged twice, then the decline code is the same both times', async () => {
    const { customerId } = await simulator.ensureCustomer({ accountId: newId('acct'), email: 'ada@example.com', idempotencyKey: key() });
    const codes = [];
    for (const attempt of [1, 2]) {
      const { intentId } = await simulator.createCharge({ customerId, paymentMethodId: 'pm_card_visa_chargeDeclinedLostCard', amount: 100 * attempt, currency: 'usd', idempotencyKey: key() });
      const outcome = await simulator.confirmCharge({ intentId, idempotencyKey: key() });
      codes.push(outcome.outcome === 'declined' ? outcome.decline.declineCode : outcome.outcome);
    }
    expect(codes).to.deep.equal(['lost_card', 'lost_card']);
  });

  it('when a copy of a test card is attached (pm_card_visa.<copy>), then it behaves as the card but is another physical card; an unknown card or a bad copy name is no test card', async () => {
    const attach = async (paymentMethod: string) => {
      const { customerId } = await simulator.ensureCustomer({ accountId: newId('acct'), email: 'ada@example.com', idempotencyKey: key() });
      const attached = await simulator.attachPaymentMethod({ customerId, paymentMethod, idempotencyKey: key() });
      if (attached.outcome !== 'attached') throw new Error(`${paymentMethod} was not attached`);
      return attached.card;
    };
    const original = await attach('pm_card_visa');
    const [first, again, second] = [await attach('pm_card_visa.acct-1'), await attach('pm_card_visa.acct-1'), await attach('pm_card_visa.acct-2')];
    expect([first.brand, first.last4, second.last4]).to.deep.equal(['visa', '4242', '4242']);
    expect(new Set([original.fingerprint, first.fingerprint, second.fingerprint]).size, 'three physical cards').to.equal(3);
    expect(again.fingerprint, 'the same copy is the same card').to.equal(first.fingerprint);
    const { customerId } = await simulator.ensureCustomer({ accountId: newId('acct'), email: 'ada@example.com', idempotencyKey: key() });
    const { intentId } = await simulator.createCharge({ customerId, paymentMethodId: 'pm_card_visa_chargeDeclinedLostCard.acct-3', amount: 500, currency: 'usd', idempotencyKey: key() });
    const declined = await simulator.confirmCharge({ intentId, idempotencyKey: key() });
    expect(declined.outcome === 'declined' && declined.decline.declineCode, 'a copy declines as its card does').to.equal('lost_card');
    for (const unknown of ['pm_card_nothing.acct-1', 'pm_card_visa.', 'pm_card_visa.a b', 'pm_card_visa.acct.1']) {
      const failed = await attach(unknown).then(() => 'attached', () => 'refused');
      expect(failed, unknown).to.equal('refused');
    }
  });
});
