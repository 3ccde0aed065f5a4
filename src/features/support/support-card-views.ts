import type { HistoryRow } from '../cards/card-history-store.js';
import type { CardRow } from '../cards/card-rows.js';
import type { HoldRow } from '../cards/hold-store.js';
import { toCardResponse } from '../cards/card-view.js';
import { explainFailure } from './rules/explain-failure.js';

/** A card as support sees it: brand and last4 like everyone (never a full number), the id number
 * in clear (`idNumber`, decrypted by the caller), and removed cards too. */
export function toSupportCard(card: CardRow, idNumber: string | null) {
  return {
    ...toCardResponse(card),
    ...(card.id_type ? { id_type: card.id_type, id_number: idNumber, id_number_masked: card.id_number_masked } : {}),
    gateway_payment_method_id: card.gateway_payment_method_id,
    // What its issuer said about retrying it (the card-network rules), with the code and date.
    retry_block:
      card.retry_blocked_reason || card.retry_not_before
        ? { reason: card.retry_blocked_reason ?? null, code: card.retry_blocked_code ?? null, since: card.retry_blocked_at ?? null, not_before: card.retry_not_before ?? null }
        : null,
    updated_at: card.updated_at,
    deleted_at: card.deleted_at,
  };
}

/** A verification hold with its release state: what the customer sees (`held`, `released`,
 * `release_failed`) and why a release is still failing. */
export function toSupportHold(hold: HoldRow) {
  return {
    id: hold.id,
    intent_id: hold.intent_id,
    amount: hold.amount,
    currency: hold.currency,
    status: hold.status,
    release_after: hold.release_after,
    released_at: hold.released_at,
    release_attempts: hold.attempts,
    last_error: hold.last_error,
    created_at: hold.created_at,
  };
}

/** An entry of the historical-cards log with the real gateway codes beside what the customer saw. */
export function toSupportHistoryEntry(entry: HistoryRow, hold: HoldRow | undefined) {
  return {
    id: entry.id,
    action: entry.action,
    card_id: entry.card_id,
    brand: entry.brand,
    last4: entry.last4,
    exp_month: entry.exp_month,
    exp_year: entry.exp_year,
    result: entry.result,
    failure: entry.result === 'failed' ? historyFailure(entry, hold) : null,
    hold: hold ? toSupportHold(hold) : null,
    created_at: entry.created_at,
    updated_at: entry.updated_at,
  };
}

function historyFailure(entry: HistoryRow, hold: HoldRow | undefined) {
  const explanation = explainFailure({
    gatewayCode: entry.gateway_code,
    gatewayDeclineCode: entry.gateway_decline_code,
    failureCode: entry.failure_code,
    customerDeclineCode: entry.decline_code,
    customerMessage: entry.failure_message,
    supportReason: entry.support_reason,
  });
  return {
    code: entry.failure_code,
    gateway_code: entry.gateway_code,
    decline_code: entry.gateway_decline_code,
    gateway_message: entry.gateway_message,
    gateway_request_id: entry.gateway_request_id,
    intent_id: hold?.intent_id ?? null,
    customer_sees: { decline_code: explanation.customer_decline_code, message: explanation.customer_message },
    support_reason: explanation.support_reason,
    retryable: explanation.retryable,
  };
}
