import type { Knex } from 'knex';
import type { Clock } from '../../clock.js';
import { isUniqueViolation } from '../../db/is-unique-violation.js';
import { AppError } from '../../errors.js';
import type { Logger } from '../../logger.js';
import { minimumChargeAmount } from '../../money/currencies.js';
import { recordChargeEndedIn } from '../charges/charge-events.js';
import { ChargeFallback, type ChargeProgress } from '../charges/charge-fallback.js';
import type { ChargeRecorder } from '../charges/charge-service.js';
import type { ChargeRowsPort } from '../charges/charge-rows-port.js';
import type { AttemptRow, ChargeRow, ChargeSource, ChargeState, FirstTry } from '../charges/charge-store.js';
import type { AutoTopupTrigger } from './auto-topup-trigger.js';
import type { BalanceBook } from './balance-book.js';
import { insufficientBalance, reversalNotPosted, type BalanceLedger } from './balance-ledger.js';
import { splitCharge } from './rules/split-charge.js';

/**
 * Charges from the balance, as a layer around the card fallback: the charge row, its balance
 * part and (when the cards pay a part) its first try are written in one transaction under the
 * account lock (so the part is taken exactly once per charge), the cards pay the rest through the
 * unchanged fallback, and if they cannot, the balance part comes back as a `charge_reversal` entry
 * (once: the ledger allows one per charge).
 */
export class BalanceCharges implements ChargeRecorder {
  constructor(
    private readonly deps: { db: Knex; charges: ChargeRowsPort; book: BalanceBook; ledger: BalanceLedger; clock: Clock; logger: Logger; autoTopups?: AutoTopupTrigger },
  ) {}

  async insert(charge: ChargeRow, source: ChargeSource, firstTry?: FirstTry): Promise<ChargeState | undefined> {
    // A charge to the cards alone leaves the balance untouched: no lock, as before.
    if (source === 'cards') return this.insertForCards(charge, firstTry);
    try {
      return await this.deps.db.transaction(async (trx): Promise<ChargeState | undefined> => {
        const account = await this.deps.book.lock(trx, charge.account_id);
        // Under the lock a same-key charge is visible: answer it rather than judge this request.
        if (await this.deps.charges.keyTaken(trx, charge.account_id, charge.idempotency_key)) return undefined;
        if (charge.currency !== account!.currency) {
          throw new AppError('currency_mismatch', `The balance is in ${account!.currency}; a charge from it must be in ${account!.currency} too (this one is in ${charge.currency}). Charge in ${account!.currency}, or with source "cards".`);
        }
        const balance = await this.deps.book.balanceOf(trx, account!);
        const split = splitCharge(charge.amount, balance.available, source, minimumChargeAmount(charge.currency) ?? 1);
        if (!split.ok) throw insufficientBalance(balance.available, balance.currency, charge.amount);
        const paidInFull = split.card === 0;
        const now = this.deps.clock.now().toISOString();
        const row: ChargeRow = {
          ...charge,
          source,
          balance_amount: split.balance,
          card_amount: split.card,
          // Nothing left for the cards: the charge is done in this transaction.
          ...(paidInFull ? { status: 'succeeded', locked_by: null, locked_until: null, completed_at: now } : {}),
        };
        await this.deps.charges.insert(row, trx);
        // With a card part the debit stands only if the cards pay: its text waits for that.
        if (split.balance > 0) {
          const posted = await this.deps.book.post(trx, account!, { type: 'charge', amount: -split.balance, currency: charge.currency, chargeId: charge.id, description: charge.description }, paidInFull ? undefined : charge.id);
          // Automatic top-ups (issue 22): recorded in the debit's transaction, paid later by a job.
          await this.deps.autoTopups?.afterDebit(trx, account!, posted);
        }
        // Paid in full: the charge ended here, and billing hears of it in this transaction.
        if (paidInFull) await recordChargeEndedIn(trx, charge.id, now);
        const tries = !paidInFull && firstTry ? [firstTry.row] : [];
        if (!paidInFull && firstTry) await firstTry.record(trx);
        return { charge: row, attempts: tries };
      });
    } catch (error) {
      if (isUniqueViolation(error)) return undefined;
      throw error;
    } finally {
      // A debit may have queued the low-balance text.
      this.deps.book.deliverSoon();
    }
  }

  /** The charge and its first try in one transaction (one commit), as the charge store does. */
  private async insertForCards(charge: ChargeRow, firstTry?: FirstTry): Promise<ChargeState | undefined> {
    const row: ChargeRow = { ...charge, source: 'cards', balance_amount: 0, card_amount: charge.amount };
    try {
      if (!firstTry) {
        await this.deps.charges.insert(row, this.deps.db);
      } else {
        await this.deps.db.transaction(async (trx) => {
          await this.deps.charges.insert(row, trx);
          await firstTry.record(trx);
        });
      }
      return { charge: row, attempts: firstTry ? [firstTry.row] : [] };
    } catch (error) {
      if (isUniqueViolation(error)) return undefined;
      throw error;
    }
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

/** The card fallback, unchanged, followed by the reversal when it ends with no card paying. Both
 * the request and the recovery job drive charges through it. */
export class BalanceChargeFallback extends ChargeFallback {
  constructor(
    private readonly balanceCharges: BalanceCharges,
    ...fallback: ConstructorParameters<typeof ChargeFallback>
  ) {
    super(...fallback);
  }

  override async advance(state: ChargeState, token: string): Promise<ChargeProgress> {
    const progress = await super.advance(state, token);
    if (progress.stop === 'finished') await this.balanceCharges.afterFinished(progress.charge);
    return progress;
  }
}
