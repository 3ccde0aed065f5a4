import { expect } from 'chai';
import { addCard, postCard } from '../helpers/card-flow.js';
import { onboard, register, uniqueEmail, type Customer } from '../helpers/customer-flow.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

describe('support search: GET /v1/support/accounts (support staff)', () => {
  let t: TestApp;
  let support: { Authorization: string };
  beforeEach(async () => {
    t = await createTestApp();
    support = { Authorization: `Bearer ${await t.token('agent.alice', ['support'])}` };
  });
  afterEach(() => t.close());

  const search = (query: Record<string, string>) => t.api.get('/v1/support/accounts').query(query).set(support);
  const idsOf = (body: { data: { id: string }[] }) => body.data.map((summary) => summary.id);

  it('when support searches by email in another case, then the account is found with its summary', async () => {
    const customer = await onboard(t, 'US', uniqueEmail('Ada.Lovelace'));
    const response = await search({ email: customer.email.toUpperCase() });
    expect(response.status).to.equal(200);
    expect(response.body.has_more).to.equal(false);
    expect(response.body.data).to.have.length(1);
    expect(response.body.data[0]).to.deep.include({
      id: customer.accountId,
      email: customer.email,
      name: 'Ada Lovelace',
      country: 'US',
      mobile: '+12015550123',
      type: 'individual',
      status: 'registered',
    });
  });

  it('when support types the beginning of an email, then accounts starting so are found, the exact match first', async () => {
    const stem = `grace_${Date.now()}`;
    const longer = await register(t, 'US', `${stem}@example.com.au`);
    const exact = await register(t, 'US', `${stem}@example.com`);
    await register(t, 'US', `grace${Date.now()}x@example.com`); // `_` is no wildcard
    expect(idsOf((await search({ email: `${stem}@example.com` })).body)).to.deep.equal([exact.accountId, longer.accountId]);
    expect(idsOf((await search({ email: stem.toUpperCase() })).body)).to.have.members([exact.accountId, longer.accountId]);
  });

  it('when support quotes a phone number in any format, then every account on that mobile is found', async () => {
    const first = await onboard(t, 'GB');
    const second = await onboard(t, 'GB'); // one mobile may serve several accounts
    await onboard(t, 'US');
    for (const phone of ['+44 7400 123456', '0044-7400-123456', '+44 (0)7400 123456', '(44) 7400123456', '447400123456', '07400 123456']) {
      const response = await search({ phone });
      expect(response.status, phone).to.equal(200);
      expect(idsOf(response.body), phone).to.have.members([first.accountId, second.accountId]);
    }
  });

  it('when support quotes a national number, then it is read in the countries accounts are registered in', async () => {
    const customer = await onboard(t, 'US');
    expect(idsOf((await search({ phone: '(201) 555-0123' })).body)).to.include(customer.accountId);
    expect(idsOf((await search({ phone: '201.555.0123' })).body)).to.include(customer.accountId);
  });

  it('when the phone number cannot be read at all, then 422 invalid_phone says how to quote it', async () => {
    await onboard(t, 'US');
    const response = await search({ phone: 'call me' });
    expect(response.status).to.equal(422);
    expect(response.body.code).to.equal('invalid_phone');
    expect(response.body.detail).to.match(/country code/);
  });

  it('when support searches by account id, then exactly that account is found; an unknown id finds nothing', async () => {
    const customer = await register(t, 'US');
    await register(t, 'US');
    expect(idsOf((await search({ account_id: customer.accountId })).body)).to.deep.equal([customer.accountId]);
    const none = await search({ account_id: 'acct_doesnotexist00000000' });
    expect(none.status).to.equal(200);
    expect(none.body.data).to.deep.equal([]);
    // Not shaped like an account id (acct_ and 20 letters and digits): refused before any audit write.
    const misshapen = await search({ account_id: 'acct_doesnotexist' });
    expect(misshapen.status).to.equal(422);
    expect(misshapen.body.errors[0].field).to.equal('account_id');
  });

  it('when support searches by last4, then accounts with such a card are found, narrowed by brand or expiry', async () => {
    const visa = await onboard(t, 'US');
    await addCard(t, visa, 'pm_card_visa'); // •••• 4242
    const mastercard = await onboard(t, 'US');
    await addCard(t, mastercard, 'pm_card_mastercard'); // •••• 4444
    const now = t.clock.now();
    const month = String(now.getUTCMonth() + 1);
    const year = String(now.getUTCFullYear() + 1); // the simulator's cards expire a year ahead

    expect(idsOf((await search({ last4: '4242' })).body)).to.deep.equal([visa.accountId]);
    expect(idsOf((await search({ last4: '4242', brand: 'VISA' })).body)).to.deep.equal([visa.accountId]);
    expect((await search({ last4: '4242', brand: 'mastercard' })).body.data).to.deep.equal([]);
    expect(idsOf((await search({ last4: '4242', exp_month: month, exp_year: year.slice(2) })).body)).to.deep.equal([visa.accountId]);
    expect((await search({ last4: '4242', exp_year: String(Number(year) + 1) })).body.data).to.deep.equal([]);
    expect(idsOf((await search({ last4: '4444', email: mastercard.email })).body)).to.deep.equal([mastercard.accountId]);
  });

  it('when the card quoted was removed, or failed verification and was never kept, then last4 still finds the account', async () => {
    const removed = await onboard(t, 'US');
    await addCard(t, removed, 'pm_card_visa');
    const second = await addCard(t, removed, 'pm_card_amex'); // •••• 0005
    expect((await t.api.delete(`/v1/cards/${second.id}`).set(removed.auth)).status).to.equal(204);
    const failed = await onboard(t, 'US');
    expect((await postCard(t, failed, 'pm_card_chargeCustomerFail')).status).to.equal(402); // attaches, then the hold declines: •••• 0341

    expect(idsOf((await search({ last4: '0005', brand: 'amex' })).body)).to.deep.equal([removed.accountId]);
    expect(idsOf((await search({ last4: '0341' })).body)).to.deep.equal([failed.accountId]);
  });

  it('when several keys are given, then they narrow each other', async () => {
    const customer = await onboard(t, 'US');
    await onboard(t, 'US');
    expect(idsOf((await search({ phone: '+12015550123', email: customer.email })).body)).to.deep.equal([customer.accountId]);
    expect((await search({ phone: '+12015550123', email: 'nobody@example.com' })).body.data).to.deep.equal([]);
  });

  it('when more accounts match than the limit, then has_more says so', async () => {
    for (let i = 0; i < 3; i++) await onboard(t, 'GB');
    const response = await search({ phone: '+447400123456', limit: '2' });
    expect(response.body.data).to.have.length(2);
    expect(response.body.has_more).to.equal(true);
  });

  it('when no search key is given, then 422 names the keys to use', async () => {
    const response = await t.api.get('/v1/support/accounts').set(support);
    expect(response.status).to.equal(422);
    expect(response.body.code).to.equal('validation_failed');
    expect(response.body.detail).to.match(/email, phone, last4 or account_id/);
  });

  it('when a key is malformed, unknown, repeated or brand comes without last4, then 422 names the field', async () => {
    const cases: [string, string][] = [
      ['last4=42', 'last4'],
      ['last4=4242&exp_month=13', 'exp_month'],
      ['email=a@example.com&colour=red', 'colour'],
      ['email=a@example.com&email=b@example.com', 'email'],
      ['brand=visa&email=a@example.com', 'brand'],
    ];
    for (const [query, field] of cases) {
      const response = await t.api.get(`/v1/support/accounts?${query}`).set(support);
      expect(response.status, query).to.equal(422);
      expect(response.body.errors.map((error: { field: string }) => error.field), query).to.include(field);
    }
  });
});

describe('support endpoints: who may call them', () => {
  let t: TestApp;
  let customer: Customer;
  beforeEach(async () => {
    t = await createTestApp();
    customer = await register(t, 'US');
  });
  afterEach(() => t.close());

  const endpoints = () => [
    `/v1/support/accounts?email=${encodeURIComponent(customer.email)}`,
    `/v1/support/accounts/${customer.accountId}`,
    '/v1/support/audit',
  ];

  it('when a customer or a billing job calls a support endpoint, then 403 forbidden and nothing is recorded', async () => {
    const billing = await t.token('billing-job', ['billing']);
    for (const token of [customer.token, billing]) {
      for (const path of endpoints()) {
        const response = await t.api.get(path).set('Authorization', `Bearer ${token}`);
        expect(response.status, path).to.equal(403);
        expect(response.body.code).to.equal('forbidden');
      }
    }
    const support = await t.token('agent.alice', ['support']);
    const audit = await t.api.get('/v1/support/audit').set('Authorization', `Bearer ${support}`);
    expect(audit.body.data).to.deep.equal([]);
  });

  it('when nobody is signed in, then 401', async () => {
    for (const path of endpoints()) expect((await t.api.get(path)).status, path).to.equal(401);
  });
});
