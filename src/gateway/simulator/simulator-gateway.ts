import type { Knex } from 'knex';
import type { Clock } from '../../clock.js';
import { runOnKnex, type Reads } from '../../db/read-statements.js';
import { newId } from '../../ids.js';
import type {
  AttachOutcome,
  CardDetails,
  ChargeOutcome,
  HoldOutcome,
  IntentState,
  PaymentGateway,
  PaymentOutcome,
  ReleaseOutcome,
} from '../payment-gateway.js';
import { decideConfirmation } from './decide-confirmation.js';
import { newSimulatorIntent, statusAfter, withRequestId } from './new-simulator-intent.js';
import { resolvePaymentMethod } from './resolve-payment-method.js';
import { SimulatorChallenges, type ThreeDSecureChallenge } from './simulator-challenges.js';
import { simulatorCardDetails } from './simulator-card-details.js';
import { concurrentChange, invalidRequest, refusedByTestCard, resourceMissing, unexpectedIntentState } from './simulator-errors.js';
import { injectedFailure, SimulatorFailures, type SimulatorFailureKind, type SimulatorOperation } from './simulator-failures.js';
import { SimulatorIdempotency, type SimulatorEffect } from './simulator-idempotency.js';
import { SimulatorStore, type SimulatorIntent, type SimulatorPaymentMethod } from './simulator-store.js';
import { findSimulatorTestCard } from './simulator-test-cards.js';

export interface SimulatorGatewayOptions {
  db: Knex;
  /** Runs the reads made outside transactions (queries built on `db`); knex itself when absent.
   * The charge calls read their key, payment method and intent there, and write only what
   * changes under `db`. */
  reads?: Reads;
  clock: Clock;
  /** Added to every call, AFTER its effect is committed: a process killed meanwhile has charged
   * at the "remote" side without hearing the answer, like a real timeout. */
  latencyMs: number;
  /** Where the app serves `/simulator/3ds/:intentId` (the 3-D Secure page). */
  publicBaseUrl: string;
  merchantName?: string;
}

/** An in-process stand-in for Stripe test mode, driven by `simulatorTestCards`. Its state lives in
 * the `simulator_*` tables, so it survives restarts like a remote system. */
export class SimulatorGateway implements PaymentGateway {
  readonly name = 'simulator' as const;
  private readonly db: Knex;
  private readonly reads: Reads;
  private readonly clock: Clock;
  private readonly latencyMs: number;
  private readonly publicBaseUrl: string;
  private readonly merchantName: string;
  private readonly store = new SimulatorStore();
  private readonly failures = new SimulatorFailures();
  private readonly idempotency: SimulatorIdempotency;
  private readonly challenges: SimulatorChallenges;

  constructor(options: SimulatorGatewayOptions) {
    this.db = options.db;
    this.reads = options.reads ?? runOnKnex;
    this.clock = options.clock;
    this.latencyMs = options.latencyMs;
    this.publicBaseUrl = options.publicBaseUrl.replace(/\/+$/, '');
    this.merchantName = options.merchantName ?? 'Card Vault';
    this.idempotency = new SimulatorIdempotency(options.db, options.clock, this.reads);
    this.challenges = new SimulatorChallenges({ db: this.db, clock: this.clock, store: this.store, merchantName: this.merchantName });
  }

  /** Tests: make the next `times` calls of `operation` fail the given way. */
  failNext(operation: SimulatorOperation, kind: SimulatorFailureKind, times = 1): void {
    this.failures.add(operation, kind, times);
  }

  clearFailures(): void {
    this.failures.clear();
  }

  ensureCustomer(input: { accountId: string; email: string; idempotencyKey: string }) {
    const { accountId, email } = input;
    return this.write('ensureCustomer', input.idempotencyKey, { accountId, email }, async (trx) => {
      const customerId = newId('cus');
      await this.store.insertCustomer(trx, { id: customerId, accountId, email, createdAt: this.now() });
      return { customerId };
    });
  }

