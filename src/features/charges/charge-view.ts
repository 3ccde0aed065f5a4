import type { AttemptRow, ChargeRow } from './charge-rows.js';
import type { SkippedCard } from './network-retry-guard.js';

/** An attempt as billing sees it. `result` is `pending` only while a charge is processing and the
 * gateway's answer for that try is not known yet. */
export function toAttemptResponse(attempt: AttemptRow) {
  return {
    card_id: attempt.card_id,
    brand: attempt.brand,
    last4: attempt.last4,
    result: attempt.status,
    ...(attempt.decline_code ? { decline_code: attempt.decline_code } : {}),
    ...(attempt.advice_code ? { advice_code: attempt.advice_code } : {}),
    ...(attempt.network_decline_code ? { network_decline_code: attempt.network_decline_code } : {}),
    ...(attempt.network_advice_code ? { network_advice_code: attempt.network_advice_code } : {}),
    ...(attempt.status === 'declined' ? { network: attempt.network ?? attempt.brand } : {}),
    ...(attempt.message ? { message: attempt.message } : {}),
    // Which dunning round made it (0: the billing job's own pass).
    round: attempt.round ?? 0,
    created_at: attempt.created_at,
  };
}

export type ChargeResponse = ReturnType<typeof toChargeResponse>;

/** A charge as the API shows it, attempts in the order they were made. */
export function toChargeResponse(charge: ChargeRow, attempts: readonly AttemptRow[]) {
  return {
    id: charge.id,
    account_id: charge.account_id,
    status: charge.status,
    amount: charge.amount,
    currency: charge.currency,
    card_id: charge.card_id,
    payer_id: charge.payer_id ?? null,
    source: charge.source ?? 'cards',
    balance_amount: charge.balance_amount ?? 0,
    card_amount: charge.card_amount ?? charge.amount - (charge.balance_amount ?? 0),
    description: charge.description,
    reference: charge.reference,
    ...(charge.failure_code ? { failure_code: charge.failure_code } : {}),
    on_failure: charge.on_failure ?? 'fail',
    // Dunning: set while the charge is past due (next_retry_at) and once it ever was (past_due_since).
    past_due_since: charge.past_due_since ?? null,
    next_retry_at: charge.status === 'past_due' ? (charge.next_retry_at ?? null) : null,
    attempts: [...attempts].sort((a, b) => a.number - b.number).map(toAttemptResponse),
    skipped: charge.skipped ? (JSON.parse(charge.skipped) as SkippedCard[]) : [],
    created_at: charge.created_at,
    completed_at: charge.completed_at,
  };
}
