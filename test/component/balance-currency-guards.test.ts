import { expect } from 'chai';
import { simulatorOf } from '../helpers/card-flow.js';
import { accountWithCards, billingAuth, postCharge, uniqueKey } from '../helpers/charge-flow.js';
import { balanceOf, onBothDatabases, postTopup, fundedAccountWhoseCardDeclinesOffSession } from '../helpers/balance-flow.js';
import { BalanceLedger } from '../../src/features/balance/balance-ledger.js';
import { SupportAuditStore } from '../../src/features/support/support-audit-store.js';

onBothDatabases('the balance currency while money is on its way', (app) => {
  it('when a balance_then_cards charge holds a balance part, then the currency cannot change (409) and the part comes back in its own currency', async () => {
    const t = app();
    const customer = await fundedAccountWhoseCardDeclinesOffSession(t, 1_000);
    simulatorOf(t).failNext('confirmCharge', 'indeterminate');
    const billing = await billingAuth(t);
    const unknown = await postCharge(t, billing, customer.accountId, { amount: 3_000, source: 'balance_then_cards' });
    expect(unknown.status, JSON.stringify(unknown.body)).to.equal(503);
    expect((await balanceOf(t, customer)).available).to.equal(0);

    const change = await t.api.put('/v1/account/preferences').set(customer.auth).send({ currency: 'EUR' });
    expect(change.status, JSON.stringify(change.body)).to.equal(409);
    expect(change.body.code).to.equal('balance_not_empty');
    expect(change.body.detail).to.contain('1000');

    for (let pass = 0; pass < 3; pass += 1) {
      t.clock.advanceSeconds(60);
      await t.runJobs();
    }
    const settled = (await t.api.get(`/v1/accounts/${customer.accountId}/charges/${unknown.body.charge.id}`).set(billing)).body;
    expect(settled.status).to.equal('failed');
    expect(await balanceOf(t, customer)).to.deep.include({ available: 1_000, currency: 'USD' });
    const reversal = await t.db('balance_entries').where({ charge_id: unknown.body.charge.id, type: 'charge_reversal' });
    expect(reversal.map((entry) => [Number(entry.amount), entry.currency])).to.deep.equal([[1_000, 'USD']]);
  });

  it('when the currency changes between a transfer\'s check and its lock, then 422 currency_mismatch and nothing is credited', async () => {
    const t = app();
    const { customer } = await accountWithCards(t, ['pm_card_visa']);
    const support = { Authorization: `Bearer ${await t.token('agent', ['support'])}` };
    // The audit row is written between the first currency check and the lock: change it there.
    const insert = SupportAuditStore.prototype.insert;
    let changed: number | undefined;
    SupportAuditStore.prototype.insert = async function (this: SupportAuditStore, ...args: Parameters<SupportAuditStore['insert']>) {
      if (changed === undefined && args[0].action === 'record_transfer') {
        changed = (await t.api.put('/v1/account/preferences').set(customer.auth).send({ currency: 'EUR' })).status;
      }
      return insert.apply(this, args);
    };
    let response;
    try {
      response = await t.api.post(`/v1/support/accounts/${customer.accountId}/transfers`).set(support).set('Idempotency-Key', uniqueKey('transfer')).send({ amount: 50_000, currency: 'USD', reference: 'WIRE-RACE-1' });
    } finally {
      SupportAuditStore.prototype.insert = insert;
    }
    expect(changed, 'the currency changed in between').to.equal(200);
    expect(response.status, JSON.stringify(response.body)).to.equal(422);
    expect(response.body.code).to.equal('currency_mismatch');
    expect(response.body.detail).to.contain('EUR');
    expect(await balanceOf(t, customer)).to.deep.include({ available: 0, currency: 'EUR' });
    expect(await t.db('balance_entries').where({ account_id: customer.accountId })).to.have.length(0);
  });

  it('when an entry in another currency is posted to a balance, then the ledger refuses it and writes nothing', async () => {
    const t = app();
    const { customer } = await accountWithCards(t, ['pm_card_visa']);
    expect((await postTopup(t, customer, { amount: 1_000 })).status).to.equal(201);
    const ledger = new BalanceLedger(t.db);
    let refused: unknown;
    try {
      await t.db.transaction(async (trx) => {
        const balance = (await ledger.find(customer.accountId, trx))!;
        await ledger.post(trx, balance, { type: 'transfer', amount: 500, currency: 'EUR', transferReference: 'WIRE-EUR' }, new Date().toISOString());
      });
    } catch (error) {
      refused = error;
    }
    expect(String(refused)).to.contain('EUR').and.contain('USD');
    expect(await balanceOf(t, customer)).to.deep.include({ available: 1_000, currency: 'USD' });
  });
});
