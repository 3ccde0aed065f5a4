import type { Knex } from 'knex';
import type { ChargeRow, ChargeSource } from './charge-rows.js';

/**
 * The charges feature's hook for a charge that takes part of its amount elsewhere first (the
 * balance, for `source: balance | balance_then_cards`), before the cards pay the rest. The charges
 * feature writes the charge row; the other side keeps its own books. `lock` and the part's steps
 * run in the transaction that records the charge (with its first try), so the part is taken once
 * per charge, in the commit that records it.
 */
export interface AmountTakenFirst {
  /** Locks what the part is taken from (the balance: the account row) in the charge's transaction,
   * so that the charge's idempotency key is checked under that lock. */
  lock(trx: Knex.Transaction, charge: ChargeRow): Promise<PartTakenFirst>;
  /** A charge the fallback (or dunning) finished: a part of one that ended unpaid is given back,
   * once; one that was paid stays taken. */
  afterFinished(charge: Pick<ChargeRow, 'id' | 'status' | 'balance_amount'>): Promise<void>;
}

/** One charge's part, between the lock and the commit. */
export interface PartTakenFirst {
  /** How much of the charge is taken first and how much the cards pay; throws (an AppError) when
   * the charge cannot be paid this way, so nothing is written. */
  split(source: Exclude<ChargeSource, 'cards'>): Promise<{ first: number; cards: number }>;
  /** Takes the part once the charge row (`balance_amount`, `card_amount`) is written. */
  take(row: ChargeRow): Promise<void>;
}
