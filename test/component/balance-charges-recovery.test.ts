import { expect } from 'chai';
import { simulatorOf } from '../helpers/card-flow.js';
import { accountWithCards, billingAuth, postCharge } from '../helpers/charge-flow.js';
import { balanceOf, onBothDatabases, postTopup, fundedAccountWhoseCardDeclinesOffSession } from '../helpers/balance-flow.js';

onBothDatabases('charges from the balance left processing, settled by recovery', (app) => {
  it('when the card outcome is unknown and recovery finds the card paid, then the balance part stays taken', async () => {
    const t = app();
    const { customer } = await accountWithCards(t, ['pm_card_visa']);
    expect((await postTopup(t, customer, { amount: 1_000 })).status).to.equal(201);
    simulatorOf(t).failNext('confirmCharge', 'indeterminate_after_commit');
    const billing = await billingAuth(t);
    const unknown = await postCharge(t, billing, customer.accountId, { amount: 3_000, source: 'balance_then_cards' });
    expect(unknown.status, JSON.stringify(unknown.body)).to.equal(503);
    expect(unknown.body.charge).to.include({ status: 'processing', balance_amount: 1_000, card_amount: 2_000 });
    expect((await balanceOf(t, customer)).available, 'the balance part is held while the card is unknown').to.equal(0);

    t.clock.advanceSeconds(6);
    await t.runJobs();
    const settled = (await t.api.get(`/v1/accounts/${customer.accountId}/charges/${unknown.body.charge.id}`).set(billing)).body;
    expect(settled.status).to.equal('succeeded');
    expect((await balanceOf(t, customer)).available).to.equal(0);
  });

  it('when the card outcome is unknown and recovery ends with every card declining, then the balance part comes back once', async () => {
    const t = app();
    const customer = await fundedAccountWhoseCardDeclinesOffSession(t, 1_000);
    simulatorOf(t).failNext('confirmCharge', 'indeterminate');
    const billing = await billingAuth(t);
    const unknown = await postCharge(t, billing, customer.accountId, { amount: 3_000, source: 'balance_then_cards' });
    expect(unknown.status, JSON.stringify(unknown.body)).to.equal(503);
    expect((await balanceOf(t, customer)).available).to.equal(0);

    for (let pass = 0; pass < 3; pass += 1) {
      t.clock.advanceSeconds(60);
      await Promise.all([t.runJobs(), t.runJobs()]);
    }
    const settled = (await t.api.get(`/v1/accounts/${customer.accountId}/charges/${unknown.body.charge.id}`).set(billing)).body;
    expect(settled.status).to.equal('failed');
    expect((await balanceOf(t, customer)).available, 'the balance is as before the charge').to.equal(1_000);
    const reversals = await t.db('balance_entries').where({ charge_id: unknown.body.charge.id, type: 'charge_reversal' });
    expect(reversals).to.have.length(1);
  });
});
