import { expect } from 'chai';
import { register, type Customer } from '../helpers/customer-flow.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

describe('support audit: GET /v1/support/audit (support staff)', () => {
  let t: TestApp;
  let alice: { Authorization: string };
  let bob: { Authorization: string };
  let customer: Customer;
  beforeEach(async () => {
    t = await createTestApp();
    alice = { Authorization: `Bearer ${await t.token('agent.alice', ['support'])}` };
    bob = { Authorization: `Bearer ${await t.token('agent.bob', ['support'])}` };
    customer = await register(t, 'US');
  });
  afterEach(() => t.close());

  const audit = (who: { Authorization: string }, query: Record<string, string> = {}) => t.api.get('/v1/support/audit').query(query).set(who);

  it('when support searches, opens an account and reads the audit, then each read is recorded newest first: who, what, when', async () => {
    const search = await t.api.get('/v1/support/accounts').query({ email: customer.email.toUpperCase() }).set(alice);
    const view = await t.api.get(`/v1/support/accounts/${customer.accountId}`).set(alice);
    expect((await audit(alice)).status).to.equal(200);

    const response = await audit(bob);
    expect(response.status).to.equal(200);
    expect(response.body.has_more).to.equal(false);
    const [readAudit, viewed, searched] = response.body.data;
    expect(response.body.data).to.have.length(3); // bob's own read is recorded after his page is read
    expect(searched).to.deep.include({
      actor: 'agent.alice',
      action: 'search_accounts',
      endpoint: 'GET /v1/support/accounts',
      query: { email: customer.email.toUpperCase(), limit: 20 },
      account_ids: [customer.accountId],
      disclosed: [],
      result_count: 1,
      request_id: search.headers['x-request-id'],
    });
    expect(viewed).to.deep.include({
      actor: 'agent.alice',
      action: 'view_account',
      endpoint: 'GET /v1/support/accounts/{id}',
      query: { account_id: customer.accountId },
      account_ids: [customer.accountId],
      request_id: view.headers['x-request-id'],
    });
    expect(readAudit).to.deep.include({ actor: 'agent.alice', action: 'read_audit', endpoint: 'GET /v1/support/audit', query: { limit: 20 } });
    for (const event of response.body.data) {
      expect(event.id).to.match(/^audit_/);
      expect(event.created_at).to.equal(t.clock.now().toISOString());
    }

    const bobsRead = (await audit(alice, { limit: '1' })).body.data[0];
    expect(bobsRead).to.deep.include({ actor: 'agent.bob', action: 'read_audit', result_count: 3 });
    expect(bobsRead.account_ids).to.deep.equal([customer.accountId]);
  });

  it('when support opens an account id that does not exist, then 404 and the attempt is recorded', async () => {
    // An id of our shape (acct_ + 20 letters and digits) that names no account.
    const response = await t.api.get('/v1/support/accounts/acct_NoSuchAccount0000000').set(alice);
    expect(response.status).to.equal(404);
    expect(response.body.code).to.equal('not_found');
    const [event] = (await audit(bob)).body.data;
    expect(event).to.deep.include({ actor: 'agent.alice', action: 'view_account', account_ids: ['acct_NoSuchAccount0000000'], result_count: 0 });
  });

  it('when the id is not of our shape (too long, a card number, a NUL), then 404 without touching the audit', async () => {
    for (const id of [`acct_${'x'.repeat(60)}`, 'acct_nosuchaccount', '4242424242424242', '%00', 'acct_%00']) {
      const response = await t.api.get(`/v1/support/accounts/${id}`).set(alice);
      expect(response.status, id).to.equal(404);
      expect(response.body.code).to.equal('not_found');
      expect(JSON.stringify(response.body)).not.to.include('4242424242424242');
    }
    expect((await audit(bob)).body.data).to.deep.equal([]);
  });

  it('when a search finds nothing, then it is still recorded', async () => {
    await t.api.get('/v1/support/accounts').query({ email: 'nobody@example.com' }).set(alice);
    const [event] = (await audit(bob)).body.data;
    expect(event).to.deep.include({ action: 'search_accounts', account_ids: [], result_count: 0, query: { email: 'nobody@example.com', limit: 20 } });
  });

  it('when the log is read a page at a time with starting_after, then pages follow each other without gaps or repeats', async () => {
    for (let i = 0; i < 5; i++) await t.api.get(`/v1/support/accounts/${customer.accountId}`).set(alice);
    const first = await audit(bob, { limit: '2' });
    expect(first.body.data).to.have.length(2);
    expect(first.body.has_more).to.equal(true);
    const second = await audit(bob, { limit: '2', starting_after: first.body.data[1].id });
    const third = await audit(bob, { limit: '2', starting_after: second.body.data[1].id });
    expect(third.body.has_more).to.equal(false);
    const views = [...first.body.data, ...second.body.data, ...third.body.data].filter((event) => event.action === 'view_account');
    expect(views).to.have.length(5);
    expect(new Set(views.map((event) => event.id)).size).to.equal(5);
  });

  it('when the log is filtered by account or actor, then only those events come back', async () => {
    const other = await register(t, 'US');
    await t.api.get(`/v1/support/accounts/${customer.accountId}`).set(alice);
    await t.api.get(`/v1/support/accounts/${other.accountId}`).set(bob);
    const aboutCustomer = (await audit(bob, { account_id: customer.accountId })).body.data;
    expect(aboutCustomer.map((event: { actor: string }) => event.actor)).to.deep.equal(['agent.alice']);
    const byBob = (await audit(alice, { actor: 'agent.bob' })).body.data;
    expect(byBob.map((event: { action: string }) => event.action)).to.deep.equal(['read_audit', 'view_account']);
    expect(byBob[1].account_ids).to.deep.equal([other.accountId]);
  });

  it('when many searches arrive at once (their events share commits), then each is recorded once with its own accounts', async () => {
    const other = await register(t, 'US');
    const searches = await Promise.all(
      Array.from({ length: 12 }, (_, i) => t.api.get('/v1/support/accounts').query({ email: (i % 2 ? other : customer).email }).set(i % 3 ? alice : bob)),
    );
    for (const search of searches) expect(search.status).to.equal(200);
    const events = (await audit(alice, { limit: '100' })).body.data.filter((event: { action: string }) => event.action === 'search_accounts');
    expect(events.map((event: { request_id: string }) => event.request_id).sort()).to.deep.equal(searches.map((search) => search.headers['x-request-id']).sort());
    for (const [i, search] of searches.entries()) {
      const event = events.find((candidate: { request_id: string }) => candidate.request_id === search.headers['x-request-id']);
      expect(event.account_ids).to.deep.equal([(i % 2 ? other : customer).accountId]);
      expect(event.actor).to.equal(i % 3 ? 'agent.alice' : 'agent.bob');
    }
    // The per-account index rows too: "who looked at this customer?" finds its six searches (and
    // the read of the whole log above, which named it).
    const aboutOther = (await audit(alice, { account_id: other.accountId, limit: '100' })).body.data;
    expect(aboutOther.filter((event: { action: string }) => event.action === 'search_accounts')).to.have.length(6);
  });

  it('when starting_after is not an event id, or limit is out of range, then 422 names the parameter', async () => {
    for (const [query, field] of [[{ starting_after: 'audit_nope' }, 'starting_after'], [{ limit: '0' }, 'limit'], [{ limit: '101' }, 'limit']] as const) {
      const response = await audit(alice, query);
      expect(response.status).to.equal(422);
      expect(response.body.errors[0].field).to.equal(field);
    }
  });
});
