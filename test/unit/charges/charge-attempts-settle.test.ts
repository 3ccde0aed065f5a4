import { expect } from 'chai';
import type { Knex } from 'knex';
import { ChargeAttempts, type TryOutcome } from '../../../src/features/charges/charge-attempts.js';
import { ChargeStore, type AttemptRow, type ChargeRow } from '../../../src/features/charges/charge-store.js';
import { GatewayError, type IntentState, type IntentStatus, type PaymentGateway } from '../../../src/gateway/payment-gateway.js';
import { createLogger } from '../../../src/logger.js';
import { createTestDatabase } from '../../helpers/test-database.js';

const now = '2026-11-23T12:00:00.000Z';
const clock = { now: () => new Date(now) };

/** A gateway that only answers reads and cancels, the two calls settling may make. */
function readingGateway(answer: IntentState | GatewayError) {
  const canceled: string[] = [];
  const gateway = {
    name: 'simulator',
    getIntent: async () => {
      if (answer instanceof GatewayError) throw answer;
      return answer;
    },
    cancelIntent: async (input: { intentId: string; idempotencyKey: string }) => {
      canceled.push(input.idempotencyKey);
    },
  } as unknown as PaymentGateway;
  return { gateway, canceled };
}

const resultOf = (outcome: TryOutcome) => ('result' in outcome ? outcome.result : undefined);

const intent = (status: IntentStatus, extra: Partial<IntentState> = {}): IntentState => ({ intentId: 'pi_1', status, amount: 1000, currency: 'USD', ...extra });

describe('settling a pending try from the gateway’s record', () => {
  let db: Knex;
  let store: ChargeStore;
  let charge: ChargeRow;
  let attempt: AttemptRow;
  const lease = { token: 'lease_1', until: () => '2026-11-23T12:01:00.000Z' };

  beforeEach(async () => {
    db = await createTestDatabase();
    store = new ChargeStore(db);
    await db('accounts').insert({ id: 'acct_1', email: 'a@example.com', email_normalized: 'a@example.com', country: 'US', currency: 'USD', status: 'active', created_at: now, updated_at: now });
    await db('cards').insert({ id: 'card_1', account_id: 'acct_1', gateway_payment_method_id: 'pm_1', fingerprint: 'f', brand: 'visa', last4: '4242', exp_month: 12, exp_year: 2030, holder_name: 'Ada', status: 'active', is_default: true, position: 0, created_at: now, updated_at: now });
    charge = { id: 'ch_1', account_id: 'acct_1', idempotency_key: 'k', request_hash: 'h', amount: 1000, currency: 'USD', description: null, reference: null, status: 'processing', failure_code: null, card_id: null, locked_by: lease.token, locked_until: lease.until(), settle_after: null, recovery_passes: 1, created_at: now, updated_at: now, completed_at: null };
    await store.insert(charge);
    attempt = { id: 'chatt_1', charge_id: 'ch_1', number: 1, card_id: 'card_1', brand: 'visa', last4: '4242', gateway: 'simulator', gateway_customer_id: 'cus_1', gateway_payment_method_id: 'pm_1', intent_id: 'pi_1', status: 'pending', error_code: null, decline_code: null, gateway_code: null, message: null, gateway_request_id: null, created_at: now, updated_at: now, completed_at: null };
    await store.startAttempt(lease.token, lease.until(), attempt);
  });
  afterEach(() => db.destroy());

  async function settle(answer: IntentState | GatewayError, pending: AttemptRow = attempt) {
    const { gateway, canceled } = readingGateway(answer);
    const attempts = new ChargeAttempts(store, gateway, clock, createLogger('silent'), { retries: 0, delayMs: 0 });
    const outcome = await attempts.settle(charge, pending, lease);
    const [row] = await store.attemptsOf(['ch_1']);
    return { outcome, row: row!, canceled, charge: (await store.findById('ch_1'))! };
  }

  it('when the gateway charged, then the try and the charge succeed together', async () => {
    const { outcome, row, charge: after } = await settle(intent('succeeded'));
    expect(outcome.kind).to.equal('succeeded');
    expect(row.status).to.equal('succeeded');
    expect(after).to.include({ status: 'succeeded', card_id: 'card_1', locked_by: null });
  });

  it('when the gateway declined, then the decline comes back with its code, for the fallback to write with its next step', async () => {
    const { outcome, row } = await settle(intent('declined', { decline: { code: 'card_declined', declineCode: 'insufficient_funds', message: 'Your card has insufficient funds.' } }));
    expect(outcome.kind).to.equal('declined');
    expect(resultOf(outcome)).to.include({ status: 'declined', decline_code: 'insufficient_funds', gateway_code: 'card_declined' });
    expect(row.status, 'written with the next step, not alone').to.equal('pending');
  });

  it('when the intent was never confirmed, then it is canceled and the try reads as interrupted (no money moved)', async () => {
    const { outcome, canceled } = await settle(intent('created'));
    expect(outcome.kind).to.equal('failed');
    expect(canceled).to.deep.equal(['ch_1:attempt-1:cancel']);
    expect(resultOf(outcome)).to.include({ status: 'error', error_code: 'interrupted' });
    expect((await settle(intent('canceled'), { ...attempt, id: 'chatt_other' })).canceled).to.deep.equal([]);
  });

  it('when the bank wants 3-D Secure off session, then the intent is canceled and the try is a decline', async () => {
    const { outcome, canceled } = await settle(intent('requires_action'));
    expect(outcome.kind).to.equal('declined');
    expect(canceled).to.have.length(1);
    expect(resultOf(outcome)).to.include({ status: 'declined', decline_code: 'authentication_required' });
  });

  it('when the gateway is still processing, or cannot be read, then the try stays pending for a later pass', async () => {
    for (const answer of [intent('processing'), new GatewayError('indeterminate', 'timeout'), new GatewayError('retryable', 'rate limited')]) {
      const { outcome, row } = await settle(answer);
      expect(outcome, String(answer)).to.deep.equal({ kind: 'unknown' });
      expect(row.status).to.equal('pending');
    }
  });

  it('when the try has no intent id, then nothing was confirmed: the create is replayed under the try’s own key, and that intent is confirmed once', async () => {
    const sent: string[] = [];
    const gateway = {
      name: 'simulator',
      createCharge: async (input: { idempotencyKey: string; amount: number; customerId: string; paymentMethodId: string }) => {
        sent.push(`${input.idempotencyKey} ${input.amount} ${input.customerId} ${input.paymentMethodId}`);
        return { intentId: 'pi_made_before_the_crash' };
      },
      confirmCharge: async (input: { intentId: string; idempotencyKey: string }) => {
        sent.push(`${input.idempotencyKey} ${input.intentId}`);
        return { outcome: 'succeeded', intentId: input.intentId };
      },
    } as unknown as PaymentGateway;
    const attempts = new ChargeAttempts(store, gateway, clock, createLogger('silent'), { retries: 0, delayMs: 0 });
    const outcome = await attempts.settle(charge, { ...attempt, intent_id: null }, lease);
    expect(outcome.kind).to.equal('succeeded');
    expect(sent).to.deep.equal(['ch_1:attempt-1:create 1000 cus_1 pm_1', 'ch_1:attempt-1:confirm pi_made_before_the_crash']);
    expect((await store.attemptsOf(['ch_1']))[0]).to.include({ status: 'succeeded', intent_id: 'pi_made_before_the_crash' });
  });
});
