import { expect } from 'chai';
import { accountWithCards, billingAuth, postCharge, uniqueKey } from '../helpers/charge-flow.js';
import { balanceOf, onBothDatabases, postTopup } from '../helpers/balance-flow.js';

const MOBILE = '+12015550123'; // the sample US mobile the onboarding helper verifies

onBothDatabases('bank transfers and the low-balance alert', (app) => {
  it('when support records a transfer, then it is credited once per reference (409 transfer_already_credited) and audited', async () => {
    const t = app();
    const { customer } = await accountWithCards(t, ['pm_card_visa']);
    const support = { Authorization: `Bearer ${await t.token('alice', ['support'])}` };
    const transfer = (key: string, body: Record<string, unknown>) =>
      t.api.post(`/v1/support/accounts/${customer.accountId}/transfers`).set(support).set('Idempotency-Key', key).send(body);

    const credited = await transfer(uniqueKey('transfer'), { amount: 50_000, currency: 'usd', reference: 'WIRE-2026-0042' });
    expect(credited.status, JSON.stringify(credited.body)).to.equal(201);
    expect(credited.body.transaction).to.include({ type: 'transfer', amount: 50_000, balance_after: 50_000, transfer_reference: 'WIRE-2026-0042' });
    const twice = await transfer(uniqueKey('transfer'), { amount: 50_000, currency: 'USD', reference: 'WIRE-2026-0042' });
    expect(twice.status).to.equal(409);
    expect(twice.body.code).to.equal('transfer_already_credited');
    const raced = await Promise.all(Array.from({ length: 5 }, () => transfer(uniqueKey('transfer'), { amount: 1_000, currency: 'USD', reference: 'WIRE-2026-0043' })));
    expect(raced.filter((r) => r.status === 201)).to.have.length(1);
    expect(raced.filter((r) => r.status === 409)).to.have.length(4);
    expect((await balanceOf(t, customer)).available).to.equal(51_000);

    const mismatch = await transfer(uniqueKey('transfer'), { amount: 1_000, currency: 'EUR', reference: 'WIRE-X' });
    expect(mismatch.status).to.equal(422);
    expect(mismatch.body.code).to.equal('currency_mismatch');
    const audit = (await t.api.get(`/v1/support/audit?account_id=${customer.accountId}`).set(support)).body.data;
    expect(audit.filter((event: { action: string }) => event.action === 'record_transfer').length).to.be.at.least(7);
    expect((await t.api.post(`/v1/support/accounts/${customer.accountId}/transfers`).set(customer.auth).set('Idempotency-Key', uniqueKey()).send({ amount: 1, currency: 'USD', reference: 'x' })).status).to.equal(403);
  });

  it('when debits cross the alert threshold, then exactly one SMS per crossing, and the alert re-arms once the balance is back at or above it', async () => {
    const t = app();
    const { customer } = await accountWithCards(t, ['pm_card_visa']);
    const billing = await billingAuth(t);
    const set = await t.api.put('/v1/balance/alert').set(customer.auth).send({ threshold: 5_000 });
    expect(set.status, JSON.stringify(set.body)).to.equal(200);
    expect(set.body.low_balance_alert).to.deep.equal({ threshold: 5_000, armed: false });
    expect((await postTopup(t, customer, { amount: 10_000 })).status).to.equal(201);
    expect((await balanceOf(t, customer)).low_balance_alert).to.deep.equal({ threshold: 5_000, armed: true });
    const lowTexts = () => t.inbox.sentTo(MOBILE).filter((message) => message.template === 'low_balance');
    const before = lowTexts().length;

    const charge = async (amount: number) => expect((await postCharge(t, billing, customer.accountId, { amount, source: 'balance' })).status).to.equal(201);
    await charge(4_000); // 10 000 → 6 000: still above
    await charge(2_000); // 6 000 → 4 000: crosses
    await charge(1_000); // 4 000 → 3 000: already below
    await t.runJobs();
    expect(lowTexts().length - before).to.equal(1);
    expect(lowTexts().at(-1)!.text).to.contain('40.00 USD');
    expect((await balanceOf(t, customer)).low_balance_alert).to.deep.equal({ threshold: 5_000, armed: false });

    expect((await postTopup(t, customer, { amount: 2_000 })).status).to.equal(201); // 5 000: re-armed
    expect((await balanceOf(t, customer)).low_balance_alert?.armed).to.equal(true);
    await charge(500); // crosses again
    await t.runJobs();
    expect(lowTexts().length - before).to.equal(2);

    const removed = await t.api.put('/v1/balance/alert').set(customer.auth).send({ threshold: null });
    expect(removed.body.low_balance_alert).to.equal(null);
  });

  it('when the alert threshold is not a whole non-negative amount, then 422', async () => {
    const t = app();
    const { customer } = await accountWithCards(t, ['pm_card_visa']);
    for (const threshold of [-1, 1.5, '100']) {
      expect((await t.api.put('/v1/balance/alert').set(customer.auth).send({ threshold })).status, String(threshold)).to.equal(422);
    }
  });
});
