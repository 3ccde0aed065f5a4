import { expect } from 'chai';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { addCard } from '../helpers/card-flow.js';
import { accountWithCards, billingAuth, postCharge, uniqueKey } from '../helpers/charge-flow.js';
import type { Customer } from '../helpers/customer-flow.js';
import { eventually } from '../helpers/eventually.js';

// The past-due state and "Pay now" through HTTP, as the pay page and the billing center's banner
// call them, on charges the dunning core keeps past due (on_failure "retry").

const pastDueOf = (t: TestApp, auth: Record<string, string>) => t.api.get('/v1/account/past-due').set(auth);
const collect = (t: TestApp, auth: Record<string, string>, key = uniqueKey('collect')) => t.api.post('/v1/account/past-due/collect').set(auth).set('Idempotency-Key', key);

describe('past-due charges through the pay page’s API', () => {
  let t: TestApp;
  let customer: Customer;
  let chargeId: string;
  beforeEach(async () => {
    t = await createTestApp({ env: { DUNNING_SCHEDULE: '1h,2h' } });
    // The account's only card saves, but every payment with it declines (insufficient funds).
    ({ customer } = await accountWithCards(t, ['pm_card_simulatorDeclinesTryAgainLater']));
    const charged = await postCharge(t, await billingAuth(t), customer.accountId, { amount: 4200, currency: 'USD', description: 'October usage', on_failure: 'retry' });
    expect(charged.status, JSON.stringify(charged.body)).to.equal(402);
    const charge = charged.body.charge ?? charged.body;
    expect(charge.status).to.equal('past_due');
    chargeId = charge.id;
  });
  afterEach(() => t.close());

  it('when a charge is past due, then GET /v1/account/past-due shows the amount and why each card failed', async () => {
    const response = await pastDueOf(t, customer.auth);
    expect(response.status).to.equal(200);
    expect(response.body.summary).to.include({ amount: 4200, currency: 'USD' });
    expect(response.body.summary.charge_ids).to.deep.equal([chargeId]);
    const [charge] = response.body.charges;
    expect(charge).to.include({ id: chargeId, amount: 4200, currency: 'USD', description: 'October usage' });
    expect(charge.last_failures).to.have.length.greaterThan(0);
    expect(charge.last_failures[0].last4).to.match(/^\d{4}$/);
  });

  it('when the customer presses Pay now with only the declining card, then the charge stays past due; the same key replays the answer', async () => {
    const key = uniqueKey('collect');
    const first = await collect(t, customer.auth, key);
    expect(first.status, JSON.stringify(first.body)).to.equal(200);
    expect(first.body.collected).to.deep.equal([{ charge_id: chargeId, status: 'past_due' }]);
    expect(first.body.past_due).to.include({ amount: 4200 });
    const again = await collect(t, customer.auth, key);
    expect(again.status).to.equal(200);
    expect(again.headers['idempotent-replayed']).to.equal('true');
    expect(again.body).to.deep.equal(first.body);
  });

  it('when a good card is added through a pay link’s session, then the past-due charge is paid and nothing is owed', async () => {
    const opened = await t.api.post('/v1/pay/session').send({ token: await t.context.payLinks.tokenFor(customer.accountId) });
    expect(opened.status).to.equal(201);
    const pay = { Authorization: `Bearer ${opened.body.access_token}`, token: opened.body.access_token };
    await addCard(t, { ...customer, auth: { Authorization: pay.Authorization }, token: pay.token }, 'pm_card_visa');
    await eventually('the charge collected after the card was added', async () => (await pastDueOf(t, { Authorization: pay.Authorization })).body.summary === null);
    expect((await pastDueOf(t, customer.auth)).body).to.deep.equal({ summary: null, charges: [] });
    const charge = await t.api.get(`/v1/accounts/${customer.accountId}/charges/${chargeId}`).set(await billingAuth(t));
    expect(charge.body.status).to.equal('succeeded');
    const collected = await collect(t, { Authorization: pay.Authorization });
    expect(collected.body).to.deep.equal({ collected: [], past_due: null });
    // Support still reads how it went: the failed first pass, then the round that paid.
    const support = await t.token('agent-7', ['support']);
    const view = await t.api.get(`/v1/support/accounts/${customer.accountId}`).set('Authorization', `Bearer ${support}`);
    expect(view.body.past_due).to.equal(null);
    const dunning = view.body.charges.find((entry: { id: string }) => entry.id === chargeId).dunning as Array<Record<string, unknown>>;
    expect(dunning.at(-1)).to.include({ kind: 'ended', status: 'succeeded' });
    expect(dunning.filter((step) => step.kind === 'attempt').map((step) => step.result)).to.include.members(['declined', 'succeeded']);
  });

  it('when a charge was never past due, then support shows no dunning for it', async () => {
    const { customer: other } = await accountWithCards(t, ['pm_card_visa']);
    const paid = await postCharge(t, await billingAuth(t), other.accountId, { amount: 1500, currency: 'USD', on_failure: 'retry' });
    expect(paid.status).to.equal(201);
    const support = await t.token('agent-7', ['support']);
    const view = await t.api.get(`/v1/support/accounts/${other.accountId}`).set('Authorization', `Bearer ${support}`);
    expect(view.body.past_due).to.equal(null);
    expect(view.body.charges[0]).to.include({ status: 'succeeded', dunning: null });
  });

  it('when support opens the account, then it sees past_due and the charge’s dunning timeline', async () => {
    await t.runJobs();
    const support = await t.token('agent-7', ['support']);
    const view = await t.api.get(`/v1/support/accounts/${customer.accountId}`).set('Authorization', `Bearer ${support}`);
    expect(view.status).to.equal(200);
    expect(view.body.past_due).to.include({ amount: 4200, currency: 'USD' });
    const charge = view.body.charges.find((entry: { id: string }) => entry.id === chargeId);
    expect(charge.dunning).to.be.an('array').that.is.not.empty;
    const kinds = charge.dunning.map((step: { kind: string }) => step.kind);
    expect(kinds).to.include('attempt');
    expect(kinds).to.include('notice');
  });
});
