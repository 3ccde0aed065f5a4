import { expect } from 'chai';
import { onBothDatabases, postTopup } from '../helpers/balance-flow.js';
import { addActiveCard, accountWithCards, billingAuth, postCharge } from '../helpers/charge-flow.js';
import { onboard, register, uniqueEmail, type Customer } from '../helpers/customer-flow.js';
import { eventsOf } from '../helpers/event-flow.js';
import type { TestApp } from '../helpers/test-app.js';
import { automaticTopups, debit, fundByTransfer, turnOnAutoTopup } from '../helpers/auto-topup-flow.js';

const address = { line1: '5 Market St', city: 'Springfield', country: 'US' };

async function addPayer(t: TestApp, customer: Customer, extra: Record<string, unknown> = {}) {
  const response = await t.api
    .post('/v1/payers')
    .set(customer.auth)
    .send({ kind: 'company', legal_name: 'Client Co', address, receipt_email: uniqueEmail('client'), ...extra });
  expect(response.status, JSON.stringify(response.body)).to.equal(201);
  return response.body as { id: string; receipt_email: string; is_default: boolean };
}

const cardsOf = async (t: TestApp, customer: Customer, payerId?: string) =>
  (await t.api.get('/v1/cards').query(payerId ? { payer_id: payerId } : {}).set(customer.auth)).body.data as Array<{ id: string; payer_id: string; is_default: boolean; position: number }>;

const payersOf = async (t: TestApp, customer: Customer) => (await t.api.get('/v1/payers').set(customer.auth)).body.data as Array<{ id: string; is_default: boolean }>;

/** An account with the holder's cards (default payer) and a second payer with its own cards. */
async function twoPayers(t: TestApp, holderCards: string[], clientCards: string[]) {
  const { customer, cards: holder } = await accountWithCards(t, holderCards);
  const client = await addPayer(t, customer);
  const theirs = [];
  for (const paymentMethod of clientCards) theirs.push(await addActiveCard(t, customer, paymentMethod, { payer_id: client.id }));
  return { customer, holder, client, clientCards: theirs, holderPayer: (await payersOf(t, customer))[0]! };
}

