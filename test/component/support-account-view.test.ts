import { expect } from 'chai';
import { addCard, cardHistory, chileanId, listCards, postCard, simulatorOf } from '../helpers/card-flow.js';
import { accountWithCards, billingAuth, postCharge } from '../helpers/charge-flow.js';
import { onboard, register, type Customer } from '../helpers/customer-flow.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

describe('support account view: GET /v1/support/accounts/{id} (support staff)', () => {
  let t: TestApp;
  let support: { Authorization: string };
  beforeEach(async () => {
    t = await createTestApp();
    support = { Authorization: `Bearer ${await t.token('agent.alice', ['support'])}` };
  });
  afterEach(() => t.close());

  const view = async (customer: Customer) => {
    const response = await t.api.get(`/v1/support/accounts/${customer.accountId}`).set(support);
    expect(response.status, JSON.stringify(response.body)).to.equal(200);
    return response.body;
  };
  const latestAudit = async () => (await t.api.get('/v1/support/audit').query({ limit: '1' }).set(support)).body.data[0];

  it('when a customer has only registered, then support sees the account details and where onboarding stands', async () => {
    const customer = await register(t, 'US');
    const body = await view(customer);
    expect(body.account).to.deep.include({ id: customer.accountId, email: customer.email, country: 'US', currency: 'USD', status: 'registered', mobile: null });
    expect(body.account.email_verified_at).to.equal(null);
    expect(body.onboarding).to.deep.equal({
      next_step: 'email',
      steps: { email: 'pending', mobile: 'pending', details: 'pending', card: 'pending' },
      status: 'registered',
    });
    expect(body).to.deep.include({ cards: [], card_history: [], charges: [], charges_has_more: false });
  });

  it('when a stolen card was declined on adding, then support sees stolen_card and why, while the customer only ever saw a generic decline', async () => {
    const customer = await onboard(t, 'US');
    const declined = await postCard(t, customer, 'pm_card_visa_chargeDeclinedStolenCard');
    expect(declined.status).to.equal(402);
    expect(declined.body).to.include({ code: 'card_declined', decline_code: 'generic_decline' });
    const customerHistory = await cardHistory(t, customer);
    expect(customerHistory[0]!.failure).to.include({ code: 'card_declined', decline_code: 'generic_decline' });
    expect(JSON.stringify(customerHistory)).to.not.match(/stolen/i);

    const body = await view(customer);
    expect(body.onboarding.next_step).to.equal('card');
    expect(body.cards).to.deep.equal([]); // a declined card is not kept
    expect(body.card_history).to.have.length(1);
    const [entry] = body.card_history;
    expect(entry).to.deep.include({ id: declined.body.history_id, action: 'add', result: 'failed', hold: null });
    expect(entry.failure).to.deep.include({
      code: 'card_declined',
      gateway_code: 'card_declined',
      decline_code: 'stolen_card',
      customer_sees: { decline_code: 'generic_decline', message: customerHistory[0]!.failure.message },
      retryable: false,
    });
    expect(entry.failure.gateway_request_id).to.match(/^req_/);
    expect(entry.failure.support_reason).to.match(/reported stolen/).and.to.match(/do not tell them the reason/);
  });

  it('when funds were short on adding, then support reads the reason and what to suggest', async () => {
    const customer = await onboard(t, 'US');
    expect((await postCard(t, customer, 'pm_card_visa_chargeDeclinedInsufficientFunds')).status).to.equal(402);
    const [entry] = (await view(customer)).card_history;
    expect(entry.failure).to.deep.include({ decline_code: 'insufficient_funds', customer_sees: { decline_code: 'insufficient_funds', message: entry.failure.customer_sees.message }, retryable: true });
    expect(entry.failure.support_reason).to.match(/another card/).and.to.match(/contact their bank/);
  });

  it('when a card verified, then support sees the masked card, its hold and the hold released after activation', async () => {
    const customer = await onboard(t, 'US');
    const card = await addCard(t, customer, 'pm_card_visa');
    await t.runJobs();
    const body = await view(customer);
    expect(body.onboarding.next_step).to.equal('complete');
    expect(body.cards).to.have.length(1);
    expect(body.cards[0]).to.deep.include({ id: card.id, brand: 'visa', last4: '4242', status: 'active', is_default: true, deleted_at: null });
    expect(JSON.stringify(body)).to.not.contain('4242424242424242');
    const [entry] = body.card_history;
    expect(entry).to.deep.include({ result: 'succeeded', card_id: card.id, failure: null });
    expect(entry.hold).to.deep.include({ amount: 100, currency: 'USD', status: 'released', release_attempts: 1, last_error: null });
    expect(entry.hold.intent_id).to.match(/^pi_/);
    expect(entry.hold.released_at).to.be.a('string');
  });

  it('when a hold release fails, then support sees release_failed with the gateway error, as the customer sees release_failed', async () => {
    const customer = await onboard(t, 'US');
    await addCard(t, customer, 'pm_card_visa');
    simulatorOf(t).failNext('releaseHold', 'fatal');
    await t.runJobs();

    expect((await cardHistory(t, customer))[0]!.hold).to.deep.include({ status: 'release_failed' });
    const [entry] = (await view(customer)).card_history;
    expect(entry.hold).to.deep.include({ status: 'release_failed', release_attempts: 1, released_at: null });
    expect(entry.hold.last_error).to.match(/releaseHold/);
    expect(entry.hold.release_after > t.clock.now().toISOString(), 'a retry is scheduled').to.equal(true);
  });

  it('when a Chilean customer gave a RUT, then the customer sees it masked and support in clear, and the audit says it was disclosed', async () => {
    const customer = await onboard(t, 'CL');
    await addCard(t, customer, 'pm_card_visa', chileanId);
    const [customerCard] = await listCards(t, customer);
    expect(customerCard).to.include({ id_type: 'RUT', id_number: '*****678-5' });

    const [card] = (await view(customer)).cards;
    expect(card).to.include({ id_type: 'RUT', id_number: '12345678-5', id_number_masked: '*****678-5' });
    expect(await latestAudit()).to.deep.include({ actor: 'agent.alice', action: 'view_account', account_ids: [customer.accountId], disclosed: ['id_number'] });
  });

  it('when the account has no id number, then the view discloses nothing beyond the masked data', async () => {
    const customer = await onboard(t, 'US');
    await addCard(t, customer, 'pm_card_visa');
    expect((await view(customer)).cards[0]).to.not.have.property('id_number');
    expect(await latestAudit()).to.deep.include({ action: 'view_account', disclosed: [] });
  });

  it('when the default card declined a charge and the next card paid, then support sees both tries, the decline explained', async () => {
    const { customer, cards } = await accountWithCards(t, ['pm_card_authenticationRequired', 'pm_card_visa']);
    const charged = await postCharge(t, await billingAuth(t), customer.accountId, { amount: 1000, description: 'November plan' });
    expect(charged.status).to.equal(201);

    const [charge] = (await view(customer)).charges;
    expect(charge).to.deep.include({ id: charged.body.id, status: 'succeeded', amount: 1000, currency: 'USD', card_id: cards[1]!.id, failure: null });
    expect(charge.attempts.map((attempt: { number: number; card_id: string; result: string }) => [attempt.number, attempt.card_id, attempt.result])).to.deep.equal([
      [1, cards[0]!.id, 'declined'],
      [2, cards[1]!.id, 'succeeded'],
    ]);
    const [declined, paid] = charge.attempts;
    expect(declined.failure).to.deep.include({ gateway_code: 'authentication_required', decline_code: 'authentication_required', retryable: false });
    expect(declined.failure.intent_id).to.match(/^pi_/);
    expect(declined.failure.support_reason).to.match(/3-D Secure/);
    expect(declined.failure.customer_sees.message).to.match(/confirm this card/);
    expect(paid.failure).to.equal(null);
  });

  it('when the gateway refused to create a charge, then support sees a gateway error, not a bank decline', async () => {
    const { customer } = await accountWithCards(t, ['pm_card_visa']);
    simulatorOf(t).failNext('createCharge', 'fatal');
    const charged = await postCharge(t, await billingAuth(t), customer.accountId, { amount: 1000 });
    expect(charged.status).to.equal(502);
    expect(charged.body.code).to.equal('gateway_error');

    const [charge] = (await view(customer)).charges;
    expect(charge.failure).to.deep.include({ code: 'gateway_error', retryable: false });
    expect(charge.failure.support_reason).to.match(/integration problem/).and.not.match(/Every usable card/);
    const [attempt] = charge.attempts;
    expect(attempt.result).to.equal('error');
    expect(attempt.failure).to.deep.include({ code: 'gateway_error', gateway_code: 'parameter_invalid', retryable: false });
    expect(attempt.failure.support_reason).to.match(/gateway refused the request itself/).and.not.match(/do not recognise/);
  });

  it('when every card declined a charge, then support sees the failed charge with why and what to suggest', async () => {
    const { customer } = await accountWithCards(t, ['pm_card_authenticationRequired']);
    const charged = await postCharge(t, await billingAuth(t), customer.accountId, { amount: 1000 });
    expect(charged.status).to.equal(402);

    const [charge] = (await view(customer)).charges;
    expect(charge).to.deep.include({ status: 'failed' });
    expect(charge.failure).to.deep.include({ code: 'all_cards_declined' });
    expect(charge.failure.support_reason).to.match(/Every usable card/);
    expect(charge.attempts).to.have.length(1);
  });

  it('when a try broke off at the gateway and the retry paid, then support sees the error try explained beside the paid one', async () => {
    const { customer } = await accountWithCards(t, ['pm_card_visa']);
    simulatorOf(t).failNext('confirmCharge', 'indeterminate');
    const charged = await postCharge(t, await billingAuth(t), customer.accountId, { amount: 1000 });
    expect(charged.status).to.equal(503);
    // Recovery finds the intent never confirmed: canceled, and the card tried again.
    t.clock.advanceSeconds(6);
    await t.runJobs();

    const [charge] = (await view(customer)).charges;
    const [broken, paid] = charge.attempts;
    expect(broken).to.deep.include({ result: 'error' });
    expect(broken.failure).to.deep.include({ code: 'interrupted', retryable: true });
    expect(broken.failure.intent_id).to.match(/^pi_/);
    expect(broken.failure.support_reason).to.match(/no money moved/);
    expect(paid).to.deep.include({ result: 'succeeded', failure: null });
  });
});
