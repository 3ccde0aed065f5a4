import { addSeconds, type Clock } from '../../clock.js';
import { isGatewayError, type PaymentGateway, type PaymentOutcome } from '../../gateway/payment-gateway.js';
import { backoffSeconds, type Backoff } from '../../jobs/backoff.js';
import type { Logger } from '../../logger.js';
import { withGatewayRetries, type RetryPolicy } from '../../gateway/gateway-retry.js';
import { declinedFailure, MESSAGES, plainFailure } from './rules/topup-failures.js';
import type { TopupSettlement } from './topup-settlement.js';
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
    private readonly deps: { gateway: PaymentGateway; topups: TopupStore; settlement: TopupSettlement; clock: Clock; logger: Logger; options: TopupPaymentOptions },
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
    const { gateway, topups, settlement, options } = this.deps;
    let intentId: string;
    try {
      ({ intentId } = await withGatewayRetries(() => gateway.createCharge(createParams(topup)), options.retry, true));
    } catch (error) {
      if (!isGatewayError(error)) throw error;
      // No intent id: nothing was ever confirmed, so no money moved.
      if (error.kind === 'fatal') return this.finished(settlement.cancelled(topup.id, plainFailure('gateway_error', MESSAGES.gatewayError, error.details.gatewayCode)));
      return this.leaveForSettler(topup, token);
    }
    if (!(await topups.update(topup.id, token, { intent_id: intentId, locked_until: this.leaseUntil() }, this.now()))) return 'lost';

    let outcome;
    try {
      outcome = await confirm(intentId);
    } catch (error) {
      if (!isGatewayError(error)) throw error;
      // The intent exists: whatever the error, the money may have moved. The settler reads it.
      this.deps.logger.warn({ topup_id: topup.id, intent_id: intentId, kind: error.kind, err: error.message }, 'top-up outcome unknown; left for the settler');
      return this.leaveForSettler(topup, token);
    }
    switch (outcome.outcome) {
      case 'succeeded':
        return this.finished(settlement.paid(topup.id));
      case 'declined':
        return this.finished(settlement.cancelled(topup.id, declinedFailure(outcome.decline), { decline: outcome.decline }));
      case 'requires_action': {
        const waitUntil = addSeconds(this.deps.clock.now(), options.challengeSeconds).toISOString();
        return (await topups.release(topup.id, token, waitUntil, this.now(), { next_action_url: outcome.redirectUrl })) ? 'requires_action' : 'lost';
      }
    }
  }

  /** Finishes a top-up from the gateway's record (the customer's confirm, the settler). With
   * `abandonChallenge`, a 3-D Secure page still unanswered is given up on: the intent is canceled
   * first, so a late answer cannot charge the card. */
  async settle(topup: TopupRow, token: string, abandonChallenge: boolean): Promise<TopupStep> {
    const { gateway, settlement, options } = this.deps;
    const intentId = topup.intent_id;
    try {
      // A gateway error while learning the intent leaves it for the next pass, like any read.
      if (!intentId) return await this.cancelUnconfirmed(topup, plainFailure('interrupted', MESSAGES.interrupted));
      const state = await withGatewayRetries(() => gateway.getIntent(intentId), options.retry, true);
      switch (state.status) {
        case 'succeeded':
          return this.finished(settlement.paid(topup.id));
        case 'declined': {
          const decline = state.decline ?? { code: 'card_declined', message: 'The card was declined.' };
          return this.finished(settlement.cancelled(topup.id, declinedFailure(decline), { decline }));
        }
        case 'created':
        case 'canceled':
          return this.cancelUnconfirmed(topup, plainFailure('interrupted', MESSAGES.interrupted));
        case 'requires_action':
          if (abandonChallenge) return this.cancelUnconfirmed(topup, plainFailure('authentication_abandoned', MESSAGES.abandoned));
          return (await this.deps.topups.release(topup.id, token, topup.settle_after ?? this.now(), this.now())) ? 'requires_action' : 'lost';
        case 'processing':
        case 'held':
          return this.leaveForSettler(topup, token);
      }
    } catch (error) {
      if (!isGatewayError(error)) throw error;
      // Includes a cancel that lost the race with a late 3-D Secure answer: read again later.
      this.deps.logger.warn({ topup_id: topup.id, intent_id: intentId, err: error.message }, 'could not settle top-up yet');
      return this.leaveForSettler(topup, token);
    }
  }

  /** Cancels the intent at the gateway (if there is one) before the top-up: a payment that was
   * never confirmed can then never be. */
  async cancelUnconfirmed(topup: TopupRow, failure: Parameters<TopupSettlement['cancelled']>[1]): Promise<TopupStep> {
    const intentId = topup.intent_id ?? (await this.replayCreate(topup));
    if (intentId) {
      await withGatewayRetries(() => this.deps.gateway.cancelIntent({ intentId, idempotencyKey: topupGatewayKey(topup.id, 'cancel') }), this.deps.options.retry, true);
    }
    return this.finished(this.deps.settlement.cancelled(topup.id, failure));
  }

  /** The intent of a top-up whose create call went unanswered (a crash, a timeout): replaying the
   * create under the same key hands back the intent the gateway made (or makes it now), so that it
   * can be canceled rather than left open. Null when no create can have been sent. */
  private async replayCreate(topup: TopupRow): Promise<string | null> {
    if (!topup.gateway_customer_id || !topup.gateway_payment_method_id) return null;
    try {
      return (await withGatewayRetries(() => this.deps.gateway.createCharge(createParams(topup)), this.deps.options.retry, true)).intentId;
    } catch (error) {
      // Refused outright: the gateway made no intent under this key.
      if (isGatewayError(error) && error.kind === 'fatal') return null;
      throw error;
    }
  }

  get gatewayName(): string {
    return this.deps.gateway.name;
  }

  leaseUntil(): string {
    return addSeconds(this.deps.clock.now(), this.deps.options.leaseSeconds).toISOString();
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
function createParams(topup: TopupRow): Parameters<PaymentGateway['createCharge']>[0] {
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
