import { expect } from 'chai';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { onboard, register, type Customer } from '../helpers/customer-flow.js';
import { addActiveCard, uniqueKey } from '../helpers/charge-flow.js';

const openLink = (t: TestApp, token: string) => t.api.post('/v1/pay/session').send({ token });

/** A pay link's token with one character of its signature changed. */
function tampered(token: string): string {
  const last = token.at(-2) === 'A' ? 'B' : 'A';
  return `${token.slice(0, -2)}${last}${token.at(-1)}`;
}

describe('the pay link and its session (pay page)', () => {
  let t: TestApp;
  const logLines: string[] = [];
  let customer: Customer;
  beforeEach(async () => {
    logLines.length = 0;
    t = await createTestApp({ logLines, env: { PAY_LINK_TTL_SECONDS: '86400', AUTH_TOKEN_TTL_SECONDS: '3600' } });
    customer = await register(t);
  });
  afterEach(() => t.close());

  it('when a pay link is opened, then it gives a customer token for its account, no longer-lived than AUTH_TOKEN_TTL_SECONDS', async () => {
    const response = await openLink(t, await t.context.payLinks.tokenFor(customer.accountId));
    expect(response.status, JSON.stringify(response.body)).to.equal(201);
    expect(response.body).to.include({ token_type: 'Bearer', account_id: customer.accountId, expires_in: 3600 });
    const account = await t.api.get('/v1/account').set('Authorization', `Bearer ${response.body.access_token}`);
    expect(account.status).to.equal(200);
    expect(account.body.id).to.equal(customer.accountId);
  });

  it('when a pay link’s session calls the API, then it reaches what paying needs (account, cards, balance, past due) and nothing else: no deleting cards, no top-ups, no preferences, no new payers', async () => {
    const active = await onboard(t);
    const card = await addActiveCard(t, active, 'pm_card_visa');
    const session = await openLink(t, await t.context.payLinks.tokenFor(active.accountId));
    const pay = { Authorization: `Bearer ${session.body.access_token}` };

    for (const path of ['/v1/account', '/v1/cards', `/v1/cards/${card.id}`, '/v1/payers', '/v1/balance', '/v1/account/past-due']) {
      expect((await t.api.get(path).set(pay)).status, path).to.equal(200);
    }
    const refused = [
      await t.api.delete(`/v1/cards/${card.id}`).set(pay),
      await t.api.post('/v1/topups').set(pay).set('Idempotency-Key', 'pay-link-topup').send({ amount: 1000 }),
      await t.api.put('/v1/account/preferences').set(pay).send({ currency: 'USD' }),
      await t.api.post('/v1/payers').set(pay).send({ name: 'Someone Else' }),
      await t.api.get('/v1/cards/history').set(pay),
      await t.api.get('/v1/onboarding').set(pay),
    ];
    expect(refused.map((response) => [response.status, response.body.code])).to.deep.equal(Array.from({ length: refused.length }, () => [403, 'forbidden']));
    expect((await t.api.get(`/v1/cards/${card.id}`).set(active.auth)).body.status).to.equal('active');
  });

  it('when the link has less life left than a sign-in, then the token ends with the link', async () => {
    const token = await t.context.payLinks.tokenFor(customer.accountId);
    t.clock.advanceSeconds(86_400 - 600);
    const response = await openLink(t, token);
    expect(response.status).to.equal(201);
    expect(response.body.expires_in).to.be.within(595, 600);
  });

  it('when the link was altered, then 401 pay_link_invalid that says nothing about the account', async () => {
    const response = await openLink(t, tampered(await t.context.payLinks.tokenFor(customer.accountId)));
    expect(response.status).to.equal(401);
    expect(response.headers['content-type']).to.match(/application\/problem\+json/);
    expect(response.body.code).to.equal('pay_link_invalid');
    expect(response.body.detail).to.include('http://card-vault.test');
    expect(JSON.stringify(response.body)).not.to.include(customer.accountId).and.not.to.include(customer.email);
  });

  it('when the link is past PAY_LINK_TTL_SECONDS on the service clock, then 401 pay_link_expired that says nothing about the account', async () => {
    const token = await t.context.payLinks.tokenFor(customer.accountId);
    t.clock.advanceSeconds(86_400 + 1);
    const response = await openLink(t, token);
    expect(response.status).to.equal(401);
    expect(response.body.code).to.equal('pay_link_expired');
    expect(JSON.stringify(response.body)).not.to.include(customer.accountId).and.not.to.include(customer.email);
  });

  it('when an API token is sent as a pay link, then 401 pay_link_invalid', async () => {
    const response = await openLink(t, customer.token);
    expect(response.status).to.equal(401);
    expect(response.body.code).to.equal('pay_link_invalid');
    const notAJwt = await openLink(t, 'not-a-link');
    expect(notAJwt.body.code).to.equal('pay_link_invalid');
  });

  it('when a pay link is sent as a bearer token, then the API answers 401', async () => {
    const link = await t.context.payLinks.tokenFor(customer.accountId);
    const response = await t.api.get('/v1/account').set('Authorization', `Bearer ${link}`);
    expect(response.status).to.equal(401);
    expect(response.body.code).to.equal('unauthenticated');
  });

  it('when the body is not { token }, then 422 validation_failed', async () => {
    const response = await t.api.post('/v1/pay/session').send({ token: 'x', account_id: customer.accountId });
    expect(response.status).to.equal(422);
    expect(response.body.code).to.equal('validation_failed');
  });

  it('when /pay/{token} is opened, then the customer page is served under the pages’ CSP, and the token stays out of the log', async () => {
    const link = await t.context.payLinks.urlFor(customer.accountId);
    expect(link).to.match(/^http:\/\/card-vault\.test\/pay\//);
    const token = link.split('/pay/')[1]!;
    const page = await t.api.get(`/pay/${token}`);
    expect(page.status).to.equal(200);
    expect(page.headers['content-type']).to.match(/text\/html/);
    expect(page.text).to.include('/pages/assets/customer/app.js');
    expect(page.headers['content-security-policy']).to.equal((await t.api.get('/')).headers['content-security-policy']);
    expect(page.headers['referrer-policy']).to.equal('no-referrer');
    expect(page.headers['cache-control']).to.equal('no-store');
    expect(logLines.join('\n')).to.include('/pay/[REDACTED]').and.not.to.include(token);
  });

  it('when nothing is past due, then GET /v1/account/past-due says so, and Pay now collects nothing', async () => {
    const pastDue = await t.api.get('/v1/account/past-due').set(customer.auth);
    expect(pastDue.status).to.equal(200);
    expect(pastDue.body).to.deep.equal({ summary: null, charges: [] });
    const withoutKey = await t.api.post('/v1/account/past-due/collect').set(customer.auth);
    expect(withoutKey.status).to.equal(400);
    expect(withoutKey.body.code).to.equal('idempotency_key_required');
    const collected = await t.api.post('/v1/account/past-due/collect').set(customer.auth).set('Idempotency-Key', uniqueKey('collect'));
    expect(collected.status).to.equal(200);
    expect(collected.body).to.deep.equal({ collected: [], past_due: null });
  });

  it('when a billing token asks for the past-due state, then 403: it is the customer’s own view', async () => {
    const billing = await t.token('billing-job', ['billing']);
    const response = await t.api.get('/v1/account/past-due').set('Authorization', `Bearer ${billing}`);
    expect(response.status).to.equal(403);
  });
});
