import type { Knex } from 'knex';
import { recordChargeEndedIn } from './charge-events.js';

/** A past-due charge the prepaid balance may pay by itself. */
export interface BalancePayableCharge {
  id: string;
  amount: number;
  currency: string;
  description: string | null;
}

/**
 * The port through which the balance feature pays past-due charges (the pay page's "Pay from my
 * balance"): charges own the rows, the balance owns the ledger, and both writes happen in the
 * caller's transaction under the account lock.
 */
export interface PastDueBalanceSettlement {
  /** The account's past-due charges with no balance part yet (a `balance_then_cards` charge
   * already holds its part, and the ledger keeps one debit per charge), oldest first. */
  payableIn(trx: Knex.Transaction, accountId: string): Promise<BalancePayableCharge[]>;
  /** Ends a past-due charge as paid by the balance, with `charge.succeeded`; false when it is no
   * longer past due (a retry round started, or it ended): then nothing is written. */
  settleIn(trx: Knex.Transaction, chargeId: string, at: string): Promise<boolean>;
}

export const pastDueBalanceSettlement: PastDueBalanceSettlement = {
  async payableIn(trx, accountId) {
    const rows = await trx('charges').where({ account_id: accountId, status: 'past_due', balance_amount: 0 }).orderBy([{ column: 'past_due_since' }, { column: 'id' }]).select('id', 'amount', 'currency', 'description');
    return rows.map((row: BalancePayableCharge) => ({ ...row, amount: Number(row.amount) }));
  },
  async settleIn(trx, chargeId, at) {
    const updated = await trx('charges')
      .where({ id: chargeId, status: 'past_due', balance_amount: 0 })
      .update({ status: 'succeeded', source: 'balance', balance_amount: trx.raw('amount'), card_amount: 0, failure_code: null, next_retry_at: null, updated_at: at, completed_at: at });
    if (updated !== 1) return false;
    await recordChargeEndedIn(trx, chargeId, at);
    return true;
  },
};
