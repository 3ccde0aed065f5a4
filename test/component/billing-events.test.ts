import { expect } from 'chai';
import { answerThreeDSecure } from '../helpers/card-flow.js';
import { onBothDatabases, postTopup } from '../helpers/balance-flow.js';
import { accountWithCards, billingAuth, postCharge } from '../helpers/charge-flow.js';
import { eventsOf } from '../helpers/event-flow.js';
import { postTicket, supportAuth, ticketFields, uniqueReference } from '../helpers/ticket-flow.js';

onBothDatabases('billing events: recorded with the change, read through GET /v1/events', (app) => {
  it('when a charge succeeds and another fails, then charge.succeeded and charge.failed carry each charge as billing reads it', async () => {
    const t = app();
    const billing = await billingAuth(t);
    const paying = await accountWithCards(t, ['pm_card_visa']);
    const declining = await accountWithCards(t, ['pm_card_authenticationRequired']);

    const paid = await postCharge(t, billing, paying.customer.accountId, { amount: 1_500 });
    expect(paid.status, JSON.stringify(paid.body)).to.equal(201);
    const failed = await postCharge(t, billing, declining.customer.accountId, { amount: 2_500 });
    expect(failed.status, JSON.stringify(failed.body)).to.equal(402);

    const [succeeded] = await eventsOf(t, billing, { account_id: paying.customer.accountId, type: 'charge.succeeded' });
    expect(succeeded!.id).to.match(/^evt_[0-9A-Za-z]{20}$/);
    expect(succeeded).to.deep.include({ type: 'charge.succeeded', account_id: paying.customer.accountId });
    const charge = (await t.api.get(`/v1/accounts/${paying.customer.accountId}/charges/${paid.body.id}`).set(billing)).body;
    expect(succeeded!.data.object).to.deep.equal({ object: 'charge', ...charge });
    const [failure] = await eventsOf(t, billing, { account_id: declining.customer.accountId, type: 'charge.failed' });
    expect(failure!.data.object).to.deep.include({ id: failed.body.charge.id, status: 'failed', failure_code: 'all_cards_declined', amount: 2_500 });
    expect(await eventsOf(t, billing, { account_id: declining.customer.accountId, type: 'charge.succeeded' })).to.deep.equal([]);
  });

  it('when a top-up is paid and another is cancelled, then topup.paid and topup.cancelled are recorded once each', async () => {
    const t = app();
    const billing = await billingAuth(t);
    const { customer, cards } = await accountWithCards(t, ['pm_card_visa', 'pm_card_authenticationRequired']);
    const paid = await postTopup(t, customer, { amount: 10_000 });
    expect(paid.status, JSON.stringify(paid.body)).to.equal(201);
    const started = await postTopup(t, customer, { amount: 5_000, card_id: cards[1]!.id });
    expect(started.status, JSON.stringify(started.body)).to.equal(202);
    await answerThreeDSecure(t, started.body.next_action.url, 'fail');
    expect((await t.api.post(`/v1/topups/${started.body.topup.id}/confirm`).set(customer.auth)).status).to.equal(402);
    // Confirming again changes nothing, and records nothing more.
    await t.api.post(`/v1/topups/${started.body.topup.id}/confirm`).set(customer.auth);

    const events = await eventsOf(t, billing, { account_id: customer.accountId });
    expect(events.map((event) => [event.type, event.data.object.id])).to.deep.equal([
      ['topup.cancelled', started.body.topup.id],
      ['topup.paid', paid.body.topup.id],
    ]);
    expect(events[1]!.data.object).to.include({ object: 'topup', status: 'paid', amount: 10_000, currency: 'USD', account_id: customer.accountId });
    expect(events[0]!.data.object).to.include({ status: 'cancelled' });
  });

  it('when a customer sends transfer tickets and support rejects one and credits the other, then transfer_ticket.submitted, .rejected and .credited are recorded', async () => {
    const t = app();
    const billing = await billingAuth(t);
    const support = await supportAuth(t);
    const { customer } = await accountWithCards(t, []);
    const ticket = await postTicket(t, customer);
    expect(ticket.status, JSON.stringify(ticket.body)).to.equal(201);
    const rejected = await t.api.post(`/v1/support/transfer-tickets/${ticket.body.id}/reject`).set(support).send({ reason: 'The certificate is unreadable.' });
    expect(rejected.status, JSON.stringify(rejected.body)).to.equal(200);
    const another = await postTicket(t, customer, ticketFields({ reference: uniqueReference() }));
    expect(another.status, JSON.stringify(another.body)).to.equal(201);
    const credited = await t.api.post(`/v1/support/transfer-tickets/${another.body.id}/credit`).set(support);
    expect(credited.status, JSON.stringify(credited.body)).to.equal(200);

    const events = await eventsOf(t, billing, { account_id: customer.accountId });
    expect(events.map((event) => [event.type, event.data.object.id])).to.deep.equal([
      ['transfer_ticket.credited', another.body.id],
      ['transfer_ticket.submitted', another.body.id],
      ['transfer_ticket.rejected', ticket.body.id],
      ['transfer_ticket.submitted', ticket.body.id],
    ]);
    expect(events[2]!.data.object).to.include({ object: 'transfer_ticket', status: 'rejected', rejection_reason: 'The certificate is unreadable.', account_id: customer.accountId });
    expect(events[0]!.data.object).to.include({ status: 'credited', transaction_id: credited.body.ticket.transaction_id });
    expect(events[0]!.data.object).to.not.have.property('decided_by');
  });

  it('when events are paged and filtered, then newest first, pages meet without gaps, and type and account_id narrow them', async () => {
    const t = app();
    const billing = await billingAuth(t);
    const { customer } = await accountWithCards(t, ['pm_card_visa']);
    const ids: string[] = [];
    for (let i = 0; i < 5; i += 1) ids.push((await postCharge(t, billing, customer.accountId, { amount: 1_000 + i })).body.id);

    const first = await t.api.get('/v1/events').set(billing).query({ account_id: customer.accountId, limit: 2 });
    expect(first.status).to.equal(200);
    expect(first.body.has_more).to.equal(true);
    expect(first.body.data.map((event: { data: { object: { id: string } } }) => event.data.object.id)).to.deep.equal([ids[4], ids[3]]);
    const second = await t.api.get('/v1/events').set(billing).query({ account_id: customer.accountId, limit: 2, starting_after: first.body.data[1].id });
    expect(second.body.data.map((event: { data: { object: { id: string } } }) => event.data.object.id)).to.deep.equal([ids[2], ids[1]]);
    const last = await t.api.get('/v1/events').set(billing).query({ account_id: customer.accountId, limit: 2, starting_after: second.body.data[1].id });
    expect(last.body).to.deep.include({ has_more: false });
    expect(last.body.data.map((event: { data: { object: { id: string } } }) => event.data.object.id)).to.deep.equal([ids[0]]);

    expect(await eventsOf(t, billing, { account_id: customer.accountId, type: 'topup.paid' })).to.deep.equal([]);
    const all = await eventsOf(t, billing, { type: 'charge.succeeded' });
    expect(all.every((event) => event.type === 'charge.succeeded')).to.equal(true);
    expect(all.filter((event) => event.account_id === customer.accountId)).to.have.length(5);

    const unknown = await t.api.get('/v1/events').set(billing).query({ type: 'charge.exploded' });
    expect(unknown.status).to.equal(422);
    expect(unknown.body.code).to.equal('validation_failed');
  });

  it('when support reads the events, then 200 and the read is audited; an account token gets 403 and no token 401', async () => {
    const t = app();
    const billing = await billingAuth(t);
    const { customer } = await accountWithCards(t, ['pm_card_visa']);
    expect((await postCharge(t, billing, customer.accountId, { amount: 1_000 })).status).to.equal(201);
    const support = await supportAuth(t, 'agent.events');

    const read = await t.api.get('/v1/events').set(support).query({ account_id: customer.accountId });
    expect(read.status).to.equal(200);
    expect(read.body.data.map((event: { type: string }) => event.type)).to.deep.equal(['charge.succeeded']);
    const audit = await t.api.get('/v1/support/audit').set(support).query({ actor: 'agent.events' });
    expect(audit.body.data.map((event: { action: string }) => event.action)).to.include('list_events');

    const asCustomer = await t.api.get('/v1/events').set(customer.auth);
    expect(asCustomer.status).to.equal(403);
    expect(asCustomer.body.code).to.equal('forbidden');
    const anonymous = await t.api.get('/v1/events');
    expect(anonymous.status).to.equal(401);
    expect(anonymous.body.code).to.equal('unauthenticated');
  });

  it('when events are older than EVENT_RETENTION_DAYS, then the retention job deletes them and keeps the newer ones', async () => {
    const t = app();
    const billing = await billingAuth(t);
    const { customer } = await accountWithCards(t, ['pm_card_visa']);
    const old = await postCharge(t, billing, customer.accountId, { amount: 1_000 });
    t.clock.advanceSeconds(29 * 86_400);
    await t.runJobs();
    expect((await eventsOf(t, billing, { account_id: customer.accountId })).map((event) => event.data.object.id), 'kept for 30 days').to.deep.equal([old.body.id]);

    const recent = await postCharge(t, billing, customer.accountId, { amount: 2_000 });
    t.clock.advanceSeconds(2 * 86_400);
    await t.runJobs();

    expect((await eventsOf(t, billing, { account_id: customer.accountId })).map((event) => event.data.object.id)).to.deep.equal([recent.body.id]);
  });
});
