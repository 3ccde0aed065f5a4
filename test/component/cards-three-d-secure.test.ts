import { expect } from 'chai';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { onboard, type Customer } from '../helpers/customer-flow.js';
import { addCard, answerThreeDSecure, cardHistory, listCards, postCard } from '../helpers/card-flow.js';

describe('3-D Secure at card entry: 202 → the bank page → POST /v1/cards/{id}/confirm', () => {
  let t: TestApp;
  let customer: Customer;
  beforeEach(async () => {
    t = await createTestApp();
    customer = await onboard(t, 'US');
  });
  afterEach(() => t.close());

  const confirm = (cardId: string, who = customer) => t.api.post(`/v1/cards/${cardId}/confirm`).set(who.auth);

  async function startThreeDSecure(paymentMethod = 'pm_card_authenticationRequired', extra: Record<string, unknown> = {}) {
    const response = await postCard(t, customer, paymentMethod, extra);
    expect(response.status, JSON.stringify(response.body)).to.equal(202);
    return { cardId: response.body.card.id as string, url: response.body.next_action.url as string, body: response.body };
  }

  it('when the bank asks for 3-D Secure, then 202 with a redirect to the page, and the card waits as requires_action', async () => {
    const { body, url } = await startThreeDSecure();
    expect(body.card).to.include({ status: 'requires_action', is_default: false });
    expect(body.next_action.type).to.equal('redirect');
    expect(url).to.match(/^http:\/\/card-vault\.test\/simulator\/3ds\/pi_/);
    expect(await listCards(t, customer)).to.have.length(1);
    expect((await cardHistory(t, customer))[0]).to.deep.include({ result: 'pending', card_id: body.card.id });
    expect((await t.api.get('/v1/account').set(customer.auth)).body.status).to.equal('registered');
  });

  it('when the customer completes the challenge, then confirm answers 201, the card is active and default and the account active', async () => {
    const { cardId, url } = await startThreeDSecure('pm_card_authenticationRequired', { return_url: 'https://shop.example/cards/done' });
    const answered = await answerThreeDSecure(t, url, 'complete');
    expect(answered.status).to.equal(303);
    expect(answered.headers.location).to.equal('https://shop.example/cards/done');

    const confirmed = await confirm(cardId);

    expect(confirmed.status).to.equal(201);
    expect(confirmed.body.card).to.include({ id: cardId, status: 'active', is_default: true });
    expect(confirmed.body.verification).to.deep.equal({ status: 'held', amount: 100, currency: 'USD' });
    expect((await listCards(t, customer))[0]).to.include({ id: cardId, status: 'active' });
    expect((await t.api.get('/v1/account').set(customer.auth)).body.status).to.equal('active');
    expect((await cardHistory(t, customer))[0]).to.deep.include({ result: 'succeeded', card_id: cardId });
    expect((await confirm(cardId)).status, 'confirming again replays the outcome').to.equal(201);
  });

  it('when the customer fails the challenge, then confirm answers 402 authentication_failed and the card is not kept', async () => {
    const { cardId, url } = await startThreeDSecure();
    await answerThreeDSecure(t, url, 'fail');

    const confirmed = await confirm(cardId);

    expect(confirmed.status).to.equal(402);
    expect(confirmed.body).to.include({ code: 'authentication_failed', decline_code: 'authentication_failed' });
    expect(confirmed.body.history_id).to.match(/^hist_/);
    expect(await listCards(t, customer)).to.deep.equal([]);
    const [entry] = await cardHistory(t, customer);
    expect(entry).to.deep.include({ id: confirmed.body.history_id, result: 'failed' });
    expect(entry!.failure.code).to.equal('authentication_failed');
    expect((await confirm(cardId)).status, 'confirming again replays the failure').to.equal(402);
    expect((await t.api.get(`/v1/cards/${cardId}`).set(customer.auth)).status).to.equal(404);
  });

  it('when confirm comes before the challenge is answered, then 202 again with the same redirect', async () => {
    const { cardId, url } = await startThreeDSecure();
    const early = await confirm(cardId);
    expect(early.status).to.equal(202);
    expect(early.body.next_action).to.deep.equal({ type: 'redirect', url });
  });

  it('when the bank declines after a completed challenge, then 402 card_declined with the passed-through code', async () => {
    const { cardId, url } = await startThreeDSecure('pm_card_authenticationRequiredChargeDeclinedInsufficientFunds');
    await answerThreeDSecure(t, url, 'complete');
    const confirmed = await confirm(cardId);
    expect(confirmed.status).to.equal(402);
    expect(confirmed.body).to.include({ code: 'card_declined', decline_code: 'insufficient_funds' });
    expect(await listCards(t, customer)).to.deep.equal([]);
  });

  it('when no return_url is given, then the page sends the customer to a service page that says what comes next', async () => {
    const { cardId, url } = await startThreeDSecure();
    const answered = await answerThreeDSecure(t, url, 'complete');
    const location = new URL(answered.headers.location!);
    expect(location.pathname).to.equal(`/v1/cards/${cardId}/authentication-return`);
    const page = await t.api.get(location.pathname);
    expect(page.status).to.equal(200);
    expect(page.text).to.include(`POST /v1/cards/${cardId}/confirm`);
    expect((await t.api.get('/v1/cards/card_%3Cscript%3E/authentication-return')).text).to.include('/v1/cards/{id}/confirm');
  });

  it('when a card waits for 3-D Secure, then it cannot become the default or change expiry until confirmed', async () => {
    await addCard(t, customer, 'pm_card_visa');
    const { cardId } = await startThreeDSecure();
    expect((await t.api.post(`/v1/cards/${cardId}/default`).set(customer.auth)).body.code).to.equal('card_not_active');
    expect((await t.api.patch(`/v1/cards/${cardId}`).set(customer.auth).send({ exp_month: 1, exp_year: 2040 })).status).to.equal(409);
  });

  it('when the customer leaves the page and enters the same card again, then the new try replaces the waiting one', async () => {
    const first = await startThreeDSecure();
    const second = await startThreeDSecure();

    expect(second.cardId).not.to.equal(first.cardId);
    expect((await listCards(t, customer)).map((card) => card.id)).to.deep.equal([second.cardId]);
    const entries = await cardHistory(t, customer);
    expect(entries.map((entry) => entry.result)).to.deep.equal(['pending', 'failed']);
    expect(entries[1]!.failure.code).to.equal('authentication_failed');
    const intents = await t.context.simulator!.listIntents({ purpose: 'hold' });
    expect(intents.map((intent) => intent.status)).to.have.members(['canceled', 'requires_action']);
    await answerThreeDSecure(t, second.url, 'complete');
    expect((await confirm(second.cardId)).status).to.equal(201);
  });

  it('when the replaced try had passed the page and canceling its intent fails, then the hold shows release_failed and the job releases it', async () => {
    const first = await startThreeDSecure();
    await answerThreeDSecure(t, first.url, 'complete');
    t.context.simulator!.failNext('cancelIntent', 'retryable');

    const second = await startThreeDSecure();

    const replaced = (await cardHistory(t, customer)).find((entry) => entry.card_id === first.cardId);
    expect(replaced).to.deep.include({ result: 'failed', hold: { amount: 100, currency: 'USD', status: 'release_failed', method: 'hold' } });
    await t.runJobs();
    const intents = await t.context.simulator!.listIntents({ purpose: 'hold' });
    expect(intents.map((intent) => intent.status), 'the authorized intent is canceled, the new one waits').to.have.members(['canceled', 'requires_action']);
    expect((await cardHistory(t, customer)).find((entry) => entry.card_id === first.cardId)!.hold.status).to.equal('released');
    expect((await listCards(t, customer)).map((card) => card.id)).to.deep.equal([second.cardId]);
  });

  it('when a card waiting for 3-D Secure is deleted, then its verification ends: the bank\'s later authorization neither keeps the card nor activates the account', async () => {
    const { cardId, url } = await startThreeDSecure();
    await answerThreeDSecure(t, url, 'complete'); // authorized at the bank; no confirm or webhook yet

    expect((await t.api.delete(`/v1/cards/${cardId}`).set(customer.auth)).status).to.equal(204);
    const confirmed = await confirm(cardId);
    await t.runJobs();

    expect(confirmed.status).to.equal(402);
    expect(confirmed.body.code).to.equal('authentication_failed');
    expect(await listCards(t, customer)).to.deep.equal([]);
    expect((await t.api.get('/v1/account').set(customer.auth)).body.status).to.equal('registered');
    expect((await cardHistory(t, customer))[0]).to.deep.include({ card_id: cardId, result: 'failed' });
    expect((await t.context.simulator!.listIntents({ purpose: 'hold' })).map((intent) => intent.status), 'nothing stays held').to.deep.equal(['canceled']);
  });

  it('when tries are replaced again and again, then they do not count toward the card-testing limit', async () => {
    for (let i = 0; i < 4; i += 1) await startThreeDSecure();
    expect((await postCard(t, customer, 'pm_card_visa')).status).to.equal(201);
  });

  it('when the page is never answered, then after a day the job drops the card and cancels the intent', async () => {
    const { cardId } = await startThreeDSecure();
    await t.runJobs();
    expect(await listCards(t, customer)).to.have.length(1);

    t.clock.advanceSeconds(24 * 3600 + 1);
    await t.runJobs();

    expect(await listCards(t, customer)).to.deep.equal([]);
    const [entry] = await cardHistory(t, customer);
    expect(entry).to.deep.include({ card_id: cardId, result: 'failed' });
    expect(entry!.failure.message).to.match(/not completed/);
    expect((await t.context.simulator!.listIntents({ purpose: 'hold' }))[0]!.status).to.equal('canceled');
    expect((await confirm(cardId)).body.code).to.equal('authentication_failed');
  });

  it('when the page was completed but neither confirm nor a webhook came, then the job reads the intent and keeps the card', async () => {
    const { cardId, url } = await startThreeDSecure();
    await answerThreeDSecure(t, url, 'complete');
    t.clock.advanceSeconds(24 * 3600 + 1);
    await t.runJobs();
    expect((await listCards(t, customer))[0]).to.include({ id: cardId, status: 'active', is_default: true });
    expect((await t.api.get('/v1/account').set(customer.auth)).body.status).to.equal('active');
  });

  it('when another account confirms the card, then 404', async () => {
    const { cardId } = await startThreeDSecure();
    const stranger = await onboard(t, 'US');
    const response = await confirm(cardId, stranger);
    expect(response.status).to.equal(404);
    expect(response.body.code).to.equal('not_found');
  });

  it('when a later card needs 3-D Secure and succeeds, then it joins the charge order after the default', async () => {
    const first = await addCard(t, customer, 'pm_card_visa');
    const { cardId, url } = await startThreeDSecure('pm_card_threeDSecure2Required');
    await answerThreeDSecure(t, url, 'complete');
    expect((await confirm(cardId)).body.card).to.include({ is_default: false, status: 'active' });
    expect((await listCards(t, customer)).map((card) => card.id)).to.deep.equal([first.id, cardId]);
  });
});
