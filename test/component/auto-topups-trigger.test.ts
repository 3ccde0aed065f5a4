import { expect } from 'chai';
import { isUniqueViolation } from '../../src/db/is-unique-violation.js';
import { balanceOf, onBothDatabases, postTopup } from '../helpers/balance-flow.js';
import { accountWithCards, billingAuth, postCharge } from '../helpers/charge-flow.js';
import { automaticTopups, debit, emails, fundByTransfer, turnOnAutoTopup } from '../helpers/auto-topup-flow.js';

const MOBILE = '+12015550123'; // the sample US mobile the onboarding helper verifies

/** Seconds from the clock's now to the first instant of the next calendar month (UTC). */
const secondsToNextMonth = (now: Date) => (Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1) - now.getTime()) / 1000 + 1;

onBothDatabases('automatic top-ups: the trigger', (app) => {
  it('when 20 debits run at once and take the balance below the threshold, then exactly one automatic top-up is recorded, paid off-session by the job, and the low-balance SMS still fires once', async () => {
    const t = app();
    const { customer, cards } = await accountWithCards(t, ['pm_card_visa']);
    expect((await t.api.put('/v1/balance/alert').set(customer.auth).send({ threshold: 5_000 })).status).to.equal(200);
    await fundByTransfer(t, customer, 10_000);
    await turnOnAutoTopup(t, customer, { threshold: 5_000, amount: 20_000 });
    const textsBefore = t.inbox.sentTo(MOBILE).filter((message) => message.template === 'low_balance').length;

    const billing = await billingAuth(t);
    const answers = await Promise.all(Array.from({ length: 20 }, () => postCharge(t, billing, customer.accountId, { amount: 400, source: 'balance' })));
    expect(answers.map((answer) => answer.status)).to.deep.equal(Array(20).fill(201));

    const recorded = await automaticTopups(t, customer);
    expect(recorded).to.have.length(1);
    expect(recorded[0]).to.include({ status: 'new', amount: 20_000, currency: 'USD', trigger: 'automatic' });
    expect(await balanceOf(t, customer)).to.include({ available: 2_000, pending: 20_000 });
    const onTheWay = await debit(t, customer, 100); // below already, and one still new: no second
    expect(onTheWay.status).to.equal('succeeded');

    await t.runJobs();
    const [paid] = await automaticTopups(t, customer);
    expect(paid).to.include({ id: recorded[0]!.id, status: 'paid', card_id: cards[0]!.id, last4: '4242' });
    expect(await balanceOf(t, customer)).to.include({ available: 21_900, pending: 0 });
    await t.runJobs();
    expect(await automaticTopups(t, customer)).to.have.length(1);
    expect((await emails(t, customer, 'topup_receipt')).at(-1)!.text).to.contain(paid!.number);
    const texts = t.inbox.sentTo(MOBILE).filter((message) => message.template === 'low_balance');
    expect(texts.length - textsBefore).to.equal(1);
  });

  it('when a top-up is still new and a debit crosses the threshold again, then no second automatic top-up is made', async () => {
    const t = app();
    const { customer } = await accountWithCards(t, ['pm_card_visa']);
    await fundByTransfer(t, customer, 10_000);
    await turnOnAutoTopup(t, customer, { threshold: 5_000, target: 6_000 });
    await debit(t, customer, 6_000); // 4 000: crosses; the target asks for 2 000
    const [first] = await automaticTopups(t, customer);
    expect(first).to.include({ status: 'new', amount: 2_000 });
    expect(await balanceOf(t, customer)).to.include({ available: 4_000, pending: 2_000 });
    await debit(t, customer, 1_500); // 2 500 + 2 000 pending = 4 500: crosses again, while the first is new
    expect(await automaticTopups(t, customer)).to.have.length(1);
    await t.runJobs();
    const after = await automaticTopups(t, customer);
    expect(after.map((topup) => topup.status)).to.deep.equal(['paid']);
    expect((await balanceOf(t, customer)).available).to.equal(4_500);
  });

  it('when the monthly limit would be passed, then the last top-up is lowered to what is left, then none is made (one email that month), and the next month it tops up again', async () => {
    const t = app();
    const { customer } = await accountWithCards(t, ['pm_card_visa']);
    await fundByTransfer(t, customer, 10_000);
    await turnOnAutoTopup(t, customer, { threshold: 5_000, amount: 20_000, monthly_limit: 30_000 });

    await debit(t, customer, 6_000); // 4 000: crosses
    await t.runJobs();
    await debit(t, customer, 20_000); // 24 000 → 4 000: crosses; 10 000 left this month
    await t.runJobs();
    // Made at the same clock time: compare as a set.
    expect((await automaticTopups(t, customer)).map((topup) => `${topup.amount} ${topup.status}`).sort()).to.deep.equal(['10000 paid', '20000 paid']);
    expect((await balanceOf(t, customer)).available).to.equal(14_000);

    await debit(t, customer, 10_000); // crosses; nothing left this month
    await t.runJobs();
    expect(await automaticTopups(t, customer)).to.have.length(2);
    const notices = await emails(t, customer, 'auto_topup_limit_reached');
    expect(notices).to.have.length(1);
    expect(notices[0]!.text).to.contain('monthly limit of 300.00 USD');
    await fundByTransfer(t, customer, 10_000);
    await debit(t, customer, 10_000); // crosses again, same month: no top-up, no second email
    await t.runJobs();
    expect(await automaticTopups(t, customer)).to.have.length(2);
    expect(await emails(t, customer, 'auto_topup_limit_reached')).to.have.length(1);

    t.clock.advanceSeconds(secondsToNextMonth(t.clock.now()));
    await fundByTransfer(t, customer, 10_000);
    await debit(t, customer, 10_000); // a new month: crosses, tops up
    await t.runJobs();
    const topups = await automaticTopups(t, customer);
    expect(topups).to.have.length(3);
    expect(topups[0]).to.include({ amount: 20_000, status: 'paid' });
  });

  it('when the rule is disabled or removed, or the debit stays above the threshold, then nothing is recorded', async () => {
    const t = app();
    const { customer } = await accountWithCards(t, ['pm_card_visa']);
    await fundByTransfer(t, customer, 10_000);
    await turnOnAutoTopup(t, customer, { threshold: 5_000, amount: 20_000 });
    await debit(t, customer, 4_000); // 6 000: above
    expect(await automaticTopups(t, customer)).to.have.length(0);
    expect((await t.api.delete('/v1/balance/auto_topup').set(customer.auth)).status).to.equal(204);
    await debit(t, customer, 4_000); // 2 000: crosses, no rule
    await t.runJobs();
    expect(await automaticTopups(t, customer)).to.have.length(0);
    // A customer top-up shows its trigger too.
    const own = await postTopup(t, customer, { amount: 5_000 });
    expect(own.body.topup.trigger).to.equal('customer');
  });

  it('when the customer removes the rule between the crossing and the payment, then the top-up is cancelled without a charge, an email or a counted failure', async () => {
    const t = app();
    const { customer } = await accountWithCards(t, ['pm_card_visa']);
    await fundByTransfer(t, customer, 10_000);
    await turnOnAutoTopup(t, customer, { threshold: 5_000, amount: 20_000 });
    await debit(t, customer, 6_000);
    expect((await t.api.delete('/v1/balance/auto_topup').set(customer.auth)).status).to.equal(204);
    await t.runJobs();
    const [topup] = await automaticTopups(t, customer);
    expect(topup).to.include({ status: 'cancelled' });
    expect(topup!.failure.code).to.equal('auto_topup_turned_off');
    expect(await balanceOf(t, customer)).to.include({ available: 4_000, pending: 0 });
    await t.messagesSettled();
    expect(t.inbox.sentTo(customer.email).filter((message) => /^(auto_topup_|topup_cancelled)/.test(message.template))).to.have.length(0);
  });

  it('when a second automatic top-up is written while one is new, or the same crossing is written twice, then the database refuses it (whatever code or instance tries)', async () => {
    const t = app();
    const { customer } = await accountWithCards(t, ['pm_card_visa']);
    await fundByTransfer(t, customer, 10_000);
    await turnOnAutoTopup(t, customer, { threshold: 5_000, amount: 20_000 });
    await debit(t, customer, 6_000);
    const row = await t.db('topups').where({ account_id: customer.accountId, triggered_by: 'automatic' }).first();
    const copy = (changes: Record<string, unknown>) => t.db('topups').insert({ ...row, id: `${row.id}x`, number: 'TU-0000000001', ...changes });
    let refused = 0;
    for (const changes of [{ idempotency_key: 'another-crossing' }, { status: 'paid' }]) {
      try {
        await copy(changes);
      } catch (error) {
        expect(isUniqueViolation(error), String(error)).to.equal(true);
        refused += 1;
      }
    }
    expect(refused, 'a second new one, and a second with the same crossing key').to.equal(2);
    expect(await automaticTopups(t, customer)).to.have.length(1);
  });
});
