import { expect } from 'chai';
import type { Knex } from 'knex';
import { GatewayError } from '../../src/gateway/payment-gateway.js';
import { SimulatorGateway } from '../../src/gateway/simulator/simulator-gateway.js';
import { newId } from '../../src/ids.js';
import { createTestDatabase } from '../helpers/test-database.js';
import { TestClock } from '../helpers/test-clock.js';

describe('SimulatorGateway: idempotency keys and state that survives a restart', () => {
  let db: Knex;
  let clock: TestClock;
  let simulator: SimulatorGateway;
  let customerId: string;
  let paymentMethodId: string;
  const key = () => newId('idem');
  const restart = () => new SimulatorGateway({ db, clock, latencyMs: 0, publicBaseUrl: 'http://card-vault.test' });

  beforeEach(async () => {
    db = await createTestDatabase();
    clock = new TestClock();
    simulator = restart();
    ({ customerId } = await simulator.ensureCustomer({ accountId: 'acct_1', email: 'ada@example.com', idempotencyKey: key() }));
    const attach = await simulator.attachPaymentMethod({ customerId, paymentMethod: 'pm_card_visa', idempotencyKey: key() });
    if (attach.outcome !== 'attached') throw new Error('not attached');
    paymentMethodId = attach.paymentMethodId;
  });
  afterEach(() => db.destroy());

  const createCharge = (idempotencyKey: string, amount = 1200) =>
    simulator.createCharge({ customerId, paymentMethodId, amount, currency: 'usd', idempotencyKey });

  it('when a charge is created twice with one key and the same parameters, then one intent exists and the same id comes back', async () => {
    const idempotencyKey = key();
    const first = await createCharge(idempotencyKey);
    expect(await createCharge(idempotencyKey)).to.deep.equal(first);
    expect(await simulator.listIntents({ customerId, purpose: 'charge' })).to.have.length(1);
  });

  it('when a key is reused with other parameters, then the call fails as fatal and nothing happens', async () => {
    const idempotencyKey = key();
    await createCharge(idempotencyKey, 1200);
    const error = await createCharge(idempotencyKey, 9900).catch((caught: unknown) => caught);
    expect(error).to.be.instanceOf(GatewayError).and.include({ kind: 'fatal' });
    expect((error as GatewayError).details.gatewayCode).to.equal('idempotency_key_reused');
    expect(await simulator.listIntents({ customerId })).to.have.length(1);
  });

  it('when a key is used for another operation, then it is refused like a reuse', async () => {
    const idempotencyKey = key();
    const { intentId } = await createCharge(idempotencyKey);
    const error = await simulator.cancelIntent({ intentId, idempotencyKey }).catch((caught: unknown) => caught);
    expect(error).to.have.property('kind', 'fatal');
  });

  it('when a confirmation is replayed with its key, then the money moves once', async () => {
    const { intentId } = await createCharge(key());
    const confirmKey = key();
    const outcomes = await Promise.all([1, 2, 3].map(() => simulator.confirmCharge({ intentId, idempotencyKey: confirmKey })));
    expect(outcomes.map((outcome) => outcome.outcome)).to.deep.equal(['succeeded', 'succeeded', 'succeeded']);
    expect(await simulator.countSucceededCharges(customerId)).to.equal(1);
  });

  it('when a declined attach is retried with its key, then the same decline is replayed', async () => {
    const attach = { customerId, paymentMethod: 'pm_card_visa_chargeDeclinedStolenCard', idempotencyKey: key() };
    const first = await simulator.attachPaymentMethod(attach);
    expect(await simulator.attachPaymentMethod(attach)).to.deep.equal(first);
  });

  it('when a key is more than 24 hours old, then it is forgotten and the call acts again', async () => {
    const idempotencyKey = key();
    const first = await createCharge(idempotencyKey);
    clock.advanceSeconds(24 * 60 * 60 + 1);
    const second = await createCharge(idempotencyKey);
    expect(second.intentId).to.not.equal(first.intentId);
  });

  it('when a new simulator starts on the same database, then customers, cards, intents and keys are all still there', async () => {
    const { intentId } = await createCharge(key());
    const confirmKey = key();
    await simulator.confirmCharge({ intentId, idempotencyKey: confirmKey });

    const restarted = restart();
    expect(await restarted.getIntent(intentId)).to.include({ status: 'succeeded', amount: 1200 });
    expect(await restarted.confirmCharge({ intentId, idempotencyKey: confirmKey })).to.deep.equal({ outcome: 'succeeded', intentId });
    expect((await restarted.getPaymentMethod(paymentMethodId))?.card.last4).to.equal('4242');
    const hold = await restarted.authorizeHold({ customerId, paymentMethodId, amount: 100, currency: 'usd', returnUrl: 'https://app.example/r', idempotencyKey: key() });
    expect(hold.outcome).to.equal('held');
    expect(await restarted.countSucceededCharges(customerId)).to.equal(1);
  });

  it('when an unknown intent, customer or payment method is used, then the call fails as fatal resource_missing', async () => {
    const errors = await Promise.all([
      simulator.getIntent('pi_missing').catch((caught: unknown) => caught),
      simulator.attachPaymentMethod({ customerId: 'cus_missing', paymentMethod: 'pm_card_visa', idempotencyKey: key() }).catch((caught: unknown) => caught),
      simulator.createCharge({ customerId, paymentMethodId: 'pm_missing', amount: 100, currency: 'usd', idempotencyKey: key() }).catch((caught: unknown) => caught),
    ]);
    for (const error of errors) expect(error).to.be.instanceOf(GatewayError).and.deep.include({ kind: 'fatal', details: { httpStatus: 404, gatewayCode: 'resource_missing' } });
  });
});
