import { addSeconds, type Clock } from '../../clock.js';
import { newId } from '../../ids.js';
import { isGatewayError, type HoldOutcome, type PaymentGateway } from '../../gateway/payment-gateway.js';
import { verificationAmount } from '../../money/currencies.js';
import type { CardRow } from './card-store.js';
import type { HoldRow, HoldStore, VerificationMethod } from './hold-store.js';

/** What adding a card (or new dates on it) ends with: held, or waiting for the bank's page. */
export type VerificationResult =
  | { status: 'held'; card: CardRow; hold: HoldRow }
  | { status: 'requires_action'; card: CardRow; redirectUrl: string };

// Longer than any gateway call can take (the Stripe SDK's timeout and its retries): until then the
// request itself owns the authorization, afterwards the recovery job may take it over.
export const AUTHORIZATION_LEASE_SECONDS = 600;
const FALLBACK_CURRENCY = 'USD';

/** How a verification ended at the gateway (a refused $0 never reaches the caller: it becomes a one-unit hold). */
export type PlacedHold = Exclude<HoldOutcome, { outcome: 'zero_amount_refused' }>;

export interface HoldRequest {
  accountId: string;
  historyId: string;
  customerId: string;
  paymentMethodId: string;
  currency: string;
  returnUrl: string;
}

/** The parameters of the gateway call for a hold row. Rebuilt from the row by the recovery job, so
 * a replay sends exactly the same request under the same idempotency key. */
export const authorizeHoldParams = (hold: HoldRow) => ({
  customerId: hold.gateway_customer_id,
  paymentMethodId: hold.gateway_payment_method_id,
  amount: hold.amount,
  currency: hold.currency,
  returnUrl: hold.return_url,
  idempotencyKey: `hold:${hold.id}`,
  metadata: { hold_id: hold.id, account_id: hold.account_id, purpose: 'card_verification' },
});

/** Places the verification hold: the row first (with a lease), then the gateway call. Recording
 * the answer is the caller's, together with the card and the history entry. */
export class CardVerification {
  constructor(
    private readonly gateway: PaymentGateway,
    private readonly holds: HoldStore,
    private readonly clock: Clock,
    /** VERIFICATION_METHOD: `hold` (the 1.00 USD hold) or `zero_amount` ($0, with a one-unit hold
     * released at once where the gateway or network refuses $0). */
    private readonly method: 'hold' | 'zero_amount' = 'hold',
  ) {}

  async authorize(request: HoldRequest): Promise<{ hold: HoldRow; outcome: PlacedHold }> {
    if (this.method === 'hold') {
      const placed = await this.place(request, 'hold');
      if (placed.outcome.outcome === 'zero_amount_refused') throw new Error('the gateway answered a hold as a $0 verification');
      return { hold: placed.hold, outcome: placed.outcome };
    }
    const zero = await this.place(request, 'zero_amount');
    if (zero.outcome.outcome !== 'zero_amount_refused') return { hold: zero.hold, outcome: zero.outcome };
    // Nothing happened at the gateway: that row ends, and a one-unit hold (its own row and key) verifies instead.
    await this.holds.transition(zero.hold.id, 'authorizing', { status: 'abandoned', lease_until: null, last_error: 'zero_amount_refused', updated_at: this.clock.now().toISOString() });
    const unit = await this.place(request, 'one_unit_hold');
    if (unit.outcome.outcome === 'zero_amount_refused') throw new Error('the gateway answered a one-unit hold as a $0 verification');
    return { hold: unit.hold, outcome: unit.outcome };
  }

  private async place(request: HoldRequest, method: VerificationMethod): Promise<{ hold: HoldRow; outcome: HoldOutcome }> {
    const now = this.clock.now();
    const amount = method === 'zero_amount' ? 0 : verificationAmount(request.currency);
    const hold: HoldRow = {
      id: newId('hold'),
      account_id: request.accountId,
      history_id: request.historyId,
      gateway_customer_id: request.customerId,
      gateway_payment_method_id: request.paymentMethodId,
      return_url: request.returnUrl,
      intent_id: null,
      next_action_url: null,
      amount: amount ?? verificationAmount(FALLBACK_CURRENCY)!,
      method,
      currency: amount === undefined ? FALLBACK_CURRENCY : request.currency.toUpperCase(),
      status: 'authorizing',
      release_after: null,
      attempts: 0,
      lease_until: addSeconds(now, AUTHORIZATION_LEASE_SECONDS).toISOString(),
      last_error: null,
      released_at: null,
      created_at: now.toISOString(),
      updated_at: now.toISOString(),
    };
    await this.holds.insert(hold);
    try {
      return { hold, outcome: await this.gateway.authorizeHold(authorizeHoldParams(hold)) };
    } catch (error) {
      // Abandoned only when the gateway refused the request (fatal). Anything else may have
      // authorized money: a timeout, a 409 while an earlier try under this key still runs, and
      // even a "retryable" error, since the SDK's own resends can end on a refused connection after
      // a first try that went through. The row stays `authorizing`, and the recovery job replays
      // the key and releases whatever was held.
      if (isGatewayError(error) && error.kind === 'fatal') {
        await this.holds.transition(hold.id, 'authorizing', {
          status: 'abandoned',
          lease_until: null,
          last_error: error instanceof Error ? error.message.slice(0, 500) : String(error),
          updated_at: this.clock.now().toISOString(),
        });
      }
      throw error;
    }
  }
}
