import { expect } from 'chai';
import express from 'express';
import type { Knex } from 'knex';
import supertest from 'supertest';
import { SimulatorGateway } from '../../src/gateway/simulator/simulator-gateway.js';
import { createThreeDSecurePageRouter } from '../../src/gateway/simulator/three-d-secure-page.js';
import { createTestDatabase } from '../helpers/test-database.js';
import { TestClock } from '../helpers/test-clock.js';

describe('the simulator 3-D Secure page (/simulator/3ds/:intentId)', () => {
  let db: Knex;
  let simulator: SimulatorGateway;
  let api: ReturnType<typeof supertest>;

  beforeEach(async () => {
    db = await createTestDatabase();
    simulator = new SimulatorGateway({ db, clock: new TestClock(), latencyMs: 0, publicBaseUrl: 'http://card-vault.test/', merchantName: 'Ada <Shop> & "Co"' });
    const app = express();
    app.use('/simulator', createThreeDSecurePageRouter(simulator));
    api = supertest(app);
  });
  afterEach(() => db.destroy());

  async function challengedHold(options: { amount?: number; currency?: string; returnUrl?: string } = {}) {
    const { customerId } = await simulator.ensureCustomer({ accountId: 'acct_1', email: 'ada@example.com', idempotencyKey: 'customer' });
    const outcome = await simulator.authorizeHold({
      customerId,
      paymentMethodId: 'pm_card_authenticationRequired',
      amount: options.amount ?? 100,
      currency: options.currency ?? 'usd',
      returnUrl: options.returnUrl ?? 'https://app.example/cards/card_1/return',
      idempotencyKey: 'hold',
    });
    if (outcome.outcome !== 'requires_action') throw new Error('expected a challenge');
    return outcome;
  }

  it('when the hold asks for 3-D Secure, then its redirect url points at this page under the public base url', async () => {
    const { intentId, redirectUrl } = await challengedHold();
    expect(redirectUrl).to.equal(`http://card-vault.test/simulator/3ds/${intentId}`);
  });

  it('when the page is opened, then it shows the amount, the merchant escaped, and Complete and Fail forms', async () => {
    const { intentId } = await challengedHold({ amount: 150, currency: 'jpy' });
    const res = await api.get(`/simulator/3ds/${intentId}`).expect(200).expect('content-type', /html/);
    expect(res.text).to.contain('¥150');
    expect(res.text).to.contain('Ada &lt;Shop&gt; &amp; &quot;Co&quot;').and.not.contain('<Shop>');
    expect(res.text).to.match(/<form method="post"><input type="hidden" name="outcome" value="complete">/);
    expect(res.text).to.match(/<input type="hidden" name="outcome" value="fail">/);
    expect(res.headers['content-security-policy']).to.contain("default-src 'none'");
  });

  it('when Complete is posted as a form, then the hold is held and the customer is sent back to the return url', async () => {
    const { intentId } = await challengedHold();
    await api.post(`/simulator/3ds/${intentId}`).type('form').send({ outcome: 'complete' }).expect(303).expect('location', 'https://app.example/cards/card_1/return');
    expect((await simulator.getIntent(intentId)).status).to.equal('held');
  });

  it('when Fail is posted as JSON, then the hold is declined as an authentication failure', async () => {
    const { intentId } = await challengedHold();
    await api.post(`/simulator/3ds/${intentId}`).send({ outcome: 'fail' }).expect(303);
    const state = await simulator.getIntent(intentId);
    expect(state.status).to.equal('declined');
    expect(state.decline?.code).to.equal('payment_intent_authentication_failure');
  });

  it('when the intent has no return url, then a result page is shown instead of a redirect', async () => {
    const { intentId } = await challengedHold({ returnUrl: '' });
    const res = await api.post(`/simulator/3ds/${intentId}`).type('form').send({ outcome: 'complete' }).expect(200);
    expect(res.text).to.contain('Authentication complete').and.contain('held');
  });

  it('when the page is submitted twice, then the second submit changes nothing', async () => {
    const { intentId } = await challengedHold();
    await api.post(`/simulator/3ds/${intentId}`).type('form').send({ outcome: 'complete' }).expect(303);
    await api.post(`/simulator/3ds/${intentId}`).type('form').send({ outcome: 'fail' }).expect(303);
    expect((await simulator.getIntent(intentId)).status).to.equal('held');
    const page = await api.get(`/simulator/3ds/${intentId}`).expect(200);
    expect(page.text).to.contain('This authentication is finished').and.not.contain('value="complete"');
  });

  it('when the outcome is neither complete nor fail, then 400 and the intent still waits', async () => {
    const { intentId } = await challengedHold();
    await api.post(`/simulator/3ds/${intentId}`).type('form').send({ outcome: '<b>maybe</b>' }).expect(400);
    expect((await simulator.getIntent(intentId)).status).to.equal('requires_action');
  });

  it('when the intent is unknown, then GET and POST answer 404', async () => {
    await api.get('/simulator/3ds/pi_unknown').expect(404);
    await api.post('/simulator/3ds/pi_unknown').type('form').send({ outcome: 'complete' }).expect(404);
  });
});
