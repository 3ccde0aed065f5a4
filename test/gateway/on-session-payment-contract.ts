import { expect } from 'chai';
import { newId } from '../../src/ids.js';
import type { GatewayContractHarness } from './payment-gateway-contract.js';

/** What top-ups need of every gateway: an unconfirmed intent confirmed on session, paid at once,
 * after 3-D Secure, or declined; read back from the intent. Run against the simulator and the
 * Stripe adapter (nock) alike. */
export function registerOnSessionPaymentContract(createHarness: () => Promise<GatewayContractHarness>): void {
  let harness: GatewayContractHarness;
  beforeEach(async () => {
    harness = await createHarness();
  });
  afterEach(async () => harness.close());

  const intentFor = async (paymentMethod: string) => {
    const { gateway } = harness;
    const { customerId } = await gateway.ensureCustomer({ accountId: newId('acct'), email: 'ada@example.com', idempotencyKey: newId('idem') });
    const attach = await gateway.attachPaymentMethod({ customerId, paymentMethod, idempotencyKey: newId('idem') });
    if (attach.outcome !== 'attached') throw new Error(`${paymentMethod} was not attached`);
    return gateway.createCharge({ customerId, paymentMethodId: attach.paymentMethodId, amount: 10_000, currency: 'USD', idempotencyKey: newId('idem') });
  };
  const confirm = (intentId: string) => harness.gateway.confirmPayment({ intentId, returnUrl: 'https://app.example/topups/return', setupFutureUsage: false, idempotencyKey: newId('idem') });

  it('when a payment is confirmed on session with a card that needs nothing more, then it succeeds and the intent reads succeeded', async () => {
    const { intentId } = await intentFor('pm_card_visa');
    expect(await confirm(intentId)).to.deep.equal({ outcome: 'succeeded', intentId });
    expect((await harness.gateway.getIntent(intentId)).status).to.equal('succeeded');
  });

  it('when the bank asks for 3-D Secure and the customer completes it, then the intent reads succeeded; failed, it reads declined', async () => {
    for (const [answer, status] of [['complete', 'succeeded'], ['fail', 'declined']] as const) {
      const { intentId } = await intentFor('pm_card_authenticationRequired');
      const outcome = await confirm(intentId);
      expect(outcome.outcome).to.equal('requires_action');
      expect((await harness.gateway.getIntent(intentId)).status).to.equal('requires_action');
      await harness.completeChallenge(intentId, answer);
      expect((await harness.gateway.getIntent(intentId)).status, answer).to.equal(status);
    }
  });

  it('when a page is abandoned, then canceling the intent leaves it canceled', async () => {
    const { intentId } = await intentFor('pm_card_authenticationRequired');
    await confirm(intentId);
    await harness.gateway.cancelIntent({ intentId, idempotencyKey: newId('idem') });
    expect((await harness.gateway.getIntent(intentId)).status).to.equal('canceled');
  });
}
