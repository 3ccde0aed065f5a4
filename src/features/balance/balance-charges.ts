import type { Knex } from 'knex';
import { AppError } from '../../errors.js';
import type { Logger } from '../../logger.js';
import { minimumChargeAmount } from '../../money/currencies.js';
import type { AmountTakenFirst, PartTakenFirst } from '../charges/amount-taken-first.js';
import type { ChargeRowsPort } from '../charges/charge-rows-port.js';
import type { ChargeRow } from '../charges/charge-rows.js';
import type { AutoTopupTrigger } from './auto-topup-trigger.js';
import type { BalanceBook } from './balance-book.js';
import { insufficientBalance, reversalNotPosted, type BalanceLedger } from './balance-ledger.js';
import { splitCharge } from './rules/split-charge.js';

/**
 * Charges from the balance, the balance's side of the charges feature's `AmountTakenFirst`: the
 * charges feature records the charge row and its first try in one transaction, and in it, under
 * the account lock taken here, the balance part is taken (so exactly once per charge); the cards
 * pay the rest through the fallback, and if they cannot, the balance part comes back as a
 * `charge_reversal` entry (once: the ledger allows one per charge).
 */
export class BalanceCharges implements AmountTakenFirst {
  constructor(
    private readonly deps: { db: Knex; charges: ChargeRowsPort; book: BalanceBook; ledger: BalanceLedger; logger: Logger; autoTopups?: AutoTopupTrigger },
  ) {}

  async lock(trx: Knex.Transaction, charge: ChargeRow): Promise<PartTakenFirst> {
    const account = (await this.deps.book.lock(trx, charge.account_id))!;
    return {
      split: async (source) => {
        if (charge.currency !== account.currency) {
          throw new AppError('currency_mismatch', `The balance is in ${account.currency}; a charge from it must be in ${account.currency} too (this one is in ${charge.currency}). Charge in ${account.currency}, or with source "cards".`);
        }
        const balance = await this.deps.book.balanceOf(trx, account);
        const split = splitCharge(charge.amount, balance.available, source, minimumChargeAmount(charge.currency) ?? 1);
        if (!split.ok) throw insufficientBalance(balance.available, balance.currency, charge.amount);
        return { first: split.balance, cards: split.card };
      },
      take: async (row) => {
        const part = Number(row.balance_amount ?? 0);
        if (part === 0) return;
        // With a card part the debit stands only if the cards pay: its text waits for that.
        const paidInFull = Number(row.card_amount ?? 0) === 0;
        const posted = await this.deps.book.post(trx, account, { type: 'charge', amount: -part, currency: row.currency, chargeId: row.id, description: row.description }, paidInFull ? undefined : row.id);
        // Automatic top-ups (issue 22): recorded in the debit's transaction, paid later by a job.
        await this.deps.autoTopups?.afterDebit(trx, account, posted);
      },
    };
  }

  /** A finished charge with a balance part: given back if it failed; if it succeeded, its debit
   * stands, and the low-balance text waiting on it goes out now. */
  async afterFinished(charge: Pick<ChargeRow, 'id' | 'status' | 'balance_amount'>): Promise<void> {
    if (await this.reverseIfFailed(charge)) return;
    if (charge.status === 'succeeded' && Number(charge.balance_amount ?? 0) > 0) this.deps.book.deliverSoon();
  }

  /** A failed (or canceled) charge gives its balance part back; a no-op when there is none or it is back already.
   * `charge` is the row as its caller has it: most charges have no balance part, and that decides
   * without reading anything. */
  async reverseIfFailed(charge: Pick<ChargeRow, 'id' | 'status' | 'balance_amount'>): Promise<boolean> {
    if (!ENDED_UNPAID.includes(charge.status) || Number(charge.balance_amount ?? 0) === 0) return false;
    const chargeId = charge.id;
    return this.deps.db.transaction(async (trx) => {
      // Read again inside the transaction: the reversal job and a request may both get here.
      const stored = await this.deps.charges.balancePartOf(trx, chargeId);
      if (!stored || !ENDED_UNPAID.includes(stored.status) || Number(stored.balance_amount ?? 0) === 0) return false;
      const account = await this.deps.book.lock(trx, stored.account_id);
      if (await this.deps.ledger.entryOfCharge(chargeId, 'charge_reversal', trx)) return false;
      await this.deps.book.post(trx, account!, { type: 'charge_reversal', amount: Number(stored.balance_amount), currency: stored.currency, chargeId, description: stored.description });
      // Nothing was taken after all: the low-balance text of the debit is never sent.
      await this.deps.book.withdrawAlert(trx, chargeId);
      this.deps.logger.info({ charge_id: chargeId, amount: Number(stored.balance_amount) }, 'balance part of a failed charge returned');
      return true;
    });
  }

  /** Failed charges whose balance part was not returned yet: a crash between the charge's failure
   * and its reversal leaves one; the recovery job returns it. */
  async reverseLeftovers(limit = 20): Promise<number> {
    // One query per status, each through the (status, …) index: an IN list would scan the table.
    const rows = [];
    for (const status of ENDED_UNPAID) rows.push(...(await this.deps.charges.withBalancePart([status], limit, reversalNotPosted(this.deps.db))));
    let reversed = 0;
    for (const row of rows) if (await this.reverseIfFailed(row)) reversed += 1;
    return reversed;
  }
}

// A charge that ended without the cards paying their part: failed, or a past-due charge canceled.
// (A past-due charge keeps its balance part while it is retried.)
const ENDED_UNPAID: readonly string[] = ['failed', 'canceled'];
