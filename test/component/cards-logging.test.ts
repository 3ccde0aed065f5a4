import { expect } from 'chai';
import { simulatorTestCards } from '../../src/gateway/simulator/simulator-test-cards.js';
import { findCardNumber } from '../../src/http/find-card-number.js';
import { createTestApp } from '../helpers/test-app.js';
import { onboard } from '../helpers/customer-flow.js';
import { answerThreeDSecure, postCard } from '../helpers/card-flow.js';

describe('card data in logs', () => {
  it('when cards are added, declined, authenticated, released and refused as raw numbers, then no log line carries a card number', async () => {
    const logLines: string[] = [];
    const t = await createTestApp({ logLines });
    try {
      const customer = await onboard(t, 'US');
      await postCard(t, customer, 'pm_card_visa');
      await postCard(t, customer, 'pm_card_visa_chargeDeclinedStolenCard');
      await postCard(t, customer, 'pm_card_chargeCustomerFail');
      const secure = await postCard(t, customer, 'pm_card_authenticationRequired');
      await answerThreeDSecure(t, secure.body.next_action.url, 'complete');
      await t.api.post(`/v1/cards/${secure.body.card.id}/confirm`).set(customer.auth);
      await postCard(t, customer, '4000 0566 5566 5556');
      await postCard(t, customer, 'pm_card_visa', { holder_name: 'Ada 5555555555554444' });
      t.context.simulator!.failNext('releaseHold', 'retryable');
      await t.runJobs();

      const logs = logLines.join('');
      expect(logs, 'the flows were logged').to.include('card verification hold placed').and.to.include('verification hold release failed');
      for (const card of Object.values(simulatorTestCards)) expect(logs).not.to.include(card.number);
      for (const line of logLines) expect(findCardNumber(JSON.parse(line)), line).to.equal(false);
    } finally {
      await t.close();
    }
  });
});
