import type { HistoryEntry } from './card-history-store.js';
import type { CardRow } from './card-store.js';
import type { HoldRow } from './hold-store.js';

/** A card as customers see it: never the full number, the id number only masked. */
export function toCardResponse(card: CardRow) {
  return {
    id: card.id,
    payer_id: card.payer_id,
    brand: card.brand,
    last4: card.last4,
    exp_month: card.exp_month,
    exp_year: card.exp_year,
    holder_name: card.holder_name,
    status: card.status,
    is_default: card.is_default,
    position: card.position,
    created_at: card.created_at,
    ...(card.id_type ? { id_type: card.id_type, id_number: card.id_number_masked } : {}),
  };
}

export const toVerificationResponse = (hold: HoldRow) => ({ status: 'held' as const, amount: hold.amount, currency: hold.currency });

// Holds that never got authorized (declined, abandoned, waiting for 3-D Secure) held no money.
const SHOWN_HOLD_STATUSES = new Set(['held', 'released', 'release_failed']);

/** An entry of `GET /v1/cards/history`. Brand and last4 are null when the gateway refused the card
 * before telling us what it was. */
export function toHistoryResponse(entry: HistoryEntry) {
  return {
    id: entry.id,
    action: entry.action,
    ...(entry.card_id ? { card_id: entry.card_id } : {}),
    brand: entry.brand,
    last4: entry.last4,
    result: entry.result,
    ...(entry.result === 'failed'
      ? {
          failure: {
            code: entry.failure_code,
            ...(entry.decline_code ? { decline_code: entry.decline_code } : {}),
            message: entry.failure_message,
          },
        }
      : {}),
    ...(entry.hold && SHOWN_HOLD_STATUSES.has(entry.hold.status)
      ? {
          hold: {
            amount: entry.hold.amount,
            currency: entry.hold.currency,
            status: entry.hold.status,
            method: entry.hold.method,
            ...(entry.hold.released_at && entry.hold.status === 'released' ? { released_at: entry.hold.released_at } : {}),
          },
        }
      : {}),
    created_at: entry.created_at,
  };
}
