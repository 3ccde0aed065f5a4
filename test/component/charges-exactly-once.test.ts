import { expect } from 'chai';
import { simulatorOf } from '../helpers/card-flow.js';
import { accountWithCards, billingAuth, postCharge, uniqueKey } from '../helpers/charge-flow.js';
import { eventually } from '../helpers/eventually.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

describe('charging exactly once: retries, concurrent workers, replays (billing job)', () => {
  let t: TestApp;
  let billing: { Authorization: string };
  afterEach(() => t.close());

  async function start(env: Record<string, string> = {}) {
    t = await createTestApp({ env });
    billing = await billingAuth(t);
  }

  const customerIdOf = async (accountId: string): Promise<string> => (await t.db('gateway_customers').where({ account_id: accountId }).first()).customer_id;
  const chargesOf = async (accountId: string) => (await t.api.get(`/v1/accounts/${accountId}/charges?limit=100`).set(billing)).body.data as Array<{ id: string; status: string }>;

  it('when a finished charge is sent again with its key, then the first response is replayed and nothing is charged again', async () => {
    await start();
    const { customer } = await accountWithCards(t, ['pm_card_visa']);
    const key = uniqueKey();
    const first = await postCharge(t, billing, customer.accountId, { amount: 1500, reference: 'inv-7' }, key);
    expect(first.status).to.equal(201);

    const again = await postCharge(t, billing, customer.accountId, { reference: 'inv-7', amount: 1500 }, key);

    expect(again.status).to.equal(201);
    expect(again.headers['idempotent-replayed']).to.equal('true');
    expect(again.body).to.deep.equal(first.body);
    expect(await chargesOf(customer.accountId)).to.have.length(1);
    expect(await simulatorOf(t).countSucceededCharges(await customerIdOf(customer.accountId))).to.equal(1);
  });

  it('when a declined charge is sent again with its key, then its 402 is replayed and no card is tried again', async () => {
    await start();
    const { customer } = await accountWithCards(t, ['pm_card_authenticationRequired']);
    const key = uniqueKey();
    const first = await postCharge(t, billing, customer.accountId, { amount: 1500 }, key);
    expect(first.status).to.equal(402);
    const again = await postCharge(t, billing, customer.accountId, { amount: 1500 }, key);
    expect(again.status).to.equal(402);
    expect(again.headers['idempotent-replayed']).to.equal('true');
    expect(again.body.charge).to.deep.equal(first.body.charge);
    expect(await simulatorOf(t).listIntents({ purpose: 'charge' })).to.have.length(1);
  });

  it('when the key is reused for another amount, then 422 idempotency_key_reused and nothing is charged', async () => {
    await start();
    const { customer } = await accountWithCards(t, ['pm_card_visa']);
    const key = uniqueKey();
    await postCharge(t, billing, customer.accountId, { amount: 1500 }, key);
    const reused = await postCharge(t, billing, customer.accountId, { amount: 2500 }, key);
    expect(reused.status).to.equal(422);
    expect(reused.body.code).to.equal('idempotency_key_reused');
    expect(await chargesOf(customer.accountId)).to.have.length(1);
  });

  it('when a charge is refused before it is recorded (a bad amount), then nothing is kept for its key: the corrected request with the same key charges', async () => {
    await start();
    const { customer } = await accountWithCards(t, ['pm_card_visa']);
    const key = uniqueKey();
    const refused = await postCharge(t, billing, customer.accountId, { amount: -5 }, key);
    expect(refused.status).to.equal(422);
    expect(refused.body.code).to.equal('invalid_amount');

    const corrected = await postCharge(t, billing, customer.accountId, { amount: 1500 }, key);
    expect(corrected.status, JSON.stringify(corrected.body)).to.equal(201);
    expect(corrected.headers['idempotent-replayed']).to.equal(undefined);
    expect(await t.db('idempotency_keys').count({ n: '*' }).first(), 'the charge row is the key’s only record').to.deep.equal({ n: 0 });
    const again = await postCharge(t, billing, customer.accountId, { amount: 1500 }, key);
    expect([again.status, again.headers['idempotent-replayed'], again.body.id]).to.deep.equal([201, 'true', corrected.body.id]);
  });

  it('when the same key arrives while the first request is still at the gateway, then 409 idempotency_key_in_use', async () => {
    await start({ SIMULATOR_LATENCY_MS: '500' });
    const { customer } = await accountWithCards(t, ['pm_card_visa']);
    const key = uniqueKey();
    const first = postCharge(t, billing, customer.accountId, { amount: 1500 }, key).then((response) => response);
    // The charge row is written before the gateway call, which then takes 500 ms.
    await eventually('the first request to store its charge', async () => (await t.db('charges').where({ account_id: customer.accountId, idempotency_key: key })).length > 0);

    const second = await postCharge(t, billing, customer.accountId, { amount: 1500 }, key);

    expect(second.status).to.equal(409);
    expect(second.body.code).to.equal('idempotency_key_in_use');
    expect(second.headers['retry-after']).to.equal('1');
    expect((await first).status).to.equal(201);
    const retried = await postCharge(t, billing, customer.accountId, { amount: 1500 }, key);
    expect(retried.status, 'the 409 was not stored: the retry gets the result').to.equal(201);
    expect(retried.headers['idempotent-replayed']).to.equal('true');
  });

  it('when 20 requests with one key arrive at once, then one charge is made and taken once at the gateway', async () => {
    await start({ SIMULATOR_LATENCY_MS: '20' });
    const { customer } = await accountWithCards(t, ['pm_card_visa']);
    const key = uniqueKey();

    const responses = await Promise.all(Array.from({ length: 20 }, () => postCharge(t, billing, customer.accountId, { amount: 1500 }, key)));

    const statuses = responses.map((response) => response.status);
    expect(statuses.every((status) => status === 201 || status === 409), statuses.join(',')).to.equal(true);
    const chargeIds = new Set(responses.filter((r) => r.status === 201).map((r) => r.body.id));
    expect(chargeIds.size).to.equal(1);
    expect(await chargesOf(customer.accountId)).to.have.length(1);
    expect(await simulatorOf(t).countSucceededCharges(await customerIdOf(customer.accountId))).to.equal(1);
    expect(await simulatorOf(t).listIntents({ purpose: 'charge' })).to.have.length(1);
  });

  it('when 20 workers with different tokens charge one key at once (past the HTTP idempotency store), then still one charge', async () => {
    await start({ SIMULATOR_LATENCY_MS: '20' });
    const { customer } = await accountWithCards(t, ['pm_card_visa']);
    const key = uniqueKey();
    const workers = await Promise.all(Array.from({ length: 20 }, (_, i) => billingAuth(t, `billing-worker-${i}`)));

    const responses = await Promise.all(workers.map((auth) => postCharge(t, auth, customer.accountId, { amount: 1500 }, key)));

    const statuses = responses.map((response) => response.status);
    expect(statuses.every((status) => status === 201 || status === 409), statuses.join(',')).to.equal(true);
    expect(statuses.filter((status) => status === 201).length).to.be.greaterThan(0);
    expect(new Set(responses.filter((r) => r.status === 201).map((r) => r.body.id)).size).to.equal(1);
    expect(await chargesOf(customer.accountId)).to.have.length(1);
    expect(await simulatorOf(t).countSucceededCharges(await customerIdOf(customer.accountId))).to.equal(1);

    // A late worker with its own token reads the same charge; another amount under the key is refused.
    const late = await postCharge(t, await billingAuth(t, 'billing-late'), customer.accountId, { amount: 1500 }, key);
    expect(late.status).to.equal(201);
    expect(late.body.id).to.equal([...new Set(responses.filter((r) => r.status === 201).map((r) => r.body.id))][0]);
    const other = await postCharge(t, await billingAuth(t, 'billing-other'), customer.accountId, { amount: 999 }, key);
    expect(other.status).to.equal(422);
    expect(other.body.code).to.equal('idempotency_key_reused');
  });

  it('when 30 charges with distinct keys run in parallel, then 30 charges are made, each once', async () => {
    await start();
    const { customer } = await accountWithCards(t, ['pm_card_visa']);

    const responses = await Promise.all(Array.from({ length: 30 }, (_, i) => postCharge(t, billing, customer.accountId, { amount: 1000 + i }, uniqueKey('parallel'))));

    expect(responses.map((response) => response.status)).to.deep.equal(Array(30).fill(201));
    expect(new Set(responses.map((response) => response.body.id)).size).to.equal(30);
    expect(await chargesOf(customer.accountId)).to.have.length(30);
    expect(await simulatorOf(t).countSucceededCharges(await customerIdOf(customer.accountId))).to.equal(30);
  });
});
