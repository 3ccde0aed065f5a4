import { expect } from 'chai';
import type { Knex } from 'knex';
import { ChargeAttempts } from '../../../src/features/charges/charge-attempts.js';
import { ChargeStore, type AttemptRow, type ChargeRow } from '../../../src/features/charges/charge-store.js';
import type { CardCandidate } from '../../../src/features/charges/rules/charge-order.js';
import { GatewayError, type IntentStatus, type PaymentGateway } from '../../../src/gateway/payment-gateway.js';
import { createLogger } from '../../../src/logger.js';
import { createTestDatabase } from '../../helpers/test-database.js';

const now = '2026-11-23T12:00:00.000Z';
const clock = { now: () => new Date(now) };

/**
 * A gateway whose confirmation fails with the given errors, one per call. With `commitFirst`, the
 * first confirmation takes the money before failing: a timeout whose retries the gateway then
 * refuses while the first is still in flight (Stripe's 409 on an idempotency key in use).
 */
function failingConfirmGateway(errors: { create?: GatewayError[]; confirm: GatewayError[]; commitFirst?: boolean }) {
  let status: IntentStatus = 'created';
  const calls = { create: 0, confirm: 0 };
  const gateway = {
    name: 'simulator',
    createCharge: async () => {
      const error = errors.create?.[calls.create++];
      if (error) throw error;
      return { intentId: 'pi_1' };
    },
    confirmCharge: async () => {
      if (calls.confirm === 0 && errors.commitFirst) status = 'succeeded';
      const error = errors.confirm[calls.confirm++];
      if (error) throw error;
      status = 'succeeded';
      return { outcome: 'succeeded', intentId: 'pi_1' };
    },
    getIntent: async () => ({ intentId: 'pi_1', status, amount: 1000, currency: 'USD' }),
    cancelIntent: async () => {
      if (status === 'succeeded') throw new GatewayError('fatal', 'cannot cancel a succeeded intent');
      status = 'canceled';
    },
  } as unknown as PaymentGateway;
  return { gateway, calls, status: () => status };
}

const retryable = () => new GatewayError('retryable', 'Another request with this idempotency key is in progress', { httpStatus: 409, gatewayCode: 'idempotency_key_in_use' });
const timeout = () => new GatewayError('indeterminate', 'timed out', { gatewayCode: 'timeout' });

