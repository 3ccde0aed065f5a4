import { expect } from 'chai';
import { createPostgresSchema } from '../helpers/postgres-schema.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { onboard } from '../helpers/customer-flow.js';
import { addCard, answerThreeDSecure, cardHistory, chileanId, listCards, postCard } from '../helpers/card-flow.js';

describe('the card vault on PostgreSQL (TEST_DATABASE_URL)', function () {
  let schema: Awaited<ReturnType<typeof createPostgresSchema>>;
  let t: TestApp;

  before(async function () {
    schema = await createPostgresSchema();
    if (!schema) this.skip();
    t = await createTestApp({ databaseUrl: schema!.url });
  });
  after(async () => {
    await t?.close();
    await schema?.drop();
  });

  it('when cards are added, duplicated, authenticated, reordered and released, then it works as on SQLite', async () => {
    const customer = await onboard(t, 'CL');
    const first = await addCard(t, customer, 'pm_card_visa', chileanId);
    expect(first).to.include({ is_default: true, status: 'active' });
    expect((await postCard(t, customer, 'pm_card_visa', chileanId)).body.code).to.equal('duplicate_card');
    expect((await postCard(t, customer, 'pm_card_visa_chargeDeclinedLostCard', chileanId)).body.decline_code).to.equal('generic_decline');

    const secure = await postCard(t, customer, 'pm_card_authenticationRequired', chileanId);
    await answerThreeDSecure(t, secure.body.next_action.url, 'complete');
    expect((await t.api.post(`/v1/cards/${secure.body.card.id}/confirm`).set(customer.auth)).status).to.equal(201);

    const order = await t.api.put('/v1/cards/order').set(customer.auth).send({ card_ids: [secure.body.card.id, first.id] });
    expect(order.body.data.map((card: { id: string; is_default: boolean }) => [card.id, card.is_default])).to.deep.equal([
      [secure.body.card.id, true],
      [first.id, false],
    ]);
    expect((await t.api.delete(`/v1/cards/${first.id}`).set(customer.auth)).status).to.equal(204);

    await t.runJobs();
    const history = await cardHistory(t, customer);
    expect(history.map((entry) => entry.result)).to.deep.equal(['succeeded', 'failed', 'failed', 'succeeded']);
    expect(history.filter((entry) => entry.hold).map((entry) => entry.hold.status)).to.deep.equal(['released', 'released']);
    expect((await listCards(t, customer))[0]).to.include({ id_type: 'RUT', id_number: '*****678-5' });
  });

  it('when the same card is added twice at the same moment, then one is kept and the other is a duplicate', async () => {
    const customer = await onboard(t, 'US');
    await addCard(t, customer, 'pm_card_visa');
    const results = await Promise.all([postCard(t, customer, 'pm_card_mastercard'), postCard(t, customer, 'pm_card_mastercard')]);
    expect(results.map((response) => response.status).sort()).to.deep.equal([201, 409]);
    expect(await listCards(t, customer)).to.have.length(2);
    await t.runJobs();
    expect((await cardHistory(t, customer)).filter((entry) => entry.hold).every((entry) => entry.hold.status === 'released')).to.equal(true);
  });

  it('when two first cards verify at the same moment, then exactly one becomes the default', async () => {
    const customer = await onboard(t, 'US');
    const results = await Promise.all([postCard(t, customer, 'pm_card_visa'), postCard(t, customer, 'pm_card_mastercard')]);
    expect(results.map((response) => response.status)).to.deep.equal([201, 201]);
    expect((await listCards(t, customer)).filter((card) => card.is_default)).to.have.length(1);
  });

  it('when declining cards are added in parallel, then the account lock lets only CARD_FAILURES_PER_DAY reach the gateway', async () => {
    const customer = await onboard(t, 'US');
    const responses = await Promise.all(Array.from({ length: 8 }, () => postCard(t, customer, 'pm_card_visa_chargeDeclined')));
    expect(responses.map((response) => response.status).sort()).to.deep.equal([402, 402, 402, 429, 429, 429, 429, 429]);
    expect(await cardHistory(t, customer)).to.have.length(3);
  });

  it('when more cards than MAX_CARDS_PER_ACCOUNT are added in parallel, then only the limit is kept', async () => {
    const limited = await createTestApp({ databaseUrl: schema!.url, env: { MAX_CARDS_PER_ACCOUNT: '2', CARD_FAILURES_PER_DAY: '10' } });
    try {
      const customer = await onboard(limited, 'US');
      const methods = ['pm_card_visa', 'pm_card_mastercard', 'pm_card_amex', 'pm_card_discover', 'pm_card_jcb'];
      const responses = await Promise.all(methods.map((method) => postCard(limited, customer, method)));
      expect(responses.map((response) => response.status).sort()).to.deep.equal([201, 201, 409, 409, 409]);
      expect(await listCards(limited, customer)).to.have.length(2);
      expect((await listCards(limited, customer)).filter((card) => card.is_default)).to.have.length(1);
    } finally {
      await limited.close();
    }
  });
});
