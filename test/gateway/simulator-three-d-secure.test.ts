import { expect } from 'chai';
import type { Knex } from 'knex';
import { SimulatorGateway } from '../../src/gateway/simulator/simulator-gateway.js';
import { newId } from '../../src/ids.js';
import { createTestDatabase } from '../helpers/test-database.js';
import { TestClock } from '../helpers/test-clock.js';

describe('SimulatorGateway: 3-D Secure cards across hold and later charges', () => {
  let db: Knex;
  let simulator: SimulatorGateway;
  const key = () => newId('idem');

  beforeEach(async () => {
    db = await createTestDatabase();
    simulator = new SimulatorGateway({ db, clock: new TestClock(), latencyMs: 0, publicBaseUrl: 'http://card-vault.test' });
  });
  afterEach(() => db.destroy());

  async function cardOnFile(testId: string) {
    const { customerId } = await simulator.ensureCustomer({ accountId: newId('acct'), email: 'ada@example.com', idempotencyKey: key() });
    const attach = await simulator.attachPaymentMethod({ customerId, paymentMethod: testId, idempotencyKey: key() });
    if (attach.outcome !== 'attached') throw new Error('not attached');
    const hold = await simulator.authorizeHold({ customerId, paymentMethodId: attach.paymentMethodId, amount: 100, currency: 'usd', returnUrl: 'https://app.example/r', idempotencyKey: key() });
    if (hold.outcome !== 'requires_action') throw new Error(`expected a challenge, got ${hold.outcome}`);
    const charge = async () => {
      const { intentId } = await simulator.createCharge({ customerId, paymentMethodId: attach.paymentMethodId, amount: 990, currency: 'usd', idempotencyKey: key() });
      return simulator.confirmCharge({ intentId, idempotencyKey: key() });
    };
    return { customerId, paymentMethodId: attach.paymentMethodId, hold, charge };
  }

  it('when pm_card_authenticationRequiredOnSetup passes the challenge of its hold, then later off-session charges succeed', async () => {
    const { hold, charge, paymentMethodId } = await cardOnFile('pm_card_authenticationRequiredOnSetup');
    await simulator.completeChallenge(hold.intentId, 'complete');
    expect((await simulator.getIntent(hold.intentId)).status).to.equal('held');
    expect((await simulator.getPaymentMethod(paymentMethodId))?.setUpForOffSession).to.equal(true);
    expect((await charge()).outcome).to.equal('succeeded');
  });

  it('when pm_card_authenticationRequiredOnSetup never passed a challenge, then an off-session charge declines with authentication_required', async () => {
    const { charge } = await cardOnFile('pm_card_authenticationRequiredOnSetup');
    const outcome = await charge();
    expect(outcome.outcome === 'declined' && outcome.decline).to.include({ code: 'authentication_required', declineCode: 'authentication_required' });
  });

  it('when pm_card_authenticationRequired passed its challenge, then off-session charges still decline with authentication_required', async () => {
    const { hold, charge } = await cardOnFile('pm_card_authenticationRequired');
    await simulator.completeChallenge(hold.intentId, 'complete');
    const outcome = await charge();
    expect(outcome.outcome === 'declined' && outcome.decline.code).to.equal('authentication_required');
  });

  it('when the insufficient-funds 3-D Secure card completes the challenge, then the hold is declined for insufficient funds', async () => {
    const { hold } = await cardOnFile('pm_card_authenticationRequiredChargeDeclinedInsufficientFunds');
    const challenge = await simulator.completeChallenge(hold.intentId, 'complete');
    expect(challenge?.status).to.equal('declined');
    expect((await simulator.getIntent(hold.intentId)).decline).to.include({ code: 'card_declined', declineCode: 'insufficient_funds' });
  });

  it('when the challenge fails, then the card is not set up and the page reports the decline', async () => {
    const { hold, paymentMethodId } = await cardOnFile('pm_card_authenticationRequiredOnSetup');
    const challenge = await simulator.completeChallenge(hold.intentId, 'fail');
    expect(challenge).to.include({ intentId: hold.intentId, status: 'declined', returnUrl: 'https://app.example/r' });
    expect((await simulator.getPaymentMethod(paymentMethodId))?.setUpForOffSession).to.equal(false);
  });

  it('when a hold waiting for 3-D Secure is released, then it reads canceled and the page can no longer complete it', async () => {
    const { hold } = await cardOnFile('pm_card_threeDSecure2Required');
    expect(await simulator.releaseHold({ intentId: hold.intentId, idempotencyKey: key() })).to.deep.equal({ outcome: 'released' });
    await simulator.completeChallenge(hold.intentId, 'complete');
    expect((await simulator.getIntent(hold.intentId)).status).to.equal('canceled');
  });
});
