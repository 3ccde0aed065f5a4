import { addSeconds, type Clock } from '../../clock.js';
import { isGatewayError, type PaymentGateway, type PaymentOutcome } from '../../gateway/payment-gateway.js';
import { backoffSeconds, type Backoff } from '../../jobs/backoff.js';
import type { Logger } from '../../logger.js';
import type { RetryPolicy } from '../../gateway/gateway-retry.js';
import { cancelUnconfirmed, confirmIntent, createIntent, readIntent, type CreateParams, type IntentCalls } from '../../gateway/intent-settlement.js';
import { declinedFailure, MESSAGES, plainFailure } from './rules/topup-failures.js';
import type { TopupEnds } from './topup-ends.js';
import type { TopupRow, TopupStore } from './topup-store.js';

/** Where a top-up stands after a step: finished, waiting for the customer's 3-D Secure, or left
 * for the settler (unknown outcome, or another worker holds it). */
export type TopupStep = 'finished' | 'requires_action' | 'unknown' | 'lost';

export interface TopupPaymentOptions {
  leaseSeconds: number;
  /** How long a 3-D Secure page may stay unanswered before the settler cancels the top-up. */
  challengeSeconds: number;
  retry: RetryPolicy;
}

// A top-up whose outcome is unknown is looked at again after 5 s, 10, 20, … up to 5 minutes.
const SETTLE_BACKOFF: Backoff = { firstSeconds: 5, maxSeconds: 300 };

/** The gateway keys of a top-up: from its own id, so a retry after a crash lands on the same
 * gateway object. One intent per top-up, confirmed at most once under one key. */
export const topupGatewayKey = (topupId: string, step: 'create' | 'confirm' | 'cancel') => `topup:${topupId}:${step}`;

/**
 * Pays a top-up the way charges move money: the row exists (holding the lease) → create the
 * intent and store its id → confirm on session → record the answer. No transaction is open
 * across a gateway call. `settle` finishes a top-up from the gateway's record of its intent and
 * never confirms it again.
 */
export class TopupPayment {
  constructor(
    private readonly deps: { gateway: PaymentGateway; topups: TopupStore; ends: TopupEnds; clock: Clock; logger: Logger; options: TopupPaymentOptions },
  ) {}

  async pay(topup: TopupRow, token: string): Promise<TopupStep> {
    return this.payWith(topup, token, (intentId) =>
      this.deps.gateway.confirmPayment({ intentId, returnUrl: topup.return_url!, setupFutureUsage: topup.save_card, idempotencyKey: topupGatewayKey(topup.id, 'confirm') }),
    );
  }

  /** An automatic top-up: the customer is away, so the card is charged off-session, under the
   * stored-credential consent of the rule; a bank that wants 3-D Secure declines it with
   * `authentication_required` (never a redirect). Same record-first steps as `pay`. */
  async payOffSession(topup: TopupRow, token: string): Promise<TopupStep> {
    return this.payWith(topup, token, (intentId) => this.deps.gateway.confirmCharge({ intentId, idempotencyKey: topupGatewayKey(topup.id, 'confirm') }));
  }

  private async payWith(topup: TopupRow, token: string, confirm: (intentId: string) => Promise<PaymentOutcome>): Promise<TopupStep> {
    const { topups, ends } = this.deps;
    const calls = this.callsFor(topup);
    const created = await createIntent(calls, createParams(topup));
    if ('verdict' in created) {
      // No intent id: nothing was ever confirmed, so no money moved.
      if (created.verdict === 'failed') return this.finished(ends.cancelled(topup.id, plainFailure('gateway_error', MESSAGES.gatewayError, created.error.details.gatewayCode)));
      return this.leaveForSettler(topup, token);
    }
    const { intentId } = created;
    if (!(await topups.update(topup.id, token, { intent_id: intentId, locked_until: this.leaseUntil() }, this.now()))) return 'lost';

    // Sent once: the intent exists, so whatever the error (a refusal too), the money may have
    // moved. The settler reads it.
    const verdict = await confirmIntent(calls, intentId, () => confirm(intentId), { resendRetryable: false, onRefusal: 'unknown' });
    switch (verdict.verdict) {
      case 'succeeded':
        return this.finished(ends.paid(topup.id));
      case 'declined':
        return this.finished(ends.cancelled(topup.id, declinedFailure(verdict.decline), { decline: verdict.decline }));
      case 'requires_action': {
        const waitUntil = addSeconds(this.deps.clock.now(), this.deps.options.challengeSeconds).toISOString();
        return (await topups.release(topup.id, token, waitUntil, this.now(), { next_action_url: verdict.redirectUrl! })) ? 'requires_action' : 'lost';
      }
      default:
        if (verdict.verdict === 'unknown' && verdict.error) {
          this.deps.logger.warn({ topup_id: topup.id, intent_id: intentId, kind: verdict.error.kind, err: verdict.error.message }, 'top-up outcome unknown; left for the settler');
        }
        return this.leaveForSettler(topup, token);
    }
  }

