import type { Clock } from '../../clock.js';
import { newId } from '../../ids.js';
import type { Logger } from '../../logger.js';
import { isGatewayError, type ChargeOutcome, type Decline, type GatewayError, type PaymentGateway } from '../../gateway/payment-gateway.js';
import type { AttemptErrorCode, AttemptResult, AttemptRow, ChargeRow, ChargeStore } from './charge-store.js';
import { withGatewayRetries, type RetryPolicy } from './gateway-retry.js';
import type { CardCandidate } from './rules/charge-order.js';
import { gatewayKey } from './rules/gateway-keys.js';

/** How one try ended, for the fallback: go on with the next card, or stop. */
export type TryOutcome =
  | { kind: 'succeeded' } // recorded together with the charge's success
  | { kind: 'declined' } // the card said no: next card
  | { kind: 'failed' } // no money moved (refused request, interrupted try): next card
  | { kind: 'unknown' } // the money may have moved: stop until the gateway can tell
  | { kind: 'unavailable' } // the gateway failed before this try had an intent: stop, nothing moved
  | { kind: 'lost' }; // another worker holds the charge now

/** The caller's hold on the charge: every write that leads to a gateway call renews it. */
export interface Lease {
  token: string;
  /** A fresh expiry for a renewal. */
  until(): string;
}

const AUTHENTICATION_REQUIRED: Decline = {
  code: 'authentication_required',
  declineCode: 'authentication_required',
  message: 'The bank asked for authentication, which is not possible on a charge without the customer.',
};
const INTERRUPTED_BEFORE_SEND = 'The try stopped before the charge reached the gateway; no money moved.';
const INTERRUPTED_UNCONFIRMED = 'The try stopped before the charge was confirmed; it was canceled at the gateway and no money moved.';

/**
 * One try at one card, the way money must move: record the intent (the attempt row) → create the
 * gateway intent and store its id → confirm → record the result. No database transaction is open
 * across a gateway call. `settle` finishes a try that was left pending by reading the gateway,
 * never by confirming again.
 */
export class ChargeAttempts {
  constructor(
    private readonly store: ChargeStore,
    private readonly gateway: PaymentGateway,
    private readonly clock: Clock,
    private readonly logger: Logger,
    private readonly retry: RetryPolicy,
  ) {}

  async tryCard(charge: ChargeRow, card: CardCandidate, customerId: string, number: number, lease: Lease): Promise<TryOutcome> {
    const now = this.now();
    const attempt: AttemptRow = {
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
      created_at: now,
      updated_at: now,
      completed_at: null,
    };
    if (!(await this.store.startAttempt(lease.token, lease.until(), attempt))) return { kind: 'lost' };

    let intentId: string;
    try {
      // Safe to repeat on a timeout: the key makes the gateway hand back the same intent.
      ({ intentId } = await withGatewayRetries(
        () =>
          this.gateway.createCharge({
            customerId,
            paymentMethodId: card.paymentMethodId,
            amount: charge.card_amount ?? charge.amount, // the part the balance did not pay
            currency: charge.currency,
            ...(charge.description ? { description: charge.description } : {}),
            idempotencyKey: gatewayKey(charge.id, number, 'create'),
            metadata: { charge_id: charge.id, attempt: String(number), account_id: charge.account_id },
          }),
        this.retry,
        true,
      ));
    } catch (error) {
      if (!isGatewayError(error)) throw error;
      // Without an intent id nothing was ever confirmed, so no money moved whatever happened there.
      if (error.kind === 'fatal') return this.record(attempt, failure('gateway_error', error), { kind: 'failed' });
      return this.record(attempt, failure('gateway_unavailable', error), { kind: 'unavailable' });
    }
    // The intent id is stored before the call that moves money: from here on, recovery can ask.
    const stillHeld = await this.store.recordIntent(lease.token, lease.until(), attempt, intentId, this.now());
    const withIntent = { ...attempt, intent_id: intentId };
    if (!stillHeld) return { kind: 'lost' };

    let outcome: ChargeOutcome;
    try {
      outcome = await withGatewayRetries(() => this.gateway.confirmCharge({ intentId, idempotencyKey: gatewayKey(charge.id, number, 'confirm') }), this.retry, false);
    } catch (error) {
      if (!isGatewayError(error)) throw error;
      // The intent exists, so even a "retryable" failure here cannot promise that no money moved:
      // a confirmation that timed out may have gone through before the retries were refused (Stripe
      // answers a retry of a confirmation still in flight with a 409). Left pending: recovery reads
      // the intent (and cancels it if it was never confirmed) and never confirms it blindly again.
      if (error.kind === 'retryable' || error.kind === 'indeterminate') {
        this.logger.warn({ charge_id: charge.id, attempt: number, intent_id: intentId, kind: error.kind, err: error.message }, 'charge outcome unknown; left for recovery');
        return { kind: 'unknown' };
      }
      // The gateway refused the confirmation itself: whatever happened, the intent's own state
      // says it (never confirmed: canceled, and the card tried again a bounded number of times).
      return this.settle(charge, withIntent, lease);
    }
    if (outcome.outcome === 'succeeded') return this.recordPaid(withIntent, lease);
    return this.record(withIntent, declined(outcome.decline), { kind: 'declined' });
  }