describe('one try at one card: how a gateway failure reads', () => {
  let db: Knex;
  let store: ChargeStore;
  let charge: ChargeRow;
  const lease = { token: 'lease_1', until: () => '2026-11-23T12:01:00.000Z' };
  const card: CardCandidate = { id: 'card_1', brand: 'visa', last4: '4242', paymentMethodId: 'pm_1', status: 'active', expMonth: 12, expYear: 2030, isDefault: true, position: 0 };

  beforeEach(async () => {
    db = await createTestDatabase();
    store = new ChargeStore(db);
    await db('accounts').insert({ id: 'acct_1', email: 'a@example.com', email_normalized: 'a@example.com', country: 'US', currency: 'USD', status: 'active', created_at: now, updated_at: now });
    await db('cards').insert({ id: 'card_1', account_id: 'acct_1', gateway_payment_method_id: 'pm_1', fingerprint: 'f', brand: 'visa', last4: '4242', exp_month: 12, exp_year: 2030, holder_name: 'Ada', status: 'active', is_default: true, position: 0, created_at: now, updated_at: now });
    charge = { id: 'ch_1', account_id: 'acct_1', idempotency_key: 'k', request_hash: 'h', amount: 1000, currency: 'USD', description: null, reference: null, status: 'processing', failure_code: null, card_id: null, locked_by: lease.token, locked_until: lease.until(), settle_after: null, recovery_passes: 0, created_at: now, updated_at: now, completed_at: null };
    await store.insert(charge);
  });
  afterEach(() => db.destroy());

  const attemptsWith = (gateway: PaymentGateway) => new ChargeAttempts(store, gateway, clock, createLogger('silent'), { retries: 2, delayMs: 0 });

  /** A try at the card as the fallback makes one: the row recorded first, then driven to the gateway. */
  async function tryCard(attempts: ChargeAttempts) {
    const row: AttemptRow = attempts.newAttempt(charge, card, 'cus_1', 1);
    expect(await store.startAttempt(lease.token, lease.until(), row)).to.equal(true);
    return attempts.settle(charge, row, lease);
  }

  it('when a timed-out confirmation went through and its retries are refused as retryable, then the outcome is unknown, the try stays pending, and settling finds the payment', async () => {
    const { gateway, calls, status } = failingConfirmGateway({ confirm: [retryable(), retryable(), retryable()], commitFirst: true });
    const attempts = attemptsWith(gateway);

    const outcome = await tryCard(attempts);

    expect(outcome, 'never "unavailable": the money did move').to.deep.equal({ kind: 'unknown' });
    expect(calls.confirm).to.equal(3);
    expect(status()).to.equal('succeeded');
    const [pending] = await store.attemptsOf(['ch_1']);
    expect(pending).to.include({ status: 'pending', intent_id: 'pi_1' });

    expect((await attempts.settle(charge, pending!, lease)).kind).to.equal('succeeded');
    expect((await store.findById('ch_1'))!).to.include({ status: 'succeeded', card_id: 'card_1' });
  });

  it('when confirming the stored intent times out, then the outcome is unknown without a blind second confirmation', async () => {
    const { gateway, calls } = failingConfirmGateway({ confirm: [timeout()] });
    expect(await tryCard(attemptsWith(gateway))).to.deep.equal({ kind: 'unknown' });
    expect(calls.confirm).to.equal(1);
    expect((await store.attemptsOf(['ch_1']))[0]).to.include({ status: 'pending', intent_id: 'pi_1' });
  });

  it('when the gateway fails before the intent id is known, then the gateway is unavailable and the try stays pending without an intent; settling replays the create under the same key and confirms once', async () => {
    const { gateway, calls } = failingConfirmGateway({ create: [timeout(), retryable(), retryable()], confirm: [] });
    const attempts = attemptsWith(gateway);
    expect(await tryCard(attempts)).to.deep.equal({ kind: 'unavailable' });
    expect(calls.confirm).to.equal(0);
    const [row] = await store.attemptsOf(['ch_1']);
    expect(row).to.include({ status: 'pending', intent_id: null });

    expect((await attempts.settle(charge, row!, lease)).kind).to.equal('succeeded');
    expect(calls).to.deep.equal({ create: 4, confirm: 1 });
    expect((await store.attemptsOf(['ch_1']))[0]).to.include({ status: 'succeeded', intent_id: 'pi_1' });
  });

  it('when the gateway refuses the create, then the try is a gateway error (an integration error, no money moved) and nothing is left to cancel', async () => {
    const refused = new GatewayError('fatal', 'Invalid currency: xxx', { httpStatus: 400, gatewayCode: 'parameter_invalid', requestId: 'req_1' });
    const { gateway, calls } = failingConfirmGateway({ create: [refused], confirm: [] });
    const outcome = await tryCard(attemptsWith(gateway));
    expect(outcome.kind).to.equal('failed');
    expect(calls).to.deep.equal({ create: 1, confirm: 0 });
    // The result is the fallback's to write, with its next step.
    const result = outcome.kind === 'failed' ? outcome.result : undefined;
    expect(result).to.include({ status: 'error', error_code: 'gateway_error', gateway_code: 'parameter_invalid', gateway_request_id: 'req_1' });
    expect(result!.message).to.match(/integration error/);
    expect((await store.attemptsOf(['ch_1']))[0]).to.include({ status: 'pending', intent_id: null });
  });

  it('when the gateway refuses the confirmation, then the intent is canceled and the try is a gateway error, not a decline', async () => {
    const refused = new GatewayError('fatal', 'This PaymentIntent cannot be confirmed', { httpStatus: 400, gatewayCode: 'payment_intent_unexpected_state' });
    const { gateway, calls, status } = failingConfirmGateway({ confirm: [refused] });
    const outcome = await tryCard(attemptsWith(gateway));
    expect(outcome.kind).to.equal('failed');
    expect(calls.confirm, 'a refusal is not retried').to.equal(1);
    expect(status()).to.equal('canceled');
    expect(outcome.kind === 'failed' && outcome.result).to.include({ status: 'error', error_code: 'gateway_error' });
    expect((await store.attemptsOf(['ch_1']))[0]).to.include({ status: 'pending', intent_id: 'pi_1' });
  });
});