  /** Finishes a top-up from the gateway's record (the customer's confirm, the settler). With
   * `abandonChallenge`, a 3-D Secure page still unanswered is given up on: the intent is canceled
   * first, so a late answer cannot charge the card. */
  async settle(topup: TopupRow, token: string, abandonChallenge: boolean): Promise<TopupStep> {
    const { ends } = this.deps;
    const intentId = topup.intent_id;
    if (!intentId) {
      try {
        return await this.cancelUnconfirmed(topup, plainFailure('interrupted', MESSAGES.interrupted));
      } catch (error) {
        // A gateway error while learning the intent leaves it for the next pass, like any read.
        if (!isGatewayError(error)) throw error;
        return this.notSettledYet(topup, token, error);
      }
    }
    const verdict = await readIntent(this.callsFor(topup), intentId, abandonChallenge ? 'give_up' : 'wait');
    switch (verdict.verdict) {
      case 'succeeded':
        return this.finished(ends.paid(topup.id));
      case 'declined':
        return this.finished(ends.cancelled(topup.id, declinedFailure(verdict.decline), { decline: verdict.decline }));
      case 'failed':
        return this.finished(ends.cancelled(topup.id, verdict.reason === 'interrupted' ? plainFailure('interrupted', MESSAGES.interrupted) : plainFailure('authentication_abandoned', MESSAGES.abandoned)));
      case 'requires_action':
        return (await this.deps.topups.release(topup.id, token, topup.settle_after ?? this.now(), this.now())) ? 'requires_action' : 'lost';
      case 'unknown':
        // An error includes a cancel that lost the race with a late 3-D Secure answer: read again later.
        return verdict.error ? this.notSettledYet(topup, token, verdict.error) : this.leaveForSettler(topup, token);
    }
  }

  /** Cancels the intent at the gateway (if there is one, or if a create may have made one) before
   * the top-up: a payment that was never confirmed can then never be. */
  async cancelUnconfirmed(topup: TopupRow, failure: Parameters<TopupEnds['cancelled']>[1]): Promise<TopupStep> {
    const createSent = Boolean(topup.gateway_customer_id && topup.gateway_payment_method_id);
    await cancelUnconfirmed(this.callsFor(topup), topup.intent_id, createSent ? createParams(topup) : null);
    return this.finished(this.deps.ends.cancelled(topup.id, failure));
  }

  get gatewayName(): string {
    return this.deps.gateway.name;
  }

  leaseUntil(): string {
    return addSeconds(this.deps.clock.now(), this.deps.options.leaseSeconds).toISOString();
  }

  private notSettledYet(topup: TopupRow, token: string, error: Error): Promise<TopupStep> {
    this.deps.logger.warn({ topup_id: topup.id, intent_id: topup.intent_id, err: error.message }, 'could not settle top-up yet');
    return this.leaveForSettler(topup, token);
  }

  /** The gateway calls of a top-up's one intent, under its keys. */
  private callsFor(topup: TopupRow): IntentCalls {
    return { gateway: this.deps.gateway, retry: this.deps.options.retry, cancelKey: topupGatewayKey(topup.id, 'cancel') };
  }

  private async leaveForSettler(topup: TopupRow, token: string): Promise<TopupStep> {
    const delay = backoffSeconds(SETTLE_BACKOFF, topup.settle_passes);
    const released = await this.deps.topups.release(topup.id, token, addSeconds(this.deps.clock.now(), delay).toISOString(), this.now());
    return released ? 'unknown' : 'lost';
  }

  private async finished(done: Promise<unknown>): Promise<TopupStep> {
    await done;
    return 'finished';
  }

  private now(): string {
    return this.deps.clock.now().toISOString();
  }
}

/** The create call of a top-up's intent: the same parameters and key every time it is sent. */
function createParams(topup: TopupRow): CreateParams {
  return {
    customerId: topup.gateway_customer_id!,
    paymentMethodId: topup.gateway_payment_method_id!,
    amount: topup.amount,
    currency: topup.currency,
    description: `Card Vault top-up ${topup.number}`,
    idempotencyKey: topupGatewayKey(topup.id, 'create'),
    metadata: { topup_id: topup.id, account_id: topup.account_id, purpose: 'topup' },
  };
}
