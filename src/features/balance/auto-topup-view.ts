import type { AutoTopupRuleRow } from './auto-topup-store.js';

export type AutoTopupResponse = ReturnType<typeof toAutoTopupResponse>;

/** The rule as the customer reads it: what it does, whether it is on (and if not, why), and the
 * consent it stands on. */
export function toAutoTopupResponse(rule: AutoTopupRuleRow) {
  return {
    status: rule.status,
    ...(rule.disabled_reason ? { disabled_reason: rule.disabled_reason } : {}),
    threshold: rule.threshold,
    ...(rule.amount !== null ? { amount: rule.amount } : {}),
    ...(rule.target !== null ? { target: rule.target } : {}),
    currency: rule.currency,
    ...(rule.card_id ? { card_id: rule.card_id } : {}),
    ...(rule.monthly_limit !== null ? { monthly_limit: rule.monthly_limit } : {}),
    consent: { text: rule.consent_text, version: rule.consent_version, accepted_at: rule.consented_at },
    failures_in_a_row: rule.failures,
    ...(rule.next_try_at && rule.failures > 0 ? { next_try_after: rule.next_try_at } : {}),
    created_at: rule.created_at,
    updated_at: rule.updated_at,
  };
}