  attachPaymentMethod(input: { customerId: string; paymentMethod: string; idempotencyKey: string }) {
    const { customerId, paymentMethod } = input;
    return this.write('attachPaymentMethod', input.idempotencyKey, { customerId, paymentMethod }, async (trx): Promise<AttachOutcome> => {
      if (!(await this.store.customerExists(trx, customerId))) throw resourceMissing('customer', customerId);
      const testCard = findSimulatorTestCard(paymentMethod);
      if (testCard) {
        // Stripe validates the card with the issuer on attach: decline cards fail right here.
        if (testCard.declines?.when === 'on_attach') return { outcome: 'declined', decline: withRequestId(testCard.declines.decline) };
        const method: SimulatorPaymentMethod = {
          id: newId('pm'),
          testCardId: paymentMethod,
          customerId,
          card: simulatorCardDetails(testCard, this.clock.now()),
          setUpForOffSession: false,
          detachedAt: null,
          createdAt: this.now(),
        };
        await this.store.insertPaymentMethod(trx, method);
        return { outcome: 'attached', paymentMethodId: method.id, card: method.card };
      }
      const existing = await this.store.findPaymentMethod(trx, paymentMethod);
      if (!existing) throw resourceMissing('PaymentMethod', paymentMethod);
      if (existing.customerId !== customerId) {
        throw invalidRequest('The payment method was detached or belongs to another customer and may not be used again.', 'payment_method_unexpected_state');
      }
      return { outcome: 'attached', paymentMethodId: existing.id, card: existing.card };
    });
  }

  detachPaymentMethod(input: { paymentMethodId: string; idempotencyKey: string }) {
    const { paymentMethodId } = input;
    return this.write('detachPaymentMethod', input.idempotencyKey, { paymentMethodId }, async (trx) => {
      const method = await this.store.findPaymentMethod(trx, paymentMethodId);
      if (!method) throw resourceMissing('PaymentMethod', paymentMethodId);
      if (method.customerId) await this.store.updatePaymentMethod(trx, paymentMethodId, { customerId: null, detachedAt: this.now() });
    });
  }

  authorizeHold(input: Parameters<PaymentGateway['authorizeHold']>[0]) {
    const { customerId, paymentMethodId, amount, returnUrl } = input;
    const params = { customerId, paymentMethodId, amount, currency: input.currency.toUpperCase(), returnUrl, metadata: input.metadata ?? {} };
    return this.write('authorizeHold', input.idempotencyKey, params, async (trx): Promise<HoldOutcome> => {
      const method = await resolvePaymentMethod(this.store, trx, paymentMethodId, customerId);
      if (method.card.refuses === 'hold') throw refusedByTestCard('payment_intent');
      // A $0 check (amount 0): American Express cards here cannot do one, as at some processors.
      if (amount === 0 && method.card.brand === 'amex') return { outcome: 'zero_amount_refused' };
      const decision = decideConfirmation(method.card, { session: 'on', setUpForOffSession: method.stored?.setUpForOffSession ?? false, purpose: 'hold' });
      const intent = newSimulatorIntent({ ...params, purpose: 'hold', setupFutureUsage: true }, decision, this.now());
      await this.store.insertIntent(trx, intent);
      if (intent.decline) return { outcome: 'declined', intentId: intent.id, decline: intent.decline };
      if (intent.status === 'requires_action') return { outcome: 'requires_action', intentId: intent.id, redirectUrl: this.challengeUrl(intent.id) };
      return { outcome: 'held', intentId: intent.id };
    });
  }

  releaseHold(input: { intentId: string; idempotencyKey: string }) {
    const { intentId } = input;
    return this.write('releaseHold', input.idempotencyKey, { intentId }, async (trx): Promise<ReleaseOutcome> => {
      const intent = await this.requireIntent(trx, intentId);
      if (intent.status === 'canceled' || (intent.status === 'succeeded' && intent.refunded)) return { outcome: 'already_released' };
      if (intent.status === 'processing') throw unexpectedIntentState(intentId, intent.status, 'cancel');
      // A captured intent cannot be canceled; Stripe refunds it instead.
      const changes = intent.status === 'succeeded' ? { refunded: true } : { status: 'canceled' as const };
      if (!(await this.store.updateIntent(trx, intentId, intent.status, changes, this.now()))) throw concurrentChange(intentId);
      return { outcome: intent.status === 'succeeded' ? 'refunded' : 'released' };
    });
  }

  createCharge(input: Parameters<PaymentGateway['createCharge']>[0]) {
    const { customerId, paymentMethodId, amount, description } = input;
    const params = { customerId, paymentMethodId, amount, currency: input.currency.toUpperCase(), description, metadata: input.metadata ?? {} };
    return this.writeAfterReads('createCharge', input.idempotencyKey, params, async () => {
      // Committed state, read beside the writer: a detach racing this call is a race at Stripe too.
      await resolvePaymentMethod(this.store, this.db, paymentMethodId, customerId, this.reads);
      return async (trx) => {
        const intent = newSimulatorIntent({ ...params, purpose: 'charge', setupFutureUsage: false }, undefined, this.now());
        await this.store.insertIntent(trx, intent);
        return { intentId: intent.id };
      };
    });
  }

