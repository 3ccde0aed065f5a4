import { expect } from 'chai';
import { balanceOf, fundedAccountWhoseCardDeclinesOffSession, onBothDatabases } from '../helpers/balance-flow.js';
import { billingAuth, postCharge, uniqueKey } from '../helpers/charge-flow.js';
import type { Customer } from '../helpers/customer-flow.js';
import { eventsOf } from '../helpers/event-flow.js';
import type { TestApp } from '../helpers/test-app.js';

const DAY = 24 * 3600;

onBothDatabases(
  'paying past-due charges from the prepaid balance (customer, pay page)',
  (app) => {
    let t: TestApp;
    let billing: { Authorization: string };
    beforeEach(async () => {
      t = app();
      t.clock.advanceSeconds(31 * DAY);
      billing = await billingAuth(t);
    });

    const payFromBalance = (customer: Customer, key = uniqueKey('pay-past-due')) => t.api.post('/v1/balance/pay-past-due').set(customer.auth).set('Idempotency-Key', key);
    /** A charge no card pays (the only card needs 3-D Secure off-session), kept past due. */
    const pastDue = async (customer: Customer, amount: number) => {
      const response = await postCharge(t, billing, customer.accountId, { amount, description: 'December plan', on_failure: 'retry' });
      expect(response.body.charge?.status, JSON.stringify(response.body)).to.equal('past_due');
      return response.body.charge as { id: string };
    };
    const chargeOf = async (customer: Customer, id: string) => (await t.api.get(`/v1/accounts/${customer.accountId}/charges/${id}`).set(billing)).body;

    it('when the balance covers every past-due charge, then they are paid from it at once: succeeded, one ledger line each, charge.succeeded, nothing left owed', async () => {
      const customer = await fundedAccountWhoseCardDeclinesOffSession(t, 5000);
      const first = await pastDue(customer, 1200);
      const second = await pastDue(customer, 800);

      const response = await payFromBalance(customer);

      expect(response.status, JSON.stringify(response.body)).to.equal(200);
      expect(response.body.paid).to.have.deep.members([
        { charge_id: first.id, amount: 1200, currency: 'USD' },
        { charge_id: second.id, amount: 800, currency: 'USD' },
      ]);
      expect(response.body.balance).to.deep.equal({ available: 3000, currency: 'USD' });
      expect(await chargeOf(customer, first.id)).to.include({ status: 'succeeded', source: 'balance', balance_amount: 1200, card_amount: 0, next_retry_at: null });
      expect((await balanceOf(t, customer)).available).to.equal(3000);
      const lines = (await t.api.get('/v1/balance/transactions').set(customer.auth)).body.data as Array<{ type: string; amount: number; charge_id?: string; description?: string }>;
      expect(lines.filter((line) => line.type === 'charge').map((line) => [line.charge_id, line.amount, line.description])).to.have.deep.members([
        [second.id, -800, 'December plan'],
        [first.id, -1200, 'December plan'],
      ]);
      expect((await t.api.get('/v1/account').set(customer.auth)).body.past_due).to.equal(null);
      const types = (await eventsOf(t, billing, { account_id: customer.accountId, type: 'charge.succeeded' })).map((event) => (event.data.object as { id: string }).id);
      expect(types).to.have.members([first.id, second.id]);
      // The schedule finds nothing left to retry.
      t.clock.advanceSeconds(60);
      await t.runJobs();
      expect((await chargeOf(customer, first.id)).attempts).to.have.length(1);
    });

    it('when the balance is short, then 402 insufficient_balance says how much is missing and nothing is taken', async () => {
      const customer = await fundedAccountWhoseCardDeclinesOffSession(t, 1000);
      const charge = await pastDue(customer, 1500);

      const response = await payFromBalance(customer);

      expect(response.status).to.equal(402);
      expect(response.body.code).to.equal('insufficient_balance');
      expect(response.body.detail).to.include('10.00 USD').and.include('15.00 USD');
      expect((await balanceOf(t, customer)).available).to.equal(1000);
      expect((await chargeOf(customer, charge.id)).status).to.equal('past_due');
    });

    it('when nothing is past due, then 409 conflict and nothing is taken', async () => {
      const customer = await fundedAccountWhoseCardDeclinesOffSession(t, 1000);
      const response = await payFromBalance(customer);
      expect(response.status).to.equal(409);
      expect(response.body.detail).to.match(/Nothing past due/);
      expect((await balanceOf(t, customer)).available).to.equal(1000);
    });

    it('when the request is sent again with its key, then the first answer comes back and the balance pays once', async () => {
      const customer = await fundedAccountWhoseCardDeclinesOffSession(t, 3000);
      await pastDue(customer, 700);
      const first = await payFromBalance(customer, 'pay-once');
      const again = await payFromBalance(customer, 'pay-once');
      expect(again.status).to.equal(200);
      expect(again.body).to.deep.equal(first.body);
      expect((await balanceOf(t, customer)).available).to.equal(2300);
    });

    it('when the balance pays while a retry round is due at the same moment, then the charge is paid once, by one of them', async () => {
      const customer = await fundedAccountWhoseCardDeclinesOffSession(t, 3000);
      const charge = await pastDue(customer, 900);
      t.clock.advanceSeconds(30);

      const [response] = await Promise.all([payFromBalance(customer), t.runJobs()]);

      const after = await chargeOf(customer, charge.id);
      const available = (await balanceOf(t, customer)).available;
      if (response.status === 200 && response.body.paid.length === 1) {
        expect(after).to.include({ status: 'succeeded', source: 'balance' });
        expect(available).to.equal(2100);
      } else {
        // The round had started: the balance left the charge to it (the card declines again).
        expect(after.status).to.equal('past_due');
        expect(available).to.equal(3000);
      }
    });
  },
  { DUNNING_SCHEDULE: '30s,60s' },
);
