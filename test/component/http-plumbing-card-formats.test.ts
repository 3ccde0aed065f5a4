import { expect } from 'chai';
import { createTestApp } from '../helpers/test-app.js';
import { onboard } from '../helpers/customer-flow.js';

describe('HTTP plumbing: card numbers in everyday typed formats', () => {
  it('when account details carry a card number glued to a word, then 422 raw_card_data_refused and nothing is stored or logged', async () => {
    const logLines: string[] = [];
    const t = await createTestApp({ logLines });
    try {
      // Onboarded first, so the details step is open and the stored details are known.
      const customer = await onboard(t, 'US');
      const response = await t.api
        .put('/v1/onboarding/details')
        .set(customer.auth)
        .send({ type: 'individual', name: 'Visa4242 4242 4242 4242', address: { line1: '1 Main St', city: 'Springfield', country: 'US' }, industry: 'software' });

      expect(response.status).to.equal(422);
      expect(response.body.code).to.equal('raw_card_data_refused');
      const account = await t.db('accounts').where({ id: customer.accountId }).first();
      expect(JSON.parse(account.details).name).to.equal('Ada Lovelace');
      // The card's own text, not bare digits: the account's email carries digits of its own.
      expect(JSON.stringify(account)).not.to.include('Visa4242');
      expect(logLines.join('')).not.to.include('4242 4242 4242 4242');
    } finally {
      await t.close();
    }
  });
});
