import { expect } from 'chai';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { onboard, register, type Customer } from '../helpers/customer-flow.js';
import { addCard, cardHistory, listCards, postCard, simulatorOf } from '../helpers/card-flow.js';

describe('adding a card: POST /v1/cards (signup frontend)', () => {
  let t: TestApp;
  let customer: Customer;
  beforeEach(async () => {
    t = await createTestApp();
    customer = await onboard(t, 'US');
  });
  afterEach(() => t.close());

  it('when the first card verifies, then 201 with the card and the hold, the card is the default and the account is active', async () => {
    const response = await postCard(t, customer, 'pm_card_visa');

    expect(response.status).to.equal(201);
    expect(response.body.verification).to.deep.equal({ status: 'held', amount: 100, currency: 'USD' });
    const card = response.body.card;
    expect(card).to.include({ brand: 'visa', last4: '4242', holder_name: 'Ada Lovelace', status: 'active', is_default: true, position: 0 });
    expect(card.id).to.match(/^card_/);
    expect(Object.keys(card)).to.have.members(['id', 'payer_id', 'brand', 'last4', 'exp_month', 'exp_year', 'holder_name', 'status', 'is_default', 'position', 'created_at']);
    expect(await listCards(t, customer)).to.deep.equal([card]);
    expect((await t.api.get('/v1/account').set(customer.auth)).body.status).to.equal('active');
    const onboarding = (await t.api.get('/v1/onboarding').set(customer.auth)).body;
    expect(onboarding).to.deep.include({ next_step: 'complete', status: 'active' });
  });

  it('when a second card verifies, then it goes after the default in charge order', async () => {
    const first = await addCard(t, customer, 'pm_card_visa');
    const second = await addCard(t, customer, 'pm_card_mastercard');

    expect(second).to.include({ brand: 'mastercard', last4: '4444', is_default: false, position: 1 });
    expect((await listCards(t, customer)).map((card) => card.id)).to.deep.equal([first.id, second.id]);
  });

  it('when the account holds yen, then the hold is the yen verification amount', async () => {
    const japanese = await onboard(t, 'JP');
    const response = await postCard(t, japanese, 'pm_card_jcb');
    expect(response.status).to.equal(201);
    expect(response.body.verification).to.deep.equal({ status: 'held', amount: 150, currency: 'JPY' });
    const [hold] = await simulatorOf(t).listIntents({ purpose: 'hold' });
    expect(hold).to.include({ amount: 150, currency: 'JPY' });
  });

  it('when onboarding is not finished, then 409 onboarding_incomplete and the gateway is never called', async () => {
    const newcomer = await register(t, 'US');
    const response = await postCard(t, newcomer, 'pm_card_visa');
    expect(response.status).to.equal(409);
    expect(response.body.code).to.equal('onboarding_incomplete');
    expect(await simulatorOf(t).listIntents()).to.have.length(0);
    expect(await cardHistory(t, newcomer)).to.deep.equal([]);
  });

  it('when the same card is added twice, then 409 duplicate_card naming the saved card, and only one card is kept', async () => {
    const saved = await addCard(t, customer, 'pm_card_visa');
    const response = await postCard(t, customer, 'pm_card_visa');

    expect(response.status).to.equal(409);
    expect(response.body).to.include({ code: 'duplicate_card', card_id: saved.id });
    expect(response.body.detail).to.include(saved.id);
    expect(await listCards(t, customer)).to.have.length(1);
    const [entry] = await cardHistory(t, customer);
    expect(entry).to.deep.include({ action: 'add', result: 'failed', last4: '4242' });
    expect(entry!.failure.code).to.equal('duplicate_card');
  });

  it('when the same card comes back with a new expiry, then 409 duplicate_card says it is the same card and points at PATCH', async () => {
    const saved = await addCard(t, customer, 'pm_card_visa');
    expect((await t.api.patch(`/v1/cards/${saved.id}`).set(customer.auth).send({ exp_month: 1, exp_year: saved.exp_year + 2 })).status).to.equal(200);

    const response = await postCard(t, customer, 'pm_card_visa');

    expect(response.status).to.equal(409);
    expect(response.body.code).to.equal('duplicate_card');
    expect(response.body.detail).to.match(/same card/).and.to.include(`PATCH /v1/cards/${saved.id}`);
  });

  it('when the account has MAX_CARDS_PER_ACCOUNT cards, then 409 card_limit_reached before the gateway is asked', async () => {
    const limited = await createTestApp({ env: { MAX_CARDS_PER_ACCOUNT: '2' } });
    try {
      const someone = await onboard(limited, 'US');
      await addCard(limited, someone, 'pm_card_visa');
      await addCard(limited, someone, 'pm_card_mastercard');
      const intentsBefore = (await simulatorOf(limited).listIntents()).length;

      const response = await postCard(limited, someone, 'pm_card_amex');

      expect(response.status).to.equal(409);
      expect(response.body.code).to.equal('card_limit_reached');
      expect(await simulatorOf(limited).listIntents()).to.have.length(intentsBefore);
      expect(await listCards(limited, someone)).to.have.length(2);
    } finally {
      await limited.close();
    }
  });

  it('when more cards than MAX_CARDS_PER_ACCOUNT allows are added in parallel, then only the limit is kept, the others get 409 card_limit_reached and their holds are released', async () => {
    const limited = await createTestApp({ env: { MAX_CARDS_PER_ACCOUNT: '2', CARD_FAILURES_PER_DAY: '10' } });
    try {
      const someone = await onboard(limited, 'US');
      const methods = ['pm_card_visa', 'pm_card_mastercard', 'pm_card_amex', 'pm_card_discover', 'pm_card_jcb'];

      const responses = await Promise.all(methods.map((method) => postCard(limited, someone, method)));

      expect(responses.map((response) => response.status).sort()).to.deep.equal([201, 201, 409, 409, 409]);
      expect(responses.filter((response) => response.status === 409).every((response) => response.body.code === 'card_limit_reached')).to.equal(true);
      expect(await listCards(limited, someone)).to.have.length(2);
      const refused = (await cardHistory(limited, someone)).filter((entry) => entry.result === 'failed');
      expect(refused.map((entry) => entry.failure.code), 'refused after verifying').to.satisfy((codes: string[]) => codes.length > 0 && codes.every((code) => code === 'card_limit_reached'));
      await limited.runJobs();
      const intents = await simulatorOf(limited).listIntents({ purpose: 'hold' });
      expect(intents.map((intent) => intent.status), 'every hold released, kept or not').to.satisfy((statuses: string[]) => statuses.every((status) => status === 'canceled'));
    } finally {
      await limited.close();
    }
  });

  it('when CARD_FAILURES_PER_DAY cards failed within 24 hours, then 429 too_many_card_failures without calling the gateway, until a day has passed', async () => {
    for (const declined of ['pm_card_visa_chargeDeclined', 'pm_card_chargeCustomerFail', 'pm_card_visa_chargeDeclinedInsufficientFunds']) {
      expect((await postCard(t, customer, declined)).status, declined).to.equal(402);
    }
    const intentsBefore = (await simulatorOf(t).listIntents()).length;
    const historyBefore = (await cardHistory(t, customer)).length;

    const refused = await postCard(t, customer, 'pm_card_visa');

    expect(refused.status).to.equal(429);
    expect(refused.body.code).to.equal('too_many_card_failures');
    expect(Number(refused.headers['retry-after'])).to.be.within(86_000, 86_400);
    expect(await simulatorOf(t).listIntents()).to.have.length(intentsBefore);
    expect(await cardHistory(t, customer)).to.have.length(historyBefore);

    t.clock.advanceSeconds(24 * 3600 + 1);
    expect((await postCard(t, customer, 'pm_card_visa')).status).to.equal(201);
  });

  it('when declining cards are added in parallel, then only CARD_FAILURES_PER_DAY of them reach the gateway and the others get 429 too_many_card_failures', async () => {
    const responses = await Promise.all(Array.from({ length: 8 }, () => postCard(t, customer, 'pm_card_visa_chargeDeclined')));

    expect(responses.map((response) => response.status).sort()).to.deep.equal([402, 402, 402, 429, 429, 429, 429, 429]);
    expect(responses.filter((response) => response.status === 429).every((response) => response.body.code === 'too_many_card_failures')).to.equal(true);
    const history = await cardHistory(t, customer);
    expect(history.map((entry) => entry.result)).to.deep.equal(['failed', 'failed', 'failed']);
    expect((await postCard(t, customer, 'pm_card_visa')).status, 'and the budget is spent for the day').to.equal(429);
  });

  it('when a duplicate or an unknown payment method is refused, then it does not count as a card failure', async () => {
    await addCard(t, customer, 'pm_card_visa');
    for (let i = 0; i < 3; i += 1) expect((await postCard(t, customer, 'pm_card_visa')).status).to.equal(409);
    const unknown = await postCard(t, customer, 'pm_doesNotExist');
    expect(unknown.status).to.equal(422);
    expect(unknown.body.errors).to.deep.equal([{ field: 'payment_method', message: unknown.body.errors[0].message }]);
    expect((await postCard(t, customer, 'pm_card_mastercard')).status).to.equal(201);
  });

  it('when the body is missing fields, has unknown ones or a bad return_url, then 422 validation_failed naming them', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ holder_name: 'Ada' }, 'payment_method'],
      [{ payment_method: 'pm_card_visa' }, 'holder_name'],
      [{ payment_method: 'pm_card_visa', holder_name: 'Ada', cvc: '123' }, 'cvc'],
      [{ payment_method: 'pm_card_visa', holder_name: 'Ada', return_url: 'javascript:alert(1)' }, 'return_url'],
      [{ payment_method: 'pm_card_visa', holder_name: 'Ada', id_type: 'PASSPORT', id_number: 'X1234567' }, 'id_type'],
    ];
    for (const [body, field] of cases) {
      const response = await t.api.post('/v1/cards').set(customer.auth).send(body);
      expect(response.status, field).to.equal(422);
      expect(response.body.code).to.equal('validation_failed');
      expect(response.body.errors.map((error: { field: string }) => error.field), field).to.include(field);
    }
    expect(await listCards(t, customer)).to.deep.equal([]);
  });

  it('when a card number is sent instead of a payment method, then 422 raw_card_data_refused and nothing is stored', async () => {
    const response = await postCard(t, customer, '4242 4242 4242 4242');
    expect(response.status).to.equal(422);
    expect(response.body.code).to.equal('raw_card_data_refused');
    expect(JSON.stringify(response.body)).not.to.include('4242 4242');
    expect(await cardHistory(t, customer)).to.deep.equal([]);
  });

  it('when the gateway is down while verifying, then 503 gateway_unavailable, the entry says so and it does not count as a failure', async () => {
    simulatorOf(t).failNext('attachPaymentMethod', 'retryable');
    const response = await postCard(t, customer, 'pm_card_visa');
    expect(response.status).to.equal(503);
    expect(response.body.code).to.equal('gateway_unavailable');
    expect(response.headers['retry-after']).to.equal('30');
    const [entry] = await cardHistory(t, customer);
    expect(entry).to.deep.include({ id: response.body.history_id, result: 'failed' });
    expect(entry!.failure.code).to.equal('gateway_unavailable');
    expect((await postCard(t, customer, 'pm_card_visa')).status).to.equal(201);
  });

  it('when a customer token is missing or belongs to support, then 401 or 403', async () => {
    expect((await t.api.post('/v1/cards').send({ payment_method: 'pm_card_visa', holder_name: 'A' })).status).to.equal(401);
    const support = await t.token('agent', ['support']);
    expect((await t.api.get('/v1/cards').set('Authorization', `Bearer ${support}`)).status).to.equal(403);
  });
});
