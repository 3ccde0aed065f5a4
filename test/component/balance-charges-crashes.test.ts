import { expect } from 'chai';
import { accountWithCards, billingAuth, postCharge } from '../helpers/charge-flow.js';
import { balanceOf, onBothDatabases, postTopup, fundedAccountWhoseCardDeclinesOffSession } from '../helpers/balance-flow.js';
import { BalanceCharges } from '../../src/features/balance/balance-charges.js';
import { ChargeFallback } from '../../src/features/charges/charge-fallback.js';
import type { TestApp } from '../helpers/test-app.js';

/** Runs `request` while `method` of `prototype` throws once: the process "dies" at that point. */
async function crashingOnce<T>(prototype: object, method: string, request: () => Promise<T>): Promise<T> {
  const target = prototype as Record<string, (...args: unknown[]) => Promise<unknown>>;
  const original = target[method]!;
  let crashed = false;
  target[method] = async function (this: unknown, ...args: unknown[]) {
    if (!crashed) {
      crashed = true;
      throw new Error('simulated crash');
    }
    return original.apply(this, args);
  };
  try {
    return await request();
  } finally {
    target[method] = original;
    expect(crashed, `${method} was reached`).to.equal(true);
  }
}

async function recover(t: TestApp): Promise<void> {
  for (let pass = 0; pass < 3; pass += 1) {
    t.clock.advanceSeconds(120);
    await Promise.all([t.runJobs(), t.runJobs()]);
  }
}

onBothDatabases('charges from the balance when the process dies mid-charge', (app) => {
  it('when the process dies after the balance part is taken and recovery has the card pay, then the part stays taken, once', async () => {
    const t = app();
    const { customer } = await accountWithCards(t, ['pm_card_visa']);
    expect((await postTopup(t, customer, { amount: 1_000 })).status).to.equal(201);
    const billing = await billingAuth(t);
    const crashed = await crashingOnce(ChargeFallback.prototype, 'advance', () => postCharge(t, billing, customer.accountId, { amount: 3_000, source: 'balance_then_cards' }));
    expect(crashed.status).to.equal(500);
    expect((await balanceOf(t, customer)).available, 'the part is held while the charge is unfinished').to.equal(0);

    await recover(t);
    const charges = (await t.api.get(`/v1/accounts/${customer.accountId}/charges`).set(billing)).body.data;
    expect(charges).to.have.length(1);
    expect(charges[0]).to.include({ status: 'succeeded', balance_amount: 1_000, card_amount: 2_000 });
    expect((await balanceOf(t, customer)).available).to.equal(0);
    const entries = await t.db('balance_entries').where({ charge_id: charges[0].id });
    expect(entries.map((entry) => [entry.type, Number(entry.amount)])).to.deep.equal([['charge', -1_000]]);
  });

  it('when the process dies between the charge failing and its reversal, then recovery returns the balance part exactly once', async () => {
    const t = app();
    const customer = await fundedAccountWhoseCardDeclinesOffSession(t, 1_000);
    const billing = await billingAuth(t);
    // Off session the card declines (authentication_required): the charge fails, then the reversal crashes.
    await crashingOnce(BalanceCharges.prototype, 'reverseIfFailed', () => postCharge(t, billing, customer.accountId, { amount: 3_000, source: 'balance_then_cards' }));
    const charge = (await t.api.get(`/v1/accounts/${customer.accountId}/charges`).set(billing)).body.data[0];
    expect(charge.status).to.equal('failed');
    expect((await balanceOf(t, customer)).available, 'not returned yet').to.equal(0);
    const refused = await t.api.put('/v1/account/preferences').set(customer.auth).send({ currency: 'EUR' });
    expect(refused.status, 'the part is still on its way back').to.equal(409);

    await recover(t);
    expect((await balanceOf(t, customer)).available).to.equal(1_000);
    const reversals = await t.db('balance_entries').where({ charge_id: charge.id, type: 'charge_reversal' });
    expect(reversals.map((entry) => [Number(entry.amount), entry.currency])).to.deep.equal([[1_000, 'USD']]);
  });
});
