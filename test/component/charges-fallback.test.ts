import { expect } from 'chai';
import { onboard } from '../helpers/customer-flow.js';
import { postCard, simulatorOf } from '../helpers/card-flow.js';
import { accountWithCards, billingAuth, postCharge, uniqueKey } from '../helpers/charge-flow.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

describe('charging an account: the fallback over its cards (billing job)', () => {
  let t: TestApp;
  let billing: { Authorization: string };
  beforeEach(async () => {
    t = await createTestApp();
    billing = await billingAuth(t);
  });
  afterEach(() => t.close());

  it('when the default card pays, then 201 with the charge and its one attempt, and it reads back', async () => {
    const { customer, cards } = await accountWithCards(t, ['pm_card_visa', 'pm_card_mastercard']);

    const response = await postCharge(t, billing, customer.accountId, { amount: 2500, description: 'November plan', reference: 'inv-1' });

    expect(response.status, JSON.stringify(response.body)).to.equal(201);
    expect(response.body).to.include({ status: 'succeeded', amount: 2500, currency: 'USD', card_id: cards[0]!.id, reference: 'inv-1', description: 'November plan' });
    expect(response.body.id).to.match(/^ch_/);
    expect(response.body.attempts).to.have.length(1);
    expect(response.body.attempts[0]).to.include({ card_id: cards[0]!.id, last4: '4242', result: 'succeeded' });
    expect(response.body.attempts[0].created_at).to.be.a('string');

    const one = await t.api.get(`/v1/accounts/${customer.accountId}/charges/${response.body.id}`).set(billing);
    expect(one.status).to.equal(200);
    expect(one.body).to.deep.equal(response.body);
    const list = await t.api.get(`/v1/accounts/${customer.accountId}/charges`).set(billing);
    expect(list.body.data.map((charge: { id: string }) => charge.id)).to.deep.equal([response.body.id]);
    expect(await simulatorOf(t).countSucceededCharges(await customerIdOf(customer.accountId))).to.equal(1);
  });

  it('when the default card declines, then the second card in charge order pays, and both tries are recorded', async () => {
    // Verifies with 3-D Secure on the hold, then declines every off-session charge.
    const { customer, cards } = await accountWithCards(t, ['pm_card_authenticationRequired', 'pm_card_visa']);

    const response = await postCharge(t, billing, customer.accountId, { amount: 1000 });

    expect(response.status, JSON.stringify(response.body)).to.equal(201);
    expect(response.body.card_id).to.equal(cards[1]!.id);
    expect(response.body.attempts.map((a: Record<string, unknown>) => [a.card_id, a.result, a.decline_code])).to.deep.equal([
      [cards[0]!.id, 'declined', 'authentication_required'],
      [cards[1]!.id, 'succeeded', undefined],
    ]);
    expect(response.body.attempts[0].message).to.match(/authentication/i);
    expect(await simulatorOf(t).countSucceededCharges(await customerIdOf(customer.accountId))).to.equal(1);
  });

  it('when the gateway refuses a confirmation, then that intent is canceled, the try is a gateway error and the next card pays', async () => {
    const { customer, cards } = await accountWithCards(t, ['pm_card_visa', 'pm_card_mastercard']);
    simulatorOf(t).failNext('confirmCharge', 'fatal');

    const response = await postCharge(t, billing, customer.accountId, { amount: 1000 });

    expect(response.status, JSON.stringify(response.body)).to.equal(201);
    expect(response.body.attempts.map((a: { card_id: string; result: string }) => [a.card_id, a.result])).to.deep.equal([
      [cards[0]!.id, 'error'],
      [cards[1]!.id, 'succeeded'],
    ]);
    expect(response.body.attempts[0].message).to.match(/integration error, not a decline; no money moved/);
    // The refused intent is canceled, so it can never be confirmed later.
    expect((await simulatorOf(t).listIntents({ purpose: 'charge' })).map((intent) => intent.status)).to.have.members(['canceled', 'succeeded']);
  });

  it('when every card declines, then 402 all_cards_declined with the failed charge', async () => {
    const { customer, cards } = await accountWithCards(t, ['pm_card_authenticationRequired', 'pm_card_threeDSecure2Required']);

    const response = await postCharge(t, billing, customer.accountId, { amount: 1000 });

    expect(response.status).to.equal(402);
    expect(response.body.code).to.equal('all_cards_declined');
    expect(response.headers['content-type']).to.match(/application\/problem\+json/);
    expect(response.body.charge).to.include({ status: 'failed', card_id: null, amount: 1000 });
    expect(response.body.charge.attempts.map((a: { card_id: string; result: string }) => [a.card_id, a.result])).to.deep.equal([
      [cards[0]!.id, 'declined'],
      [cards[1]!.id, 'declined'],
    ]);
    const read = await t.api.get(`/v1/accounts/${customer.accountId}/charges/${response.body.charge.id}`).set(billing);
    expect(read.body.status).to.equal('failed');
  });

  it('when the account has no card, or only one still waiting for 3-D Secure, then 402 no_usable_card and the gateway is not called', async () => {
    const customer = await onboard(t, 'US');
    const none = await postCharge(t, billing, customer.accountId, { amount: 1000 });
    expect(none.status).to.equal(402);
    expect(none.body.code).to.equal('no_usable_card');
    expect(none.body.charge).to.include({ status: 'failed' });
    expect(none.body.charge.attempts).to.deep.equal([]);

    expect((await postCard(t, customer, 'pm_card_authenticationRequired')).status).to.equal(202);
    const unverified = await postCharge(t, billing, customer.accountId, { amount: 1000 });
    expect(unverified.status).to.equal(402);
    expect(unverified.body.code).to.equal('no_usable_card');
    expect(await simulatorOf(t).listIntents({ purpose: 'charge' })).to.deep.equal([]);
  });

  it('when the cards have expired, then they are skipped: 402 no_usable_card', async () => {
    const { customer } = await accountWithCards(t, ['pm_card_visa']);
    t.clock.advanceSeconds(2 * 366 * 24 * 60 * 60); // simulator cards expire a year after they are added

    const response = await postCharge(t, billing, customer.accountId, { amount: 1000 });

    expect(response.status).to.equal(402);
    expect(response.body.code).to.equal('no_usable_card');
  });

  it('when no currency is given, then the account’s currency is charged; another supported one may be named in any case', async () => {
    const { customer } = await accountWithCards(t, ['pm_card_visa'], 'CL');
    const inPesos = await postCharge(t, billing, customer.accountId, { amount: 5000 });
    expect(inPesos.status, JSON.stringify(inPesos.body)).to.equal(201);
    expect(inPesos.body).to.include({ amount: 5000, currency: 'CLP' });
    const inDollars = await postCharge(t, billing, customer.accountId, { amount: 700, currency: 'usd' });
    expect(inDollars.body).to.include({ amount: 700, currency: 'USD' });
  });

  it('when the amount is not a positive integer or is out of limits, then 422 invalid_amount and nothing is recorded', async () => {
    const { customer } = await accountWithCards(t, ['pm_card_visa']);
    const bad: unknown[] = [0, -5, 10.5, '1000', 49, 100_000_000, null];
    for (const amount of bad) {
      const response = await postCharge(t, billing, customer.accountId, { amount });
      expect(response.status, String(amount)).to.equal(422);
      expect(response.body.code, String(amount)).to.equal('invalid_amount');
      expect(response.body.errors[0].field).to.equal('amount');
    }
    const belowPesoMinimum = await postCharge(t, billing, customer.accountId, { amount: 499, currency: 'CLP' });
    expect(belowPesoMinimum.body.code).to.equal('invalid_amount');
    const missing = await postCharge(t, billing, customer.accountId, {});
    expect(missing.status).to.equal(422);
    expect(missing.body.code).to.equal('validation_failed');
    const unknownField = await postCharge(t, billing, customer.accountId, { amount: 1000, card_id: 'card_x' });
    expect(unknownField.body.code).to.equal('validation_failed');
    const currency = await postCharge(t, billing, customer.accountId, { amount: 1000, currency: 'XYZ' });
    expect(currency.status).to.equal(422);
    expect(currency.body.code).to.equal('unsupported_currency');
    expect((await t.api.get(`/v1/accounts/${customer.accountId}/charges`).set(billing)).body.data).to.deep.equal([]);
  });

  it('when a customer or support token asks, then 403; without a token, 401', async () => {
    const { customer } = await accountWithCards(t, ['pm_card_visa']);
    const support = { Authorization: `Bearer ${await t.token('alice', ['support'])}` };
    expect((await postCharge(t, customer.auth, customer.accountId, { amount: 1000 })).status).to.equal(403);
    expect((await postCharge(t, support, customer.accountId, { amount: 1000 })).status).to.equal(403);
    expect((await t.api.get(`/v1/accounts/${customer.accountId}/charges`).set(customer.auth)).status).to.equal(403);
    expect((await t.api.post(`/v1/accounts/${customer.accountId}/charges`).set('Idempotency-Key', uniqueKey()).send({ amount: 1000 })).status).to.equal(401);
    expect(await simulatorOf(t).listIntents({ purpose: 'charge' })).to.deep.equal([]);
  });

  it('when the account or the charge does not exist, then 404', async () => {
    expect((await postCharge(t, billing, 'acct_nope', { amount: 1000 })).status).to.equal(404);
    expect((await t.api.get('/v1/accounts/acct_nope/charges').set(billing)).status).to.equal(404);
    const { customer } = await accountWithCards(t, ['pm_card_visa']);
    const other = await onboard(t, 'US');
    const charge = await postCharge(t, billing, customer.accountId, { amount: 1000 });
    expect((await t.api.get(`/v1/accounts/${customer.accountId}/charges/ch_nope`).set(billing)).status).to.equal(404);
    expect((await t.api.get(`/v1/accounts/${other.accountId}/charges/${charge.body.id}`).set(billing)).status).to.equal(404);
  });

  it('when the Idempotency-Key header is missing, then 400 idempotency_key_required', async () => {
    const { customer } = await accountWithCards(t, ['pm_card_visa']);
    const response = await postCharge(t, billing, customer.accountId, { amount: 1000 }, null);
    expect(response.status).to.equal(400);
    expect(response.body.code).to.equal('idempotency_key_required');
  });

  it('when an account has many charges, then they list newest first, a page at a time', async () => {
    const { customer } = await accountWithCards(t, ['pm_card_visa']);
    const ids: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      ids.push((await postCharge(t, billing, customer.accountId, { amount: 1000 + i })).body.id);
      t.clock.advanceSeconds(1);
    }
    const first = await t.api.get(`/v1/accounts/${customer.accountId}/charges?limit=2`).set(billing);
    expect(first.body.data.map((c: { id: string }) => c.id)).to.deep.equal([ids[2], ids[1]]);
    expect(first.body.has_more).to.equal(true);
    const second = await t.api.get(`/v1/accounts/${customer.accountId}/charges?limit=2&starting_after=${ids[1]}`).set(billing);
    expect(second.body.data.map((c: { id: string }) => c.id)).to.deep.equal([ids[0]]);
    expect(second.body.has_more).to.equal(false);
  });

  async function customerIdOf(accountId: string): Promise<string> {
    return (await t.db('gateway_customers').where({ account_id: accountId }).first()).customer_id;
  }
});
