import { expect } from 'chai';
import { answerThreeDSecure, simulatorOf } from '../helpers/card-flow.js';
import { accountWithCards, uniqueKey } from '../helpers/charge-flow.js';
import { balanceOf, onBothDatabases, postTopup } from '../helpers/balance-flow.js';

onBothDatabases('top-ups from a saved card', (app) => {
  it('when the default card pays, then the top-up is paid, credited once, and a receipt with its number is emailed', async () => {
    const t = app();
    const { customer, cards } = await accountWithCards(t, ['pm_card_visa']);
    const response = await postTopup(t, customer, { amount: 10_000 });
    expect(response.status, JSON.stringify(response.body)).to.equal(201);
    expect(response.body.topup).to.include({ status: 'paid', amount: 10_000, currency: 'USD', card_id: cards[0]!.id });
    expect(response.body.topup.number).to.match(/^TU-\d+$/);
    expect(response.body.balance).to.deep.equal({ available: 10_000, currency: 'USD' });
    expect(await balanceOf(t, customer)).to.deep.include({ available: 10_000, pending: 0, currency: 'USD' });

    const ledger = (await t.api.get('/v1/balance/transactions').set(customer.auth)).body;
    expect(ledger.data).to.have.length(1);
    expect(ledger.data[0]).to.include({ type: 'topup', amount: 10_000, balance_after: 10_000, topup_id: response.body.topup.id });
    await t.runJobs();
    const receipt = t.inbox.sentTo(customer.email).find((message) => message.template === 'topup_receipt');
    expect(receipt?.text).to.contain(response.body.topup.number).and.contain('100.00 USD');
  });

  it('when the customer fails 3-D Secure on the chosen card, then confirm answers 402 authentication_failed, the top-up cancelled, and an email says why', async () => {
    const t = app();
    const { customer, cards } = await accountWithCards(t, ['pm_card_visa', 'pm_card_authenticationRequired']);
    const started = await postTopup(t, customer, { amount: 5_000, card_id: cards[1]!.id });
    expect(started.status, JSON.stringify(started.body)).to.equal(202);
    await answerThreeDSecure(t, started.body.next_action.url, 'fail');
    const response = await t.api.post(`/v1/topups/${started.body.topup.id}/confirm`).set(customer.auth);
    expect(response.status, JSON.stringify(response.body)).to.equal(402);
    expect(response.body.code).to.equal('authentication_failed');
    expect(response.body.topup).to.include({ status: 'cancelled', card_id: cards[1]!.id });
    expect(response.body.topup.failure.code).to.equal('authentication_failed');
    expect(await balanceOf(t, customer)).to.deep.include({ available: 0, pending: 0 });
    await t.runJobs();
    const email = t.inbox.sentTo(customer.email).find((message) => message.template === 'topup_cancelled');
    expect(email?.text).to.contain(started.body.topup.number).and.contain('nothing was charged');
  });

  it('when the bank asks for 3-D Secure and the customer completes it, then confirm pays and credits once', async () => {
    const t = app();
    const { customer } = await accountWithCards(t, ['pm_card_authenticationRequired']);
    const started = await postTopup(t, customer, { amount: 20_000 });
    expect(started.status, JSON.stringify(started.body)).to.equal(202);
    expect(started.body.topup.status).to.equal('new');
    expect(started.body.next_action.type).to.equal('redirect');
    expect((await balanceOf(t, customer)).pending).to.equal(20_000);

    await answerThreeDSecure(t, started.body.next_action.url, 'complete');
    const confirmed = await t.api.post(`/v1/topups/${started.body.topup.id}/confirm`).set(customer.auth);
    expect(confirmed.status, JSON.stringify(confirmed.body)).to.equal(201);
    expect(confirmed.body.topup.status).to.equal('paid');
    const again = await t.api.post(`/v1/topups/${started.body.topup.id}/confirm`).set(customer.auth);
    expect(again.status).to.equal(201);
    expect(await balanceOf(t, customer)).to.deep.include({ available: 20_000, pending: 0 });
  });

  it('when the 3-D Secure page is abandoned, then the settler cancels the top-up once its time is up, and nothing is charged', async () => {
    const t = app();
    const { customer } = await accountWithCards(t, ['pm_card_authenticationRequired']);
    const started = await postTopup(t, customer, { amount: 20_000 });
    expect(started.status).to.equal(202);
    await t.runJobs();
    expect((await t.api.get(`/v1/topups/${started.body.topup.id}`).set(customer.auth)).body.status, 'still waiting for the customer').to.equal('new');

    t.clock.advanceSeconds(16 * 60);
    await t.runJobs();
    const settled = (await t.api.get(`/v1/topups/${started.body.topup.id}`).set(customer.auth)).body;
    expect(settled.status).to.equal('cancelled');
    expect(settled.failure.code).to.equal('authentication_abandoned');
    expect(await balanceOf(t, customer)).to.deep.include({ available: 0, pending: 0 });
    // Too late now: the intent was canceled, so answering the page cannot charge the card.
    const intent = await simulatorOf(t).getChallenge(new URL(started.body.next_action.url).pathname.split('/').pop()!);
    expect(intent?.status).to.equal('canceled');
  });

  it('when the 3-D Secure page is completed but the customer never comes back, then the settler pays it', async () => {
    const t = app();
    const { customer } = await accountWithCards(t, ['pm_card_authenticationRequired']);
    const started = await postTopup(t, customer, { amount: 20_000 });
    await answerThreeDSecure(t, started.body.next_action.url, 'complete');
    t.clock.advanceSeconds(16 * 60);
    await t.runJobs();
    expect((await t.api.get(`/v1/topups/${started.body.topup.id}`).set(customer.auth)).body.status).to.equal('paid');
    expect((await balanceOf(t, customer)).available).to.equal(20_000);
  });

  it('when the gateway answer is unknown, then 503 gateway_outcome_unknown with the top-up new, and the settler credits it once', async () => {
    const t = app();
    const { customer } = await accountWithCards(t, ['pm_card_visa']);
    simulatorOf(t).failNext('confirmPayment', 'indeterminate_after_commit');
    const key = uniqueKey('topup');
    const response = await postTopup(t, customer, { amount: 10_000 }, key);
    expect(response.status, JSON.stringify(response.body)).to.equal(503);
    expect(response.body.code).to.equal('gateway_outcome_unknown');
    expect(response.body.topup.status).to.equal('new');

    t.clock.advanceSeconds(10);
    await Promise.all([t.runJobs(), t.runJobs()]);
    const retried = await postTopup(t, customer, { amount: 10_000 }, key);
    expect(retried.status, JSON.stringify(retried.body)).to.equal(201);
    expect(retried.body.topup.status).to.equal('paid');
    expect((await balanceOf(t, customer)).available).to.equal(10_000);
  });

  it('when a new top-up is cancelled, then it is cancelled at the gateway too; a paid one cannot be (409)', async () => {
    const t = app();
    const { customer } = await accountWithCards(t, ['pm_card_authenticationRequired']);
    const started = await postTopup(t, customer, { amount: 10_000 });
    const cancelled = await t.api.post(`/v1/topups/${started.body.topup.id}/cancel`).set(customer.auth);
    expect(cancelled.status, JSON.stringify(cancelled.body)).to.equal(200);
    expect(cancelled.body).to.include({ status: 'cancelled' });
    expect(cancelled.body.failure.code).to.equal('cancelled_by_customer');
    const again = await t.api.post(`/v1/topups/${started.body.topup.id}/cancel`).set(customer.auth);
    expect(again.status).to.equal(409);
    expect(again.body.code).to.equal('topup_not_cancellable');
  });

  it('when top-ups are listed, then newest first, paged with limit, starting_after and has_more', async () => {
    const t = app();
    const { customer } = await accountWithCards(t, ['pm_card_visa']);
    const ids: string[] = [];
    for (const amount of [1_000, 2_000, 3_000]) {
      ids.push((await postTopup(t, customer, { amount })).body.topup.id);
      t.clock.advanceSeconds(1);
    }
    const first = (await t.api.get('/v1/topups?limit=2').set(customer.auth)).body;
    expect(first.data.map((topup: { id: string }) => topup.id)).to.deep.equal([ids[2], ids[1]]);
    expect(first.has_more).to.equal(true);
    const second = (await t.api.get(`/v1/topups?limit=2&starting_after=${ids[1]}`).set(customer.auth)).body;
    expect(second.data.map((topup: { id: string }) => topup.id)).to.deep.equal([ids[0]]);
    expect(second.has_more).to.equal(false);
    const ledger = (await t.api.get('/v1/balance/transactions?limit=2').set(customer.auth)).body;
    expect(ledger.has_more).to.equal(true);
    expect(ledger.data.map((entry: { balance_after: number }) => entry.balance_after)).to.deep.equal([6_000, 3_000]);
  });

  it('when another account reads a top-up, then 404', async () => {
    const t = app();
    const { customer } = await accountWithCards(t, ['pm_card_visa']);
    const other = await accountWithCards(t, ['pm_card_visa']);
    const topup = (await postTopup(t, customer, { amount: 1_000 })).body.topup;
    expect((await t.api.get(`/v1/topups/${topup.id}`).set(other.customer.auth)).status).to.equal(404);
    expect((await t.api.post(`/v1/topups/${topup.id}/cancel`).set(other.customer.auth)).status).to.equal(404);
  });
});
