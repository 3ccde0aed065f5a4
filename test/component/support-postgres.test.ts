import { expect } from 'chai';
import { addCard, chileanId, postCard } from '../helpers/card-flow.js';
import { accountWithCards, billingAuth, postCharge } from '../helpers/charge-flow.js';
import { onboard } from '../helpers/customer-flow.js';
import { createPostgresSchema } from '../helpers/postgres-schema.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

describe('support lookups on PostgreSQL (TEST_DATABASE_URL)', function () {
  let schema: Awaited<ReturnType<typeof createPostgresSchema>>;
  let t: TestApp;
  let support: { Authorization: string };

  before(async function () {
    schema = await createPostgresSchema();
    if (!schema) this.skip();
    t = await createTestApp({ databaseUrl: schema!.url });
    support = { Authorization: `Bearer ${await t.token('agent.alice', ['support'])}` };
  });
  after(async () => {
    await t?.close();
    await schema?.drop();
  });

  const search = (query: Record<string, string>) => t.api.get('/v1/support/accounts').query(query).set(support);
  const ids = (response: { body: { data: { id: string }[] } }) => response.body.data.map((account) => account.id);

  it('when support searches, opens an account and pages the audit, then it works as on SQLite', async () => {
    const stem = `pg_${Date.now()}`;
    const chilean = await onboard(t, 'CL', `${stem}@example.com`);
    await addCard(t, chilean, 'pm_card_visa', chileanId);
    expect((await postCard(t, chilean, 'pm_card_visa_chargeDeclinedStolenCard', chileanId)).status).to.equal(402);
    await onboard(t, 'CL', `pg${Date.now()}x@example.com`); // `_` must not act as a wildcard

    expect(ids(await search({ email: stem.toUpperCase() }))).to.deep.equal([chilean.accountId]);
    expect(ids(await search({ phone: '9 6123 4567', last4: '4242', brand: 'visa' }))).to.deep.equal([chilean.accountId]);

    const view = await t.api.get(`/v1/support/accounts/${chilean.accountId}`).set(support);
    expect(view.status).to.equal(200);
    expect(view.body.cards[0]).to.include({ id_number: '12345678-5' });
    expect(view.body.card_history.map((entry: { failure: { decline_code: string } | null }) => entry.failure?.decline_code ?? null)).to.have.members(['stolen_card', null]);

    const first = await t.api.get('/v1/support/audit').query({ limit: '2' }).set(support);
    expect(first.body.data.map((event: { action: string }) => event.action)).to.deep.equal(['view_account', 'search_accounts']);
    expect(first.body.data[0].disclosed).to.deep.equal(['id_number']);
    const second = await t.api.get('/v1/support/audit').query({ limit: '2', starting_after: first.body.data[1].id, account_id: chilean.accountId }).set(support);
    expect(second.body.data.map((event: { action: string }) => event.action)).to.deep.equal(['search_accounts']);
    expect(second.body.has_more).to.equal(false);
  });

  it('when a charge fell back, then support reads its attempts on PostgreSQL too', async () => {
    const { customer } = await accountWithCards(t, ['pm_card_authenticationRequired', 'pm_card_visa']);
    expect((await postCharge(t, await billingAuth(t), customer.accountId, { amount: 1000 })).status).to.equal(201);
    const view = await t.api.get(`/v1/support/accounts/${customer.accountId}`).set(support);
    expect(view.body.charges[0].attempts.map((attempt: { result: string }) => attempt.result)).to.deep.equal(['declined', 'succeeded']);
  });
});
