import { expect } from 'chai';
import { assertLedgerInvariant, balanceOf } from '../helpers/balance-flow.js';
import { accountWithCards, billingAuth, postCharge } from '../helpers/charge-flow.js';
import { automaticTopups, fundByTransfer, turnOnAutoTopup } from '../helpers/auto-topup-flow.js';
import { createPostgresSchema } from '../helpers/postgres-schema.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

/**
 * Two service instances (two apps, each with its own pool, clock and jobs) on one PostgreSQL
 * database, as production runs. SQLite is one process by design (one writer), so this suite is
 * PostgreSQL's only; the concurrency within one instance is covered on both databases.
 */
describe('automatic top-ups with two instances on one PostgreSQL database', function () {
  let schema: Awaited<ReturnType<typeof createPostgresSchema>>;
  let first: TestApp;
  let second: TestApp;

  before(async function () {
    schema = await createPostgresSchema();
    if (!schema) {
      console.log('    note: TEST_DATABASE_URL is not set; the two-instance automatic top-up test is skipped');
      this.skip();
    }
    first = await createTestApp({ databaseUrl: schema.url });
    second = await createTestApp({ databaseUrl: schema.url });
  });
  after(async () => {
    await first?.close();
    await second?.close();
    await schema?.drop();
  });

  it('when 20 debits spread over both instances cross the threshold and both run their jobs at once, then one automatic top-up is recorded and it is paid and credited once', async () => {
    const { customer } = await accountWithCards(first, ['pm_card_visa']);
    await fundByTransfer(first, customer, 10_000);
    await turnOnAutoTopup(second, customer, { threshold: 5_000, amount: 20_000 });
    const billing = [await billingAuth(first), await billingAuth(second)];

    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, index) => {
        const instance = index % 2 === 0 ? first : second;
        return postCharge(instance, billing[index % 2]!, customer.accountId, { amount: 400, source: 'balance' });
      }),
    );
    expect(answers.map((answer) => answer.status)).to.deep.equal(Array(20).fill(201));
    expect(await automaticTopups(second, customer)).to.have.length(1);

    await Promise.all([first.runJobs(), second.runJobs(), first.runJobs(), second.runJobs()]);
    const topups = await automaticTopups(first, customer);
    expect(topups.map((topup) => [topup.status, topup.amount])).to.deep.equal([['paid', 20_000]]);
    expect(await balanceOf(second, customer)).to.include({ available: 22_000, pending: 0 });
    const credits = await first.db('balance_entries').where({ account_id: customer.accountId, type: 'topup' }).count({ n: '*' });
    expect(Number(credits[0]!.n)).to.equal(1);
    await assertLedgerInvariant(first);
  });
});
