import { expect } from 'chai';
import { uniqueEmail } from '../helpers/customer-flow.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { TypedApiClient } from '../helpers/typed-api-client.js';

/** A caller written against the types generated from /openapi.json (src/openapi/generated/api-types.ts):
 * every request and every body read below is checked by tsc against the document. */
describe('a client generated from the OpenAPI document', () => {
  let t: TestApp;
  let api: TypedApiClient;
  before(async () => {
    t = await createTestApp();
    api = new TypedApiClient(t.api);
  });
  after(() => t.close());

  it('when a signup frontend and a billing job use only the generated types, then a customer signs up, saves a card and is charged', async () => {
    const email = uniqueEmail('typed');
    const registered = await api.call('post', '/v1/accounts', { body: { email, country: 'US' } });
    if (registered.status !== 201) expect.fail(`registration: ${registered.status} ${JSON.stringify(registered.body)}`);
    const token = registered.body.token;
    const accountId = registered.body.account.id;

    const emailVerified = await api.call('post', '/v1/onboarding/email-code/verify', { token, body: { code: await t.inbox.code(email, 1) } });
    expect(emailVerified.status === 200 && emailVerified.body.next_step).to.equal('mobile');
    expect((await api.call('post', '/v1/onboarding/mobile-code', { token, body: { phone: '+12015550123' } })).status).to.equal(202);
    const mobileVerified = await api.call('post', '/v1/onboarding/mobile-code/verify', { token, body: { code: await t.inbox.code('+12015550123', 1) } });
    expect(mobileVerified.status === 200 && mobileVerified.body.next_step).to.equal('details');
    const details = await api.call('put', '/v1/onboarding/details', {
      token,
      body: { type: 'individual', name: 'Ada Lovelace', address: { line1: '1 Main St', city: 'Springfield', country: 'US' }, industry: 'software' },
    });
    expect(details.status === 200 && details.body.next_step).to.equal('card');

    const added = await api.call('post', '/v1/cards', { token, body: { payment_method: 'pm_card_visa', holder_name: 'Ada Lovelace' } });
    if (added.status !== 201) expect.fail(`card: ${added.status} ${JSON.stringify(added.body)}`);
    expect(added.body.verification.status).to.equal('held');
    const card = await api.call('get', '/v1/cards/{id}', { token, params: { id: added.body.card.id } });
    expect(card.status === 200 && card.body.last4).to.equal('4242');

    const billing = await t.token('typed-billing', ['billing']);
    const charged = await api.call('post', '/v1/accounts/{account_id}/charges', {
      token: billing,
      params: { account_id: accountId },
      headers: { 'Idempotency-Key': 'typed-invoice-1' },
      body: { amount: 1500, description: 'typed client' },
    });
    if (charged.status !== 201) expect.fail(`charge: ${charged.status} ${JSON.stringify(charged.body)}`);
    expect(charged.body).to.include({ status: 'succeeded', amount: 1500, currency: 'USD', card_id: added.body.card.id });
    const read = await api.call('get', '/v1/accounts/{account_id}/charges/{id}', { token: billing, params: { account_id: accountId, id: charged.body.id } });
    expect(read.status === 200 && read.body.attempts.map((attempt) => attempt.result)).to.deep.equal(['succeeded']);
  });

  it('when a documented error comes back, then its code is one the document lists for that operation', async () => {
    const token = await t.token('typed-billing', ['billing']);
    const missing = await api.call('get', '/v1/accounts/{account_id}/charges/{id}', { token, params: { account_id: 'acct_nope', id: 'ch_nope' } });
    if (missing.status !== 404) expect.fail(`expected 404, got ${missing.status}`);
    expect(missing.body.code).to.equal('not_found');
  });
});
