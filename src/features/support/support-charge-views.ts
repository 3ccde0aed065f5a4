import type { AttemptRow, ChargeRow } from '../charges/charge-rows.js';
import type { SkippedCard } from '../charges/network-retry-guard.js';
import type { DunningStep } from '../charges/past-due.js';
import { explainFailure } from './rules/explain-failure.js';
import { explainRetryAdvice, explainSkip } from './rules/explain-retry-rules.js';

/** A try at a card; a declined or failed one explains itself. */
export function toSupportAttempt(attempt: AttemptRow) {
  // An error try's gateway code names an infrastructure problem (`rate_limit`, `timeout`), not a
  // bank decline, so it is explained by our error code instead of the decline table.
  const explanation =
    attempt.status === 'declined'
      ? explainFailure({ gatewayCode: attempt.gateway_code, gatewayDeclineCode: attempt.decline_code })
      : attempt.status === 'error'
        ? explainFailure({ failureCode: attempt.error_code })
        : undefined;
  return {
    number: attempt.number,
    card_id: attempt.card_id,
    brand: attempt.brand,
    last4: attempt.last4,
    result: attempt.status,
    failure: explanation
      ? {
          code: attempt.error_code ?? 'card_declined',
          gateway_code: attempt.gateway_code,
          decline_code: attempt.decline_code,
          gateway_message: attempt.message,
          gateway_request_id: attempt.gateway_request_id,
          intent_id: attempt.intent_id,
          customer_sees: { decline_code: explanation.customer_decline_code, message: explanation.customer_message },
          support_reason: explanation.support_reason,
          retryable: explanation.retryable,
          advice_code: attempt.advice_code ?? null,
          network_decline_code: attempt.network_decline_code ?? null,
          network_advice_code: attempt.network_advice_code ?? null,
          network: attempt.network ?? attempt.brand,
          ...(attempt.status === 'declined' ? { network_rules: explainRetryAdvice(attempt) } : {}),
        }
      : null,
    intent_id: attempt.intent_id,
    gateway_request_id: attempt.gateway_request_id,
    created_at: attempt.created_at,
    completed_at: attempt.completed_at,
  };
}

/** A charge with every attempt, in order. One still `processing` has not failed (yet): support
 * is told how it settles rather than handed a failure. `dunning`: its retries and notices, oldest
 * first, when it went through dunning (null otherwise). */
export function toSupportCharge(charge: ChargeRow, attempts: AttemptRow[], dunning: DunningStep[] | null = null) {
  const explanation = charge.failure_code ? explainFailure({ failureCode: charge.failure_code }) : undefined;
  const settling = charge.status === 'processing' ? explainFailure({ failureCode: 'gateway_outcome_unknown' }).support_reason : null;
  return {
    id: charge.id,
    status: charge.status,
    amount: charge.amount,
    currency: charge.currency,
    description: charge.description,
    reference: charge.reference,
    card_id: charge.card_id,
    payer_id: charge.payer_id ?? null,
    failure: explanation
      ? {
          code: charge.failure_code,
          customer_sees: { decline_code: null, message: explanation.customer_message },
          support_reason: explanation.support_reason,
          retryable: explanation.retryable,
        }
      : null,
    settling,
    attempts: attempts.map(toSupportAttempt),
    dunning,
    skipped: (charge.skipped ? (JSON.parse(charge.skipped) as SkippedCard[]) : []).map((skip) => ({ ...skip, support_reason: explainSkip(skip) })),
    created_at: charge.created_at,
    completed_at: charge.completed_at,
  };
}
