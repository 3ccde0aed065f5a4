import { expect } from 'chai';
import express from 'express';
import type { Knex } from 'knex';
import supertest from 'supertest';
import { SimulatorGateway } from '../../src/gateway/simulator/simulator-gateway.js';
import { createThreeDSecurePageRouter } from '../../src/gateway/simulator/three-d-secure-page.js';
import { createTestDatabase } from '../helpers/test-database.js';
import { TestClock } from '../helpers/test-clock.js';

describe('the simulator 3-D Secure page when the card was removed at the gateway meanwhile', () => {
  let db: Knex;
  let simulator: SimulatorGateway;
  let api: ReturnType<typeof supertest>;

  beforeEach(async () => {
    db = await createTestDatabase();
    simulator = new SimulatorGateway({ db, clock: new TestClock(), latencyMs: 0, publicBaseUrl: 'http://card-vault.test/' });
    const app = express();
    app.use('/simulator', createThreeDSecurePageRouter(simulator));
    api = supertest(app);
  });
  afterEach(() => db.destroy());

  /** A hold on a saved card that waits for 3-D Secure, then the card is detached (deleted). */
  async function challengeOfRemovedCard() {
    const { customerId } = await simulator.ensureCustomer({ accountId: 'acct_1', email: 'ada@example.com', idempotencyKey: 'customer' });
    const attached = await simulator.attachPaymentMethod({ customerId, paymentMethod: 'pm_card_authenticationRequired', idempotencyKey: 'attach' });
    if (attached.outcome !== 'attached') throw new Error('expected the card to attach');
    const hold = await simulator.authorizeHold({
      customerId,
      paymentMethodId: attached.paymentMethodId,
      amount: 100,
      currency: 'usd',
      returnUrl: 'https://app.example/cards/card_1/return',
      idempotencyKey: 'hold',
    });
    if (hold.outcome !== 'requires_action') throw new Error('expected a challenge');
    await simulator.detachPaymentMethod({ paymentMethodId: attached.paymentMethodId, idempotencyKey: 'detach' });
    return hold.intentId;
  }

  for (const outcome of ['complete', 'fail']) {
    it(`when ${outcome} is posted, then 409 with a page saying the payment can no longer be completed (never 500), and the intent is unchanged`, async () => {
      const intentId = await challengeOfRemovedCard();

      const res = await api.post(`/simulator/3ds/${intentId}`).type('form').send({ outcome }).expect(409).expect('content-type', /html/);

      expect(res.text).to.contain('This payment can no longer be completed');
      expect(res.headers['content-security-policy']).to.contain("default-src 'none'");
      expect(res.headers.location).to.equal(undefined);
      expect((await simulator.getIntent(intentId)).status).to.equal('requires_action');
    });
  }
});