  confirmCharge(input: { intentId: string; idempotencyKey: string }) {
    const { intentId } = input;
    return this.writeAfterReads('confirmCharge', input.idempotencyKey, { intentId }, async (): Promise<SimulatorEffect<ChargeOutcome>> => {
      // Read beside the writer: the compare-and-set on the status below refuses a stale read, and
      // the idempotency layer then tries again from a fresh one.
      const intent = await this.requireIntent(this.db, intentId, this.reads);
      // Confirming again (a recovery with a fresh key) never moves the money twice.
      if (intent.purpose === 'charge' && intent.status === 'succeeded') return async () => ({ outcome: 'succeeded', intentId });
      if (intent.purpose !== 'charge' || (intent.status !== 'created' && intent.status !== 'declined')) {
        throw unexpectedIntentState(intentId, intent.status, 'confirm');
      }
      const method = await resolvePaymentMethod(this.store, this.db, intent.paymentMethodId, intent.customerId, this.reads);
      if (method.card.refuses === 'charge') throw refusedByTestCard('confirm');
      const decision = decideConfirmation(method.card, { session: 'off', setUpForOffSession: method.stored?.setUpForOffSession ?? false });
      const decline = decision.result === 'declined' ? withRequestId(decision.decline) : null;
      const status = decline ? 'declined' : 'succeeded';
      return async (trx) => {
        if (!(await this.store.updateIntent(trx, intentId, intent.status, { status, decline }, this.now()))) throw concurrentChange(intentId);
        return decline ? { outcome: 'declined', intentId, decline } : { outcome: 'succeeded', intentId };
      };
    });
  }

  confirmPayment(input: { intentId: string; returnUrl: string; setupFutureUsage: boolean; idempotencyKey: string }) {
    const { intentId, returnUrl, setupFutureUsage } = input;
    return this.write('confirmPayment', input.idempotencyKey, { intentId, returnUrl, setupFutureUsage }, async (trx): Promise<PaymentOutcome> => {
      const intent = await this.requireIntent(trx, intentId);
      if (intent.purpose === 'charge' && intent.status === 'succeeded') return { outcome: 'succeeded', intentId };
      if (intent.purpose !== 'charge' || (intent.status !== 'created' && intent.status !== 'declined')) {
        throw unexpectedIntentState(intentId, intent.status, 'confirm');
      }
      const method = await resolvePaymentMethod(this.store, trx, intent.paymentMethodId, intent.customerId);
      const decision = decideConfirmation(method.card, { session: 'on', setUpForOffSession: method.stored?.setUpForOffSession ?? false });
      const decline = decision.result === 'declined' ? withRequestId(decision.decline) : null;
      const status = statusAfter('charge', decision);
      if (!(await this.store.updateIntent(trx, intentId, intent.status, { status, decline, returnUrl, setupFutureUsage }, this.now()))) throw concurrentChange(intentId);
      if (decline) return { outcome: 'declined', intentId, decline };
      if (status === 'requires_action') return { outcome: 'requires_action', intentId, redirectUrl: this.challengeUrl(intentId) };
      if (setupFutureUsage && method.stored) await this.store.updatePaymentMethod(trx, method.stored.id, { setUpForOffSession: true });
      return { outcome: 'succeeded', intentId };
    });
  }

  cancelIntent(input: { intentId: string; idempotencyKey: string }) {
    const { intentId } = input;
    return this.write('cancelIntent', input.idempotencyKey, { intentId }, async (trx) => {
      const intent = await this.requireIntent(trx, intentId);
      if (intent.status === 'canceled') return;
      if (intent.status === 'succeeded' || intent.status === 'processing') throw unexpectedIntentState(intentId, intent.status, 'cancel');
      if (!(await this.store.updateIntent(trx, intentId, intent.status, { status: 'canceled' }, this.now()))) throw concurrentChange(intentId);
    });
  }