onBothDatabases('payers', (app) => {
  it('when an account finishes onboarding, then the account holder is its default payer and its first card is that payer\'s', async () => {
    const t = app();
    const customer = await onboard(t);
    const payers = (await t.api.get('/v1/payers').set(customer.auth)).body.data;
    expect(payers).to.have.length(1);
    expect(payers[0]).to.include({ kind: 'individual', legal_name: 'Ada Lovelace', receipt_email: customer.email, is_default: true });
    expect(payers[0].id).to.match(/^py_[0-9A-Za-z]{20}$/);
    expect(payers[0].address).to.deep.include({ line1: '1 Main St', country: 'US' });
    const card = await addActiveCard(t, customer, 'pm_card_visa');
    expect(card).to.include({ payer_id: payers[0].id, is_default: true });
    expect((await t.api.get(`/v1/payers/${payers[0].id}`).set(customer.auth)).body).to.deep.equal(payers[0]);
  });

  it('when a second payer adds cards, then its first card is its own default, the holder keeps theirs, and the cards list by payer', async () => {
    const t = app();
    const { customer, holder, client, clientCards, holderPayer } = await twoPayers(t, ['pm_card_visa', 'pm_card_mastercard'], ['pm_card_amex', 'pm_card_discover']);
    expect(clientCards[0]).to.include({ payer_id: client.id, is_default: true });
    expect(clientCards[1]).to.include({ payer_id: client.id, is_default: false });

    const mine = await cardsOf(t, customer, client.id);
    expect(mine.map((card) => [card.id, card.is_default, card.position])).to.deep.equal([[clientCards[0]!.id, true, 0], [clientCards[1]!.id, false, 1]]);
    // Without payer_id: every card, grouped by payer, the default payer first.
    const all = await cardsOf(t, customer);
    expect(all.map((card) => card.id)).to.deep.equal([holder[0]!.id, holder[1]!.id, clientCards[0]!.id, clientCards[1]!.id]);
    expect(all.filter((card) => card.is_default).map((card) => card.payer_id)).to.deep.equal([holderPayer.id, client.id]);

    // The default is per payer: making the client's second card its default leaves the holder's.
    const made = await t.api.post(`/v1/cards/${clientCards[1]!.id}/default`).set(customer.auth);
    expect(made.status, JSON.stringify(made.body)).to.equal(200);
    expect((await cardsOf(t, customer, client.id)).map((card) => [card.id, card.is_default])).to.deep.equal([[clientCards[1]!.id, true], [clientCards[0]!.id, false]]);
    expect((await cardsOf(t, customer, holderPayer.id))[0]).to.include({ id: holder[0]!.id, is_default: true });

    // The charge order is per payer: naming another payer's card is refused, the payer's own accepted.
    const mixed = await t.api.put('/v1/cards/order').set(customer.auth).send({ payer_id: client.id, card_ids: [holder[0]!.id, clientCards[0]!.id] });
    expect(mixed.status).to.equal(422);
    const ordered = await t.api.put('/v1/cards/order').set(customer.auth).send({ payer_id: client.id, card_ids: [clientCards[0]!.id, clientCards[1]!.id] });
    expect(ordered.status, JSON.stringify(ordered.body)).to.equal(200);
    expect(ordered.body.data.map((card: { id: string }) => card.id)).to.deep.equal([clientCards[0]!.id, clientCards[1]!.id]);
    // Without payer_id the order is the default payer's, as before payers.
    const holderOrder = await t.api.put('/v1/cards/order').set(customer.auth).send({ card_ids: [holder[1]!.id, holder[0]!.id] });
    expect(holderOrder.status, JSON.stringify(holderOrder.body)).to.equal(200);
    expect(holderOrder.body.data.map((card: { id: string }) => card.id)).to.deep.equal([holder[1]!.id, holder[0]!.id]);

    // A payer's default cannot be deleted while it has other cards.
    expect((await t.api.delete(`/v1/cards/${clientCards[0]!.id}`).set(customer.auth)).status).to.equal(409);
    expect((await t.api.get('/v1/cards').query({ payer_id: 'py_nosuchpayer000000000' }).set(customer.auth)).status).to.equal(404);
  });

  it('when a charge names a payer, then only its cards are tried; without one, the default payer\'s', async () => {
    const t = app();
    const { customer, holder, client, clientCards } = await twoPayers(t, ['pm_card_visa'], ['pm_card_mastercard', 'pm_card_amex']);
    const billing = await billingAuth(t);
    const forClient = await postCharge(t, billing, customer.accountId, { amount: 2_500, payer_id: client.id });
    expect(forClient.status, JSON.stringify(forClient.body)).to.equal(201);
    expect(forClient.body).to.include({ status: 'succeeded', card_id: clientCards[0]!.id, payer_id: client.id });
    const forHolder = await postCharge(t, billing, customer.accountId, { amount: 2_500 });
    expect(forHolder.status, JSON.stringify(forHolder.body)).to.equal(201);
    expect(forHolder.body).to.include({ card_id: holder[0]!.id });
    expect(forHolder.body.payer_id).to.not.equal(client.id);
    const unknown = await postCharge(t, billing, customer.accountId, { amount: 2_500, payer_id: 'py_nosuchpayer000000000' });
    expect(unknown.status).to.equal(404);
  });

  it('when every card of a payer declines, then the charge fails without trying another payer\'s cards', async () => {
    const t = app();
    // authenticationRequired verifies with 3-D Secure, then declines every off-session charge.
    const { customer, holder, client, clientCards } = await twoPayers(t, ['pm_card_visa'], ['pm_card_authenticationRequired', 'pm_card_threeDSecure2Required']);
    const billing = await billingAuth(t);
    const charge = await postCharge(t, billing, customer.accountId, { amount: 4_000, payer_id: client.id });
    expect(charge.status, JSON.stringify(charge.body)).to.equal(402);
    expect(charge.body.code).to.equal('all_cards_declined');
    const tried = charge.body.charge.attempts.map((attempt: { card_id: string }) => attempt.card_id);
    expect(tried).to.have.members(clientCards.map((card) => card.id));
    expect(tried).to.not.include(holder[0]!.id);
    expect(charge.body.charge.payer_id).to.equal(client.id);
  });

  it('when a top-up names a payer, then its default card pays, a card of another payer is refused, and the receipt goes to the payer\'s email', async () => {
    const t = app();
    const { customer, holder, client, clientCards } = await twoPayers(t, ['pm_card_visa'], ['pm_card_mastercard']);
    const refused = await postTopup(t, customer, { amount: 5_000, payer_id: client.id, card_id: holder[0]!.id });
    expect(refused.status, JSON.stringify(refused.body)).to.equal(404);

    const paid = await postTopup(t, customer, { amount: 5_000, payer_id: client.id });
    expect(paid.status, JSON.stringify(paid.body)).to.equal(201);
    expect(paid.body.topup).to.include({ status: 'paid', card_id: clientCards[0]!.id, payer_id: client.id });
    const holderTopup = await postTopup(t, customer, { amount: 3_000 });
    expect(holderTopup.status, JSON.stringify(holderTopup.body)).to.equal(201);
    expect(holderTopup.body.topup.card_id).to.equal(holder[0]!.id);

    await t.runJobs();
    const clientReceipts = t.inbox.sentTo(client.receipt_email).filter((message) => message.template === 'topup_receipt');
    expect(clientReceipts.map((message) => message.text).join('\n')).to.contain(paid.body.topup.number);
    expect(clientReceipts.map((message) => message.text).join('\n')).to.not.contain(holderTopup.body.topup.number);
    const holderReceipts = t.inbox.sentTo(customer.email).filter((message) => message.template === 'topup_receipt').map((message) => message.text).join('\n');
    expect(holderReceipts).to.contain(holderTopup.body.topup.number).and.not.contain(paid.body.topup.number);
  });

  it('when a top-up for a payer saves a new card, then the card joins that payer and, its first card, becomes its default once paid', async () => {
    const t = app();
    const { customer, client } = await twoPayers(t, ['pm_card_visa'], []);
    const paid = await postTopup(t, customer, { amount: 5_000, payer_id: client.id, payment_method: 'pm_card_mastercard', save_card: true });
    expect(paid.status, JSON.stringify(paid.body)).to.equal(201);
    expect(paid.body.topup.payer_id).to.equal(client.id);
    const theirs = await cardsOf(t, customer, client.id);
    expect(theirs.map((card) => [card.id, card.payer_id, card.is_default])).to.deep.equal([[paid.body.topup.card_id, client.id, true]]);
    expect((await cardsOf(t, customer)).filter((card) => card.is_default)).to.have.length(2);
    // Its default pays the payer's next top-up.
    const next = await postTopup(t, customer, { amount: 1_000, payer_id: client.id });
    expect(next.status, JSON.stringify(next.body)).to.equal(201);
    expect(next.body.topup.card_id).to.equal(paid.body.topup.card_id);
  });

  it('when an automatic top-up has no card of its own, then the default payer\'s default card pays it, for that payer', async () => {
    const t = app();
    const { customer, holder, holderPayer } = await twoPayers(t, ['pm_card_visa'], ['pm_card_mastercard']);
    await fundByTransfer(t, customer, 10_000);
    await turnOnAutoTopup(t, customer, { threshold: 5_000, amount: 20_000 });
    await debit(t, customer, 6_000);
    await t.runJobs();
    const [automatic] = await automaticTopups(t, customer);
    expect(automatic).to.include({ status: 'paid', card_id: holder[0]!.id, payer_id: holderPayer.id });
  });

  it('when the default payer\'s receipt_email is changed, then its receipts go there and to the account\'s email', async () => {
    const t = app();
    const { customer, holderPayer } = await twoPayers(t, ['pm_card_visa'], []);
    const accountant = uniqueEmail('accountant');
    const patched = await t.api.patch(`/v1/payers/${holderPayer.id}`).set(customer.auth).send({ receipt_email: accountant });
    expect(patched.status, JSON.stringify(patched.body)).to.equal(200);
    const topup = await postTopup(t, customer, { amount: 2_000 });
    expect(topup.status, JSON.stringify(topup.body)).to.equal(201);
    await t.runJobs();
    for (const to of [accountant, customer.email]) {
      expect(t.inbox.sentTo(to).some((message) => message.template === 'topup_receipt' && message.text.includes(topup.body.topup.number)), to).to.equal(true);
    }
    const events = await eventsOf(t, await billingAuth(t), { account_id: customer.accountId, type: 'payer.updated' });
    expect(events.map((event) => event.data.object), 'billing hears of the change').to.deep.equal([{ object: 'payer', ...patched.body }]);
  });

  it('when a payer still has cards or is the default, then it cannot be deleted (409 payer_in_use); once its last card is gone, it can', async () => {
    const t = app();
    const { customer, client, clientCards, holderPayer } = await twoPayers(t, ['pm_card_visa'], ['pm_card_mastercard']);
    const inUse = await t.api.delete(`/v1/payers/${client.id}`).set(customer.auth);
    expect(inUse.status).to.equal(409);
    expect(inUse.body.code).to.equal('payer_in_use');
    const theDefault = await t.api.delete(`/v1/payers/${holderPayer.id}`).set(customer.auth);
    expect(theDefault.status).to.equal(409);
    expect(theDefault.body.code).to.equal('payer_in_use');

    // The only card of a payer that is not the default payer may go, default or not.
    expect((await t.api.delete(`/v1/cards/${clientCards[0]!.id}`).set(customer.auth)).status).to.equal(204);
    expect((await t.api.delete(`/v1/payers/${client.id}`).set(customer.auth)).status).to.equal(204);
    expect((await t.api.get(`/v1/payers/${client.id}`).set(customer.auth)).status).to.equal(404);
    expect((await payersOf(t, customer)).map((payer) => payer.id)).to.deep.equal([holderPayer.id]);
  });

  it('when a payer has a past-due charge, then it cannot be deleted, even with its cards gone: the charge is still to be collected from it', async () => {
    const t = app();
    const { customer, client, clientCards } = await twoPayers(t, ['pm_card_visa'], ['pm_card_simulatorDeclinesTryAgainLater']);
    const billing = await billingAuth(t);
    const charge = await postCharge(t, billing, customer.accountId, { amount: 900, payer_id: client.id, on_failure: 'retry' });
    expect(charge.body.charge.status, JSON.stringify(charge.body)).to.equal('past_due');
    expect((await t.api.delete(`/v1/cards/${clientCards[0]!.id}`).set(customer.auth)).status).to.equal(204);

    const refused = await t.api.delete(`/v1/payers/${client.id}`).set(customer.auth);

    expect(refused.status).to.equal(409);
    expect(refused.body.code).to.equal('payer_in_use');
    expect((await t.api.post(`/v1/accounts/${customer.accountId}/charges/${charge.body.charge.id}/cancel`).set(billing)).status).to.equal(200);
    expect((await t.api.delete(`/v1/payers/${client.id}`).set(customer.auth)).status).to.equal(204);
  });

  it('when a payer is made the default, then cards and top-ups without payer_id use it', async () => {
    const t = app();
    const { customer, client, clientCards, holderPayer } = await twoPayers(t, ['pm_card_visa'], ['pm_card_mastercard']);
    const made = await t.api.post(`/v1/payers/${client.id}/default`).set(customer.auth);
    expect(made.status, JSON.stringify(made.body)).to.equal(200);
    expect(made.body.is_default).to.equal(true);
    expect((await payersOf(t, customer)).map((payer) => [payer.id, payer.is_default])).to.deep.equal([[client.id, true], [holderPayer.id, false]]);
    const topup = await postTopup(t, customer, { amount: 2_000 });
    expect(topup.status, JSON.stringify(topup.body)).to.equal(201);
    expect(topup.body.topup).to.include({ card_id: clientCards[0]!.id, payer_id: client.id });
    const events = await eventsOf(t, await billingAuth(t), { account_id: customer.accountId, type: 'payer.updated' });
    expect(events.map((event) => [event.data.object.id, event.data.object.is_default])).to.deep.equal([[client.id, true]]);
  });

  it('when an account has not saved its details yet, then it has no payer and cannot add one (409 onboarding_incomplete)', async () => {
    const t = app();
    const customer = await register(t);
    expect((await t.api.get('/v1/payers').set(customer.auth)).body.data).to.deep.equal([]);
    const early = await t.api.post('/v1/payers').set(customer.auth).send({ kind: 'company', legal_name: 'Too Early Ltd', address, receipt_email: uniqueEmail() });
    expect(early.status).to.equal(409);
    expect(early.body.code).to.equal('onboarding_incomplete');
    expect((await t.api.get('/v1/payers').set(customer.auth)).body.data).to.deep.equal([]);
  });

  it('when an account has MAX_PAYERS_PER_ACCOUNT payers, then another is refused (409 payer_limit_reached)', async () => {
    const t = app();
    const customer = await onboard(t);
    for (let made = 1; made < 10; made += 1) await addPayer(t, customer, { kind: 'individual', legal_name: `Payer ${made}` });
    const over = await t.api.post('/v1/payers').set(customer.auth).send({ kind: 'company', legal_name: 'One too many', address, receipt_email: uniqueEmail() });
    expect(over.status).to.equal(409);
    expect(over.body.code).to.equal('payer_limit_reached');
    expect(await payersOf(t, customer)).to.have.length(10);
  });

  it('when a Chilean payer gives a RUT, then it is checked like the card holder\'s: a bad check digit is 422 invalid_rut, a good one is kept normalized', async () => {
    const t = app();
    const customer = await onboard(t, 'CL');
    const chile = { line1: 'Av. Providencia 1234', city: 'Santiago', country: 'CL' };
    const bad = await t.api.post('/v1/payers').set(customer.auth).send({ kind: 'company', legal_name: 'Filial SpA', address: chile, receipt_email: uniqueEmail(), tax_id: '12.345.678-9' });
    expect(bad.status).to.equal(422);
    expect(bad.body.code).to.equal('invalid_rut');
    const other = await t.api.post('/v1/payers').set(customer.auth).send({ kind: 'company', legal_name: 'Filial SpA', address: chile, receipt_email: uniqueEmail(), tax_id: '12.345.678-5', tax_id_type: 'VAT' });
    expect(other.status).to.equal(422);
    const good = await addPayer(t, customer, { legal_name: 'Filial SpA', address: chile, tax_id: '12.345.678-5' });
    expect(good).to.include({ tax_id: '12345678-5', tax_id_type: 'RUT' });
    expect((await payersOf(t, customer))).to.have.length(2);
  });

  it('when defaults are set on two payers\' cards at once, again and again, then each payer keeps exactly one default, and the database refuses a second', async () => {
    const t = app();
    const { customer, holder, clientCards, client, holderPayer } = await twoPayers(t, ['pm_card_visa', 'pm_card_mastercard'], ['pm_card_amex', 'pm_card_discover']);
    for (let round = 0; round < 4; round += 1) {
      const targets = [holder[round % 2]!.id, holder[(round + 1) % 2]!.id, clientCards[round % 2]!.id, clientCards[(round + 1) % 2]!.id];
      const answers = await Promise.all(targets.map((id) => t.api.post(`/v1/cards/${id}/default`).set(customer.auth)));
      expect(answers.map((answer) => answer.status)).to.deep.equal([200, 200, 200, 200]);
      for (const payerId of [holderPayer.id, client.id]) {
        const cards = await cardsOf(t, customer, payerId);
        expect(cards.filter((card) => card.is_default), payerId).to.have.length(1);
        expect(cards.map((card) => card.position).sort()).to.deep.equal([0, 1]);
      }
    }
    const second = await t.db('cards').where({ id: (await cardsOf(t, customer, client.id)).find((card) => !card.is_default)!.id }).update({ is_default: true }).then(() => 'accepted', () => 'refused');
    expect(second).to.equal('refused');
  });

  it('when support views the account, then it lists the payers and every card, charge and top-up names its payer', async () => {
    const t = app();
    const { customer, client, clientCards, holderPayer } = await twoPayers(t, ['pm_card_visa'], ['pm_card_mastercard']);
    expect((await postCharge(t, await billingAuth(t), customer.accountId, { amount: 1_000, payer_id: client.id })).status).to.equal(201);
    expect((await postTopup(t, customer, { amount: 2_000 })).status).to.equal(201);
    const support = { Authorization: `Bearer ${await t.token('agent.payers', ['support'])}` };
    const view = await t.api.get(`/v1/support/accounts/${customer.accountId}`).set(support);
    expect(view.status, JSON.stringify(view.body)).to.equal(200);
    expect(view.body.payers.map((payer: { id: string }) => payer.id)).to.deep.equal([holderPayer.id, client.id]);
    expect(view.body.cards.find((card: { id: string }) => card.id === clientCards[0]!.id).payer_id).to.equal(client.id);
    expect(view.body.charges[0].payer_id).to.equal(client.id);
    expect(view.body.balance.topups[0].payer_id).to.equal(holderPayer.id);
  });
});
