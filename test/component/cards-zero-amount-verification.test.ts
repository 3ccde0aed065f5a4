import { expect } from 'chai';
import { cardHistory, postCard, simulatorOf } from '../helpers/card-flow.js';
import { onBothDatabases } from '../helpers/balance-flow.js';
import { onboard } from '../helpers/customer-flow.js';

onBothDatabases(
  'verifying cards with $0 (VERIFICATION_METHOD=zero_amount, simulator)',
  (app) => {
    const holdIntentsOf = async (accountId: string) => {
      const t = app();
      const { customer_id } = await t.db('gateway_customers').where({ account_id: accountId }).first();
      return simulatorOf(t).listIntents({ customerId: customer_id, purpose: 'hold' });
    };

    it('when a card is added, then it is verified with a $0 check, and the history records the method, the amount and the release', async () => {
      const t = app();
      const customer = await onboard(t, 'US');

      const added = await postCard(t, customer, 'pm_card_visa');

      expect(added.status, JSON.stringify(added.body)).to.equal(201);
      expect(added.body.verification).to.deep.equal({ status: 'held', amount: 0, currency: 'USD' });
      expect((await holdIntentsOf(customer.accountId)).map((intent) => intent.amount)).to.deep.equal([0]);
      await t.runJobs();
      const entry = (await cardHistory(t, customer))[0]!;
      expect(entry.hold).to.include({ amount: 0, currency: 'USD', status: 'released', method: 'zero_amount' });
      expect(Date.parse(entry.hold.released_at)).to.be.at.least(Date.parse(entry.created_at));
    });

    it('when the card cannot do $0 (American Express here), then a one-unit hold verifies it and is released at once', async () => {
      const t = app();
      const customer = await onboard(t, 'US');
      expect((await postCard(t, customer, 'pm_card_visa')).status).to.equal(201);
      await t.runJobs();

      const added = await postCard(t, customer, 'pm_card_amex');

      expect(added.status, JSON.stringify(added.body)).to.equal(201);
      expect(added.body.verification).to.deep.equal({ status: 'held', amount: 100, currency: 'USD' });
      expect((await holdIntentsOf(customer.accountId)).map((intent) => intent.amount)).to.have.members([0, 100]);
      await t.runJobs();
      const entry = (await cardHistory(t, customer))[0]!;
      expect(entry.hold).to.include({ amount: 100, currency: 'USD', status: 'released', method: 'one_unit_hold' });
      expect(entry.hold.released_at).to.be.a('string');
    });

    it('when a card declines the $0 check, then 402 card_declined as with a hold, and the card is not kept', async () => {
      const t = app();
      const customer = await onboard(t, 'US');
      const added = await postCard(t, customer, 'pm_card_chargeCustomerFail');
      expect(added.status).to.equal(402);
      expect(added.body.code).to.equal('card_declined');
      expect((await t.api.get('/v1/cards').set(customer.auth)).body.data).to.deep.equal([]);
    });
  },
  { VERIFICATION_METHOD: 'zero_amount' },
);