  updateExpiry(input: { paymentMethodId: string; expMonth: number; expYear: number; idempotencyKey: string }) {
    const { paymentMethodId, expMonth, expYear } = input;
    return this.write('updateExpiry', input.idempotencyKey, { paymentMethodId, expMonth, expYear }, async (trx): Promise<CardDetails> => {
      const method = await this.store.findPaymentMethod(trx, paymentMethodId);
      if (!method || method.detachedAt) throw resourceMissing('PaymentMethod', paymentMethodId);
      if (!Number.isInteger(expMonth) || expMonth < 1 || expMonth > 12) throw invalidRequest("Your card's expiration month is invalid.", 'invalid_expiry_month');
      const now = this.clock.now();
      const expired = expYear < now.getUTCFullYear() || (expYear === now.getUTCFullYear() && expMonth < now.getUTCMonth() + 1);
      if (!Number.isInteger(expYear) || expired || expYear > now.getUTCFullYear() + 50) {
        throw invalidRequest("Your card's expiration year is invalid.", 'invalid_expiry_year');
      }
      await this.store.updatePaymentMethod(trx, paymentMethodId, { expMonth, expYear });
      return { ...method.card, expMonth, expYear };
    });
  }

  getIntent(intentId: string): Promise<IntentState> {
    return this.perform('getIntent', async () => {
      const { id, status, amount, currency, decline } = await this.requireIntent(this.db, intentId);
      return { intentId: id, status, amount, currency, ...(decline ? { decline } : {}) };
    });
  }

  /** The 3-D Secure page's view of an intent; undefined for an unknown id. */
  getChallenge(intentId: string): Promise<ThreeDSecureChallenge | undefined> {
    return this.challenges.get(intentId);
  }

  /** The customer pressed Complete or Fail on the 3-D Secure page. */
  completeChallenge(intentId: string, outcome: 'complete' | 'fail'): Promise<ThreeDSecureChallenge | undefined> {
    return this.challenges.complete(intentId, outcome);
  }

  /** Tests: every intent, oldest first. */
  listIntents(filter: { customerId?: string; purpose?: 'hold' | 'charge' } = {}): Promise<SimulatorIntent[]> {
    return this.store.listIntents(this.db, filter);
  }

  /** Tests: how many times money was actually taken from this customer. */
  async countSucceededCharges(customerId: string): Promise<number> {
    return (await this.listIntents({ customerId, purpose: 'charge' })).filter((intent) => intent.status === 'succeeded').length;
  }

  /** Tests: a payment method as the simulator holds it (detached ones included). */
  getPaymentMethod(paymentMethodId: string): Promise<SimulatorPaymentMethod | undefined> {
    return this.store.findPaymentMethod(this.db, paymentMethodId);
  }

  private write<T>(operation: SimulatorOperation, key: string, params: unknown, effect: SimulatorEffect<T>): Promise<T> {
    return this.perform(operation, () => this.idempotency.run({ key, operation, params }, effect));
  }

  /** A write whose reads come first, outside its transaction (see SimulatorIdempotency.runStaged). */
  private writeAfterReads<T>(operation: SimulatorOperation, key: string, params: unknown, stage: () => Promise<SimulatorEffect<T>>): Promise<T> {
    return this.perform(operation, () => this.idempotency.runStaged({ key, operation, params }, stage));
  }

  /** Failure injection and latency around one call. The effect commits before the latency, so a
   * crash or an `indeterminate_after_commit` failure leaves it done but unanswered. */
  private async perform<T>(operation: SimulatorOperation, work: () => Promise<T>): Promise<T> {
    const failure = this.failures.take(operation);
    if (failure && failure !== 'indeterminate_after_commit') {
      await this.sleep();
      throw injectedFailure(operation, failure);
    }
    const result = await work();
    await this.sleep();
    if (failure) throw injectedFailure(operation, failure);
    return result;
  }

  private async requireIntent(db: Knex, intentId: string, reads?: Reads): Promise<SimulatorIntent> {
    const intent = await this.store.findIntent(db, intentId, reads);
    if (!intent) throw resourceMissing('payment_intent', intentId);
    return intent;
  }

  private challengeUrl(intentId: string): string {
    return `${this.publicBaseUrl}/simulator/3ds/${encodeURIComponent(intentId)}`;
  }

  private now(): string {
    return this.clock.now().toISOString();
  }

  private sleep(): Promise<void> {
    return this.latencyMs > 0 ? new Promise((resolve) => setTimeout(resolve, this.latencyMs)) : Promise.resolve();
  }
}
