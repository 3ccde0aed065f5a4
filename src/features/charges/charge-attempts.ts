import type { Clock } from '../../clock.js';
import { newId } from '../../ids.js';
import type { Logger } from '../../logger.js';
import { createIntent, confirmIntent, readIntent, type IntentCalls, type Verdict } from '../../gateway/intent-settlement.js';
import type { GatewayError, PaymentGateway } from '../../gateway/payment-gateway.js';
import type { AttemptResult, AttemptRow, ChargeRow, ChargeStore } from './charge-store.js';
import type { RetryPolicy } from '../../gateway/gateway-retry.js';
import type { CardCandidate } from './rules/charge-order.js';
import { createChargeParams, declined, failure, interrupted, succeeded } from './rules/attempt-results.js';
import { gatewayKey } from './rules/gateway-keys.js';

/** How one try ended, for the fallback: go on with the next card, or stop. A decline or a failure
 * carries its result unwritten: the fallback writes it with its next step (one commit for both). */
export type TryOutcome =
  | { kind: 'succeeded'; result: AttemptResult; at: string } // recorded together with the charge's success
  | { kind: 'declined'; result: AttemptResult; at: string } // the card said no: next card
  | { kind: 'failed'; result: AttemptResult; at: string } // no money moved (refused request, interrupted try): next card
  | { kind: 'unknown' } // the money may have moved: stop until the gateway can tell
  | { kind: 'unavailable' } // the gateway failed before this try had an intent: stop, nothing moved
  | { kind: 'lost' }; // another worker holds the charge now

/** The caller's hold on the charge: every write that leads to a gateway call renews it. */
export interface Lease {
  token: string;
  /** A fresh expiry for a renewal. */
  until(): string;
}

const INTERRUPTED_UNCONFIRMED = 'The try stopped before the charge was confirmed; it was canceled at the gateway and no money moved.';

/**
 * One try at one card, the way money must move: record the intent (the attempt row, written by
 * the fallback with the charge or with the previous try's result) → create the gateway intent and
 * store its id → confirm → record the result. No database transaction is open across a gateway
 * call. `settle` drives a pending try: one without an intent id is created and confirmed; one
 * with an intent (left by a crash or an unknown answer) is finished by reading the gateway, never
 * by confirming again.
 */
export class ChargeAttempts {
  constructor(
    private readonly store: ChargeStore,
    private readonly gateway: PaymentGateway,
    private readonly clock: Clock,
    private readonly logger: Logger,
    private readonly retry: RetryPolicy,
  ) {}

  /** The row of a new try (pending, no intent yet), for the fallback to record. */
  newAttempt(charge: ChargeRow, card: CardCandidate, customerId: string, number: number): AttemptRow {
    const now = this.now();
    return {
      id: newId('chatt'),
      charge_id: charge.id,
      number,
      card_id: card.id,
      brand: card.brand,
      last4: card.last4,
      gateway: this.gateway.name,
      gateway_customer_id: customerId,
      gateway_payment_method_id: card.paymentMethodId,
      intent_id: null,
      status: 'pending',
      error_code: null,
      decline_code: null,
      gateway_code: null,
      message: null,
      gateway_request_id: null,
      round: charge.dunning_round ?? 0,
      created_at: now,
      updated_at: now,
      completed_at: null,
    };
  }

  /**
   * Creates the try's intent under the key made from (charge, try number), stores its id, then
   * confirms it. Also how a pending try without an intent id is resumed: no confirmation can
   * have been sent for it (that needs the stored id), so replaying the create under the same key
   * learns the intent the gateway made (or makes it now), and confirming it is its first
   * confirmation. No intent is left behind unconfirmed and unknown to us.
   */
  private async createAndConfirm(charge: ChargeRow, attempt: AttemptRow, lease: Lease): Promise<TryOutcome> {
    const calls = this.callsFor(charge, attempt);
    const created = await createIntent(calls, createChargeParams(charge, attempt));
    if ('verdict' in created) {
      // An intent may exist under this key all the same (a timeout, or an SDK resend after a first
      // try that went through): the try stays pending, and recovery replays the create.
      if (created.verdict === 'unavailable') {
        this.logger.warn({ charge_id: charge.id, attempt: attempt.number, kind: created.error.kind, err: created.error.message }, 'could not create the charge intent; left for recovery');
      }
      return this.recorded(created, charge, attempt, lease);
    }
    const { intentId } = created;
    // The intent id is stored before the call that moves money: from here on, recovery can ask.
    const stillHeld = await this.store.recordIntent(lease.token, lease.until(), attempt, intentId, this.now());
    const withIntent = { ...attempt, intent_id: intentId };
    if (!stillHeld) return { kind: 'lost' };

    // Left pending when unknown: recovery reads the intent (and cancels it if it was never
    // confirmed) and never confirms it blindly again.
    const verdict = await confirmIntent(calls, intentId, () => this.gateway.confirmCharge({ intentId, idempotencyKey: gatewayKey(charge.id, attempt.number, 'confirm') }), {
      resendRetryable: true,
      onRefusal: 'read_and_cancel',
    });
    if (verdict.verdict === 'unknown' && verdict.error) {
      if (verdict.refused) this.logger.warn({ charge_id: charge.id, attempt: attempt.number, intent_id: intentId, err: verdict.error.message }, 'could not cancel the refused charge intent yet');
      else this.logger.warn({ charge_id: charge.id, attempt: attempt.number, intent_id: intentId, kind: verdict.error.kind, err: verdict.error.message }, 'charge outcome unknown; left for recovery');
    }
    return this.recorded(verdict, charge, withIntent, lease);
  }

