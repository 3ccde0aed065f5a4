import { expect } from 'chai';
import { createPostgresSchema } from './postgres-schema.js';
import { createTestApp, type TestApp } from './test-app.js';
import type { Customer } from './customer-flow.js';
import { answerThreeDSecure } from './card-flow.js';
import { accountWithCards, uniqueKey } from './charge-flow.js';

/** `POST /v1/topups` as a customer's frontend sends it. */
export function postTopup(t: TestApp, customer: Customer, body: Record<string, unknown>, key: string | null = uniqueKey('topup')) {
  const request = t.api.post('/v1/topups').set(customer.auth);
  if (key !== null) request.set('Idempotency-Key', key);
  return request.send(body);
}

/** An account whose only card asks for 3-D Secure, so every off-session charge on it declines,
 * with `amount` in its balance from an on-session top-up the customer authenticated. */
export async function fundedAccountWhoseCardDeclinesOffSession(t: TestApp, amount: number): Promise<Customer> {
  const { customer } = await accountWithCards(t, ['pm_card_authenticationRequired']);
  const started = await postTopup(t, customer, { amount });
  await answerThreeDSecure(t, started.body.next_action.url, 'complete');
  expect((await t.api.post(`/v1/topups/${started.body.topup.id}/confirm`).set(customer.auth)).status).to.equal(201);
  return customer;
}

export async function balanceOf(t: TestApp, customer: Customer) {
  const response = await t.api.get('/v1/balance').set(customer.auth);
  expect(response.status, JSON.stringify(response.body)).to.equal(200);
  return response.body as { available: number; pending: number; currency: string; low_balance_alert: { threshold: number; armed: boolean } | null };
}

/**
 * The ledger invariant, for every account in the database: the entries, in order, have
 * sequence numbers 1..n, each `balance_after` is the running sum and never negative, and the
 * balance is their sum, every entry in the balance's currency. Read straight from the tables, so nothing the API shapes can hide a gap.
 */
export async function assertLedgerInvariant(t: TestApp): Promise<void> {
  const balances = await t.db('balances').select('account_id', 'available', 'last_seq', 'currency');
  for (const balance of balances) {
    const entries = await t.db('balance_entries').where({ account_id: balance.account_id }).orderBy('seq');
    let running = 0;
    entries.forEach((entry, index) => {
      expect(Number(entry.seq), `${balance.account_id}: seq`).to.equal(index + 1);
      running += Number(entry.amount);
      expect(Number(entry.balance_after), `${balance.account_id}: balance_after of entry ${entry.seq}`).to.equal(running);
      expect(running, `${balance.account_id}: never negative`).to.be.at.least(0);
      expect(entry.currency, `${balance.account_id}: currency of entry ${entry.seq}`).to.equal(balance.currency);
    });
    expect(Number(balance.available), `${balance.account_id}: available is the sum of its entries`).to.equal(running);
    expect(Number(balance.last_seq), `${balance.account_id}: last_seq`).to.equal(entries.length);
  }
  const orphans = await t.db('balance_entries').whereNotIn('account_id', balances.map((balance) => balance.account_id)).count({ count: '*' });
  expect(Number(orphans[0]?.count ?? 0), 'entries without a balance').to.equal(0);
}

/** The same suite on SQLite and on PostgreSQL (skipped, visibly, without TEST_DATABASE_URL),
 * with the ledger invariant checked after every test. */
export function onBothDatabases(title: string, suite: (app: () => TestApp) => void, env: Record<string, string> = {}): void {
  for (const database of ['SQLite', 'PostgreSQL'] as const) {
    describe(`${title} (${database})`, function () {
      let t: TestApp;
      let schema: Awaited<ReturnType<typeof createPostgresSchema>>;
      before(async function () {
        if (database === 'PostgreSQL') {
          schema = await createPostgresSchema();
          if (!schema) {
            console.log(`    note: TEST_DATABASE_URL is not set; "${title}" on PostgreSQL is skipped`);
            this.skip();
          }
        }
        t = await createTestApp({ ...(schema ? { databaseUrl: schema.url } : {}), env });
      });
      after(async () => {
        await t?.close();
        await schema?.drop();
      });
      afterEach(async function () {
        if (t) await assertLedgerInvariant(t);
      });
      suite(() => t);
    });
  }
}
