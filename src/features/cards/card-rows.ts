import type { Knex } from 'knex';

// The card row, and the ports over the `cards` table that other features use (filled by
// CardStore in the composition root).

export type CardStatus = 'active' | 'requires_action' | 'expired' | 'pending' | 'do_not_retry';
export type IdType = 'RUT' | 'OTRO';

export interface CardRow {
  id: string;
  account_id: string;
  /** The payer whose card it is (payers feature); null only on rows a release before payers wrote. */
  payer_id: string | null;
  gateway_payment_method_id: string;
  fingerprint: string;
  brand: string;
  last4: string;
  exp_month: number;
  exp_year: number;
  holder_name: string;
  id_type: IdType | null;
  id_number_encrypted: string | null;
  id_number_masked: string | null;
  status: CardStatus;
  is_default: boolean;
  position: number;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
  /** The card-network rules (card-retry-status.ts): what the issuer said about retrying it. */
  retry_blocked_reason?: string | null;
  retry_blocked_code?: string | null;
  retry_blocked_at?: string | null;
  retry_not_before?: string | null;
}

/** A card's new details (a new expiry, verified or from the card updater) end what its issuer said
 * about retrying the old ones. */
export const RETRY_CLEARED = { retry_blocked_reason: null, retry_blocked_code: null, retry_blocked_at: null, retry_not_before: null } as const;

/** What a card saved by paying a top-up needs of the `cards` table: its place in its payer's
 * charge order and its row, both in the caller's transaction (the balance feature's port). */
export interface NewCardRows {
  nextPosition(accountId: string, payerId: string | null, db: Knex | Knex.Transaction): Promise<number>;
  insert(row: CardRow, db: Knex | Knex.Transaction): Promise<void>;
}

/** Until when the card's issuer asked not to retry it off-session (null: no wait), read in the
 * caller's transaction (automatic top-ups, balance feature). */
export interface CardRetryWaits {
  retryNotBefore(cardId: string, trx: Knex.Transaction): Promise<string | null>;
}
