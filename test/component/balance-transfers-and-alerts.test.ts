import { expect } from 'chai';
import { accountWithCards, addActiveCard, billingAuth, postCharge, uniqueKey } from '../helpers/charge-flow.js';
import { balanceOf, fundedAccountWhoseCardDeclinesOffSession, onBothDatabases, postTopup } from '../helpers/balance-flow.js';

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

  it('when a reference comes again in another letter case or with spaces around it, then it is the same transfer: 409 transfer_already_credited, credited once', async () => {
    const t = app();
    const { customer } = await accountWithCards(t, ['pm_card_visa']);
    const support = { Authorization: `Bearer ${await t.token('alice', ['support'])}` };
    const transfer = (reference: string) =>
      t.api.post(`/v1/support/accounts/${customer.accountId}/transfers`).set(support).set('Idempotency-Key', uniqueKey('transfer')).send({ amount: 3_000, currency: 'USD', reference });

    const credited = await transfer('inv-2026-001');
    expect(credited.status, JSON.stringify(credited.body)).to.equal(201);
    for (const again of ['INV-2026-001', '  Inv-2026-001 ']) {
      const refused = await transfer(again);
      expect(refused.status, again).to.equal(409);
      expect(refused.body).to.include({ code: 'transfer_already_credited', reference: 'inv-2026-001', transaction_id: credited.body.transaction.id });
    }
    const raced = await Promise.all(['inv-2026-002', 'INV-2026-002', 'Inv-2026-002'].map(transfer));
    expect(raced.map((response) => response.status).sort()).to.deep.equal([201, 409, 409]);
    expect((await transfer('inv-2026-0010')).status, 'another reference is another transfer').to.equal(201);
    expect((await balanceOf(t, customer)).available).to.equal(9_000);
    // Written past the service, the database refuses the other spelling too.
    const entry = await t.db('balance_entries').where({ id: credited.body.transaction.id }).first();
    const refused = await t.db('balance_entries').insert({ ...entry, id: 'ent_other_spelling', seq: 999, transfer_reference: 'INV-2026-001' }).then(() => 'accepted', () => 'refused');
    expect(refused).to.equal('refused');
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

  it('when a balance_then_cards charge crosses the threshold but every card declines, then no low-balance SMS (nothing was taken), on retries neither; when the cards pay, one', async () => {
    const t = app();
    const customer = await fundedAccountWhoseCardDeclinesOffSession(t, 4_000);
    const billing = await billingAuth(t);
    expect((await t.api.put('/v1/balance/alert').set(customer.auth).send({ threshold: 3_000 })).status).to.equal(200);
    // The sample mobile is every test account's: count this test's texts only.
    const lowTexts = () => t.inbox.sentTo(MOBILE).filter((message) => message.template === 'low_balance');
    await t.messagesSettled();
    const before = lowTexts().length;
    // The billing job tries again each day, each try a charge of its own.
    const failedIds: string[] = [];
    for (let retry = 0; retry < 3; retry += 1) {
      const failed = await postCharge(t, billing, customer.accountId, { amount: 10_000, source: 'balance_then_cards' }, uniqueKey('usage'));
      expect(failed.status, JSON.stringify(failed.body)).to.equal(402);
      failedIds.push(failed.body.charge.id);
      await t.runJobs();
      await t.messagesSettled();
    }
    expect(await balanceOf(t, customer)).to.deep.include({ available: 4_000 });
    expect(lowTexts().length - before, 'no text for a debit that was put back').to.equal(0);
    const held = await t.db('messages').whereIn('after_charge_id', failedIds);
    expect(held.map((message) => message.status), 'each text was queued with its debit and withdrawn with its reversal').to.deep.equal(['withdrawn', 'withdrawn', 'withdrawn']);

    // A charge whose cards pay: the debit stands and the text goes out once.
    await addActiveCard(t, customer, 'pm_card_visa');
    const paid = await postCharge(t, billing, customer.accountId, { amount: 10_000, source: 'balance_then_cards' });
    expect(paid.status, JSON.stringify(paid.body)).to.equal(201);
    await t.runJobs();
    await t.messagesSettled();
    expect(lowTexts().length - before).to.equal(1);
    expect(lowTexts().at(-1)!.text).to.contain('your balance is 0.00 USD');
  });

  it('when the alert threshold is not a whole non-negative amount, then 422', async () => {
    const t = app();
    const { customer } = await accountWithCards(t, ['pm_card_visa']);
    for (const threshold of [-1, 1.5, '100']) {
      expect((await t.api.put('/v1/balance/alert').set(customer.auth).send({ threshold })).status, String(threshold)).to.equal(422);
    }
  });
});