  /** Finishes a pending try from the gateway's own record of its intent. */
  async settle(charge: ChargeRow, attempt: AttemptRow, lease: Lease): Promise<TryOutcome> {
    const intentId = attempt.intent_id;
    if (!intentId) return this.createAndConfirm(charge, attempt, lease);
    // Off session nobody can pass 3-D Secure: an intent waiting for it is as good as a decline,
    // and is canceled so that it cannot be completed later.
    const verdict = await readIntent(this.callsFor(charge, attempt), intentId, 'off_session');
    if (verdict.verdict === 'unknown') {
      if (verdict.status) this.logger.info({ charge_id: charge.id, attempt: attempt.number, intent_id: intentId, status: verdict.status }, 'charge still in flight at the gateway');
      // Includes a cancel that lost a race with a late confirmation: the next pass reads it again.
      if (verdict.error) this.logger.warn({ charge_id: charge.id, attempt: attempt.number, intent_id: intentId, err: verdict.error.message }, 'could not settle charge attempt yet');
    }
    return this.recorded(verdict, charge, attempt, lease);
  }

  /** A verdict as the fallback's outcome of this try; only a success is written here. */
  private async recorded(verdict: Verdict, charge: ChargeRow, attempt: AttemptRow, lease: Lease): Promise<TryOutcome> {
    switch (verdict.verdict) {
      case 'succeeded':
        return this.recordPaid(attempt, lease);
      case 'declined':
        return this.result('declined', declined(verdict.decline));
      case 'failed':
        if (verdict.reason === 'gateway_error') return this.refused(charge, attempt, verdict.error);
        return this.result('failed', interrupted(INTERRUPTED_UNCONFIRMED));
      case 'unknown':
        return { kind: 'unknown' };
      case 'unavailable':
        return { kind: 'unavailable' };
      case 'requires_action':
        // Only an on-session confirmation asks for the customer; a charge's never does.
        throw new Error('an off-session charge asked for 3-D Secure');
    }
  }

  /** An integration error: logged as an error, recorded on the try; the card is not tried again. */
  private refused(charge: ChargeRow, attempt: AttemptRow, error: GatewayError): TryOutcome {
    this.logger.error(
      { charge_id: charge.id, attempt: attempt.number, intent_id: attempt.intent_id, gateway_error: { kind: error.kind, message: error.message, ...error.details } },
      'gateway refused the charge request (integration error)',
    );
    return this.result('failed', failure('gateway_error', error));
  }

  /** The gateway calls of one try, under its keys. */
  private callsFor(charge: ChargeRow, attempt: AttemptRow): IntentCalls {
    return { gateway: this.gateway, retry: this.retry, cancelKey: gatewayKey(charge.id, attempt.number, 'cancel') };
  }

  /** The try that paid and the charge, in one transaction: the last recovery point. */
  private async recordPaid(attempt: AttemptRow, lease: Lease): Promise<TryOutcome> {
    const at = this.now();
    const result = succeeded();
    return (await this.store.finishPaid(lease.token, attempt, result, at)) ? { kind: 'succeeded', result, at } : { kind: 'lost' };
  }

  /** A decline or a failure, left for the fallback to write with its next step. */
  private result(kind: 'declined' | 'failed', result: AttemptResult): TryOutcome {
    return { kind, result, at: this.now() };
  }

  private now(): string {
    return this.clock.now().toISOString();
  }
}
