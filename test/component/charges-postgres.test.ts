import { expect } from 'chai';
import { simulatorOf } from '../helpers/card-flow.js';
import { accountWithCards, billingAuth, postCharge, uniqueKey } from '../helpers/charge-flow.js';
import { createPostgresSchema } from '../helpers/postgres-schema.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

// PostgreSQL runs requests truly in parallel (a pool of connections, row locks), where SQLite
// serializes them on one connection: the races that make a second charge are only real here.
describe('charging exactly once on PostgreSQL (TEST_DATABASE_URL)', function () {
  let schema: Awaited<ReturnType<typeof createPostgresSchema>>;
  let t: TestApp;
  let billing: { Authorization: string };

  before(async function () {
    schema = await createPostgresSchema();
    if (!schema) {
      console.log('    note: TEST_DATABASE_URL is not set; PostgreSQL charge tests are skipped');
      this.skip();
    }
    t = await createTestApp({ databaseUrl: schema!.url, env: { SIMULATOR_LATENCY_MS: '20' } });
    billing = await billingAuth(t);
  });
  after(async () => {
    await t?.close();
    await schema?.drop();
  });

  const customerIdOf = async (accountId: string): Promise<string> => (await t.db('gateway_customers').where({ account_id: accountId }).first()).customer_id;

  it('when the default card declines, then the next pays, as on SQLite', async () => {
    const { customer, cards } = await accountWithCards(t, ['pm_card_authenticationRequired', 'pm_card_visa']);
    const response = await postCharge(t, billing, customer.accountId, { amount: 1000 });
    expect(response.status, JSON.stringify(response.body)).to.equal(201);
    expect(response.body.card_id).to.equal(cards[1]!.id);
    expect(response.body.amount).to.equal(1000);
  });

  it('when 20 requests with one key, from one token and from 20 tokens, arrive at once, then one charge each, taken once', async () => {
    const { customer } = await accountWithCards(t, ['pm_card_visa']);
    const sameToken = uniqueKey();
    const manyTokens = uniqueKey();
    const workers = await Promise.all(Array.from({ length: 20 }, (_, i) => billingAuth(t, `pg-worker-${i}`)));

    const responses = await Promise.all([
      ...Array.from({ length: 20 }, () => postCharge(t, billing, customer.accountId, { amount: 1500 }, sameToken)),
      ...workers.map((auth) => postCharge(t, auth, customer.accountId, { amount: 1600 }, manyTokens)),
    ]);

    expect(responses.every((r) => r.status === 201 || r.status === 409), responses.map((r) => r.status).join(',')).to.equal(true);
    const charges = await t.db('charges').where({ account_id: customer.accountId });
    expect(charges).to.have.length(2);
    expect(await simulatorOf(t).countSucceededCharges(await customerIdOf(customer.accountId))).to.equal(2);
  });

  it('when an outcome is unknown and several recovery passes race, then it is settled once', async () => {
    const { customer } = await accountWithCards(t, ['pm_card_visa']);
    simulatorOf(t).failNext('confirmCharge', 'indeterminate');
    const unknown = await postCharge(t, billing, customer.accountId, { amount: 1200 });
    expect(unknown.status).to.equal(503);
    t.clock.advanceSeconds(6);

    await Promise.all([t.runJobs(), t.runJobs(), t.runJobs()]);

    const settled = (await t.api.get(`/v1/accounts/${customer.accountId}/charges/${unknown.body.charge.id}`).set(billing)).body;
    expect(settled.status).to.equal('succeeded');
    expect(await simulatorOf(t).countSucceededCharges(await customerIdOf(customer.accountId))).to.equal(1);
  });
});
