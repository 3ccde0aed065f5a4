import type { TopupRow } from './topup-store.js';

export type TopupResponse = ReturnType<typeof toTopupResponse>;

/** A top-up as the customer sees it: declines as coarsely as on card entry. */
export function toTopupResponse(topup: TopupRow) {
  return {
    id: topup.id,
    number: topup.number,
    status: topup.status,
    amount: topup.amount,
    currency: topup.currency,
    trigger: topup.triggered_by ?? 'customer',
    payer_id: topup.payer_id ?? null,
    ...(topup.card_id ? { card_id: topup.card_id } : {}),
    ...(topup.brand ? { brand: topup.brand, last4: topup.last4 } : {}),
    ...(topup.failure_code
      ? { failure: { code: topup.failure_code, ...(topup.decline_code ? { decline_code: topup.decline_code } : {}), message: topup.failure_message ?? '' } }
      : {}),
    created_at: topup.created_at,
    ...(topup.paid_at ? { paid_at: topup.paid_at } : {}),
    ...(topup.cancelled_at ? { cancelled_at: topup.cancelled_at } : {}),
  };
}
