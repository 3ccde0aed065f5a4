import { expect } from 'chai';
import { accountWithCards, billingAuth, postCharge, uniqueKey } from '../helpers/charge-flow.js';
import { balanceOf, onBothDatabases, postTopup } from '../helpers/balance-flow.js';
import type { TestApp } from '../helpers/test-app.js';

/** An account with these cards and `amount` in its balance (topped up from its default card). */
async function prepaidAccount(t: TestApp, cards: string[], amount: number) {
  const account = await accountWithCards(t, ['pm_card_visa', ...cards]);
  const topup = await postTopup(t, account.customer, { amount });
  expect(topup.status, JSON.stringify(topup.body)).to.equal(201);
  return account;
}

onBothDatabases('charges from the balance (billing job)', (app) => {
  it('when source is balance and the balance covers it, then it is paid from the balance alone, no card tried', async () => {
    const t = app();
    const { customer } = await prepaidAccount(t, [], 10_000);
    const response = await postCharge(t, await billingAuth(t), customer.accountId, { amount: 2_500, source: 'balance' });
    expect(response.status, JSON.stringify(response.body)).to.equal(201);
    expect(response.body).to.include({ status: 'succeeded', source: 'balance', balance_amount: 2_500, card_amount: 0, card_id: null });
    expect(response.body.attempts).to.deep.equal([]);
    expect((await balanceOf(t, customer)).available).to.equal(7_500);
    const ledger = (await t.api.get('/v1/balance/transactions').set(customer.auth)).body.data;
    expect(ledger[0]).to.include({ type: 'charge', amount: -2_500, balance_after: 7_500, charge_id: response.body.id });
  });

  it('when source is balance and the balance is short, then 402 insufficient_balance and nothing is taken', async () => {
    const t = app();
    const { customer } = await prepaidAccount(t, [], 1_000);
    const response = await postCharge(t, await billingAuth(t), customer.accountId, { amount: 2_500, source: 'balance' });
    expect(response.status, JSON.stringify(response.body)).to.equal(402);
    expect(response.body).to.include({ code: 'insufficient_balance', available: 1_000 });
    expect((await balanceOf(t, customer)).available).to.equal(1_000);
    expect(await t.db('charges').where({ account_id: customer.accountId })).to.have.length(0);
  });

  it('when source is cards (or absent), then the balance is left alone', async () => {
    const t = app();
    const { customer } = await prepaidAccount(t, [], 5_000);
    const response = await postCharge(t, await billingAuth(t), customer.accountId, { amount: 2_000 });
    expect(response.status, JSON.stringify(response.body)).to.equal(201);
    expect(response.body).to.include({ source: 'cards', balance_amount: 0, card_amount: 2_000 });
    expect((await balanceOf(t, customer)).available).to.equal(5_000);
  });

  it('when source is balance_then_cards, then the balance pays what it holds and the default card the rest', async () => {
    const t = app();
    const { customer, cards } = await prepaidAccount(t, [], 1_000);
    const response = await postCharge(t, await billingAuth(t), customer.accountId, { amount: 3_000, source: 'balance_then_cards' });
    expect(response.status, JSON.stringify(response.body)).to.equal(201);
    expect(response.body).to.include({ status: 'succeeded', source: 'balance_then_cards', balance_amount: 1_000, card_amount: 2_000, card_id: cards[0]!.id });
    expect((await balanceOf(t, customer)).available).to.equal(0);
    const intents = await t.context.simulator!.listIntents({ purpose: 'charge' });
    expect(intents.find((intent) => intent.metadata.charge_id === response.body.id)?.amount, 'the card paid only the rest').to.equal(2_000);
  });

  it('when source is balance_then_cards and every card declines, then the balance part is returned and the charge fails with nothing taken', async () => {
    const t = app();
    const { customer } = await accountWithCards(t, ['pm_card_authenticationRequired', 'pm_card_threeDSecure2Required']);
    // Top up by hand through 3-D Secure: the only cards are ones that cannot pay off session.
    const started = await postTopup(t, customer, { amount: 1_000 });
    const { answerThreeDSecure } = await import('../helpers/card-flow.js');
    await answerThreeDSecure(t, started.body.next_action.url, 'complete');
    expect((await t.api.post(`/v1/topups/${started.body.topup.id}/confirm`).set(customer.auth)).status).to.equal(201);

    const response = await postCharge(t, await billingAuth(t), customer.accountId, { amount: 3_000, source: 'balance_then_cards', description: 'Storage, November 2026' });
    expect(response.status, JSON.stringify(response.body)).to.equal(402);
    expect(response.body.code).to.equal('all_cards_declined');
    expect(response.body.charge).to.include({ status: 'failed', balance_amount: 1_000, card_amount: 2_000 });
    expect(response.body.charge.attempts).to.have.length(2);
    expect((await balanceOf(t, customer)).available, 'the balance is unchanged').to.equal(1_000);
    const ledger = (await t.api.get('/v1/balance/transactions').set(customer.auth)).body.data;
    expect(ledger.map((entry: { type: string }) => entry.type)).to.deep.equal(['charge_reversal', 'charge', 'topup']);
    expect(ledger.slice(0, 2).map((entry: { description?: string }) => entry.description), 'the returned part names the charge too').to.deep.equal(['Storage, November 2026', 'Storage, November 2026']);
  });

  it('when a balance charge has a description, then its ledger lines (the debit and a reversal) carry it for the customer and support', async () => {
    const t = app();
    const { customer } = await prepaidAccount(t, [], 1_000);
    const billing = await billingAuth(t);
    const paid = await postCharge(t, billing, customer.accountId, { amount: 400, source: 'balance', description: 'Compute, November 2026' });
    expect(paid.status, JSON.stringify(paid.body)).to.equal(201);
    const plain = await postCharge(t, billing, customer.accountId, { amount: 100, source: 'balance' });
    expect(plain.status, JSON.stringify(plain.body)).to.equal(201);

    const ledger = (await t.api.get('/v1/balance/transactions').set(customer.auth)).body.data;
    expect(ledger[1]).to.include({ type: 'charge', charge_id: paid.body.id, description: 'Compute, November 2026' });
    expect(ledger[0], 'a charge without a description shows none').to.not.have.property('description');
    expect(ledger[2], 'a top-up line has no description').to.not.have.property('description');

    const support = { Authorization: `Bearer ${await t.token('agent.ledger', ['support'])}` };
    const view = await t.api.get(`/v1/support/accounts/${customer.accountId}`).set(support);
    expect(view.status, JSON.stringify(view.body)).to.equal(200);
    const supportLine = view.body.balance.ledger.find((entry: { charge_id?: string }) => entry.charge_id === paid.body.id);
    expect(supportLine).to.include({ description: 'Compute, November 2026' });
  });

  it('when the balance pays all but less than the minimum charge, then the card part is raised to the minimum', async () => {
    const t = app();
    const { customer } = await prepaidAccount(t, [], 2_980);
    const response = await postCharge(t, await billingAuth(t), customer.accountId, { amount: 3_000, source: 'balance_then_cards' });
    expect(response.status, JSON.stringify(response.body)).to.equal(201);
    expect(response.body).to.include({ balance_amount: 2_950, card_amount: 50 });
    expect((await balanceOf(t, customer)).available).to.equal(30);
  });

  it('when a balance charge is in another currency, then 422 currency_mismatch', async () => {
    const t = app();
    const { customer } = await prepaidAccount(t, [], 5_000);
    const response = await postCharge(t, await billingAuth(t), customer.accountId, { amount: 2_000, currency: 'EUR', source: 'balance' });
    expect(response.status, JSON.stringify(response.body)).to.equal(422);
    expect(response.body.code).to.equal('currency_mismatch');
  });

  it('when the same key is sent again, or 10 times at once, then the balance part is taken once; another source under it is a reused key', async () => {
    const t = app();
    const { customer } = await prepaidAccount(t, [], 10_000);
    const billing = await billingAuth(t);
    const key = uniqueKey();
    const workers = await Promise.all(Array.from({ length: 10 }, (_, i) => billingAuth(t, `balance-worker-${i}`)));
    const responses = await Promise.all(workers.map((auth) => postCharge(t, auth, customer.accountId, { amount: 1_500, source: 'balance' }, key)));
    expect(responses.every((r) => r.status === 201 || r.status === 409), responses.map((r) => r.status).join(',')).to.equal(true);
    expect((await balanceOf(t, customer)).available).to.equal(8_500);
    const reused = await postCharge(t, billing, customer.accountId, { amount: 1_500, source: 'balance_then_cards' }, key);
    expect(reused.status).to.equal(422);
    expect(reused.body.code).to.equal('idempotency_key_reused');
  });

  it('when 10 balance charges race for a balance that pays 4 of them, then 4 are paid and the balance never goes below zero', async () => {
    const t = app();
    const { customer } = await prepaidAccount(t, [], 4_000);
    const billing = await billingAuth(t);
    const responses = await Promise.all(Array.from({ length: 10 }, () => postCharge(t, billing, customer.accountId, { amount: 1_000, source: 'balance' })));
    expect(responses.filter((r) => r.status === 201)).to.have.length(4);
    expect(responses.filter((r) => r.status === 402).every((r) => r.body.code === 'insufficient_balance')).to.equal(true);
    expect((await balanceOf(t, customer)).available).to.equal(0);
  });
});