  /** Finishes a pending try from the gateway's own record of its intent. */
  async settle(charge: ChargeRow, attempt: AttemptRow, lease: Lease): Promise<TryOutcome> {
    const intentId = attempt.intent_id;
    if (!intentId) return this.record(attempt, interrupted(INTERRUPTED_BEFORE_SEND), { kind: 'failed' });
    try {
      const state = await withGatewayRetries(() => this.gateway.getIntent(intentId), this.retry, true);
      switch (state.status) {
        case 'succeeded':
          return this.recordPaid(attempt, lease);
        case 'declined':
          return this.record(attempt, declined(state.decline ?? { code: 'card_declined', message: 'The card was declined.' }), { kind: 'declined' });
        case 'created':
          // Never confirmed. Canceling makes sure it never will be (a late confirmation then
          // fails at the gateway) before the card is tried again under a new key.
          await withGatewayRetries(() => this.gateway.cancelIntent({ intentId, idempotencyKey: gatewayKey(charge.id, attempt.number, 'cancel') }), this.retry, true);
          return this.record(attempt, interrupted(INTERRUPTED_UNCONFIRMED), { kind: 'failed' });
        case 'canceled':
          return this.record(attempt, interrupted(INTERRUPTED_UNCONFIRMED), { kind: 'failed' });
        case 'requires_action':
          // Off session nobody can pass 3-D Secure: as good as a decline, and canceled so that
          // the intent cannot be completed later.
          await withGatewayRetries(() => this.gateway.cancelIntent({ intentId, idempotencyKey: gatewayKey(charge.id, attempt.number, 'cancel') }), this.retry, true);
          return this.record(attempt, declined(AUTHENTICATION_REQUIRED), { kind: 'declined' });
        case 'processing':
        case 'held':
          this.logger.info({ charge_id: charge.id, attempt: attempt.number, intent_id: intentId, status: state.status }, 'charge still in flight at the gateway');
          return { kind: 'unknown' };
      }
    } catch (error) {
      if (!isGatewayError(error)) throw error;
      // Includes a cancel that lost a race with a late confirmation: the next pass reads it again.
      this.logger.warn({ charge_id: charge.id, attempt: attempt.number, intent_id: intentId, err: error.message }, 'could not settle charge attempt yet');
      return { kind: 'unknown' };
    }
  }

  private async recordPaid(attempt: AttemptRow, lease: Lease): Promise<TryOutcome> {
    return (await this.store.finishPaid(lease.token, attempt, succeeded(), this.now())) ? { kind: 'succeeded' } : { kind: 'lost' };
  }

  private async record(attempt: AttemptRow, result: AttemptResult, outcome: TryOutcome): Promise<TryOutcome> {
    // A try already finished by someone else means this worker's lease is gone.
    return (await this.store.finishAttempt(attempt.id, result, this.now())) ? outcome : { kind: 'lost' };
  }

  private now(): string {
    return this.clock.now().toISOString();
  }
}

const blank: AttemptResult = { status: 'pending', error_code: null, decline_code: null, gateway_code: null, message: null, gateway_request_id: null };

const succeeded = (): AttemptResult => ({ ...blank, status: 'succeeded' });

// Billing sees the gateway's real decline code (Stripe's decline_code, else its error code); the
// coarse customer-facing mapping applies only where customers add cards.
const declined = (decline: Decline): AttemptResult => ({
  ...blank,
  status: 'declined',
  decline_code: decline.declineCode ?? decline.code,
  gateway_code: decline.code,
  message: decline.message,
  gateway_request_id: decline.requestId ?? null,
});

const failure = (errorCode: AttemptErrorCode, error: GatewayError): AttemptResult => ({
  ...blank,
  status: 'error',
  error_code: errorCode,
  gateway_code: error.details.gatewayCode ?? null,
  message: errorCode === 'gateway_error' ? `The gateway refused the charge: ${error.message}` : 'The payment gateway failed before the charge could be sent to the card; no money moved.',
  gateway_request_id: error.details.requestId ?? null,
});

const interrupted = (message: string): AttemptResult => ({ ...blank, status: 'error', error_code: 'interrupted', message });
