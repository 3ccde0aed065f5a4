import type { Knex } from 'knex';
import type { Clock } from '../../clock.js';
import { isUniqueViolation } from '../../db/is-unique-violation.js';
import { AppError } from '../../errors.js';
import type { Logger } from '../../logger.js';
import { minimumChargeAmount } from '../../money/currencies.js';
import { ChargeFallback, type FallbackStop } from '../charges/charge-fallback.js';
import type { ChargeRecorder } from '../charges/charge-service.js';
import type { ChargeRow, ChargeSource } from '../charges/charge-store.js';
import type { BalanceBook } from './balance-book.js';
import { insufficientBalance, type BalanceLedger } from './balance-ledger.js';
import { splitCharge } from './rules/split-charge.js';

/**
 * Charges from the balance, as a layer around the card fallback: the charge row and its balance
 * part are written in one transaction under the account lock (so the part is taken exactly once
 * per charge), the cards pay the rest through the unchanged fallback, and if they cannot, the
 * balance part comes back as a `charge_reversal` entry (once: the ledger allows one per charge).
 */
export class BalanceCharges implements ChargeRecorder {
  constructor(
    private readonly deps: { db: Knex; book: BalanceBook; ledger: BalanceLedger; clock: Clock; logger: Logger },
  ) {}

  async insert(charge: ChargeRow, source: ChargeSource): Promise<boolean> {
    // A charge to the cards alone leaves the balance untouched: no lock, one insert, as before.
    if (source === 'cards') return this.insertForCards(charge);
    try {
      return await this.deps.db.transaction(async (trx) => {
        const account = await this.deps.book.lock(trx, charge.account_id);
        // Under the lock a same-key charge is visible: answer it rather than judge this request.
        if (await trx('charges').where({ account_id: charge.account_id, idempotency_key: charge.idempotency_key }).first('id')) return false;
        if (charge.currency !== account!.currency) {
          throw new AppError('currency_mismatch', `The balance is in ${account!.currency}; a charge from it must be in ${account!.currency} too (this one is in ${charge.currency}). Charge in ${account!.currency}, or with source "cards".`);
        }
        const balance = await this.deps.book.balanceOf(trx, account!);
        const split = splitCharge(charge.amount, balance.available, source, minimumChargeAmount(charge.currency) ?? 1);
        if (!split.ok) throw insufficientBalance(balance.available, balance.currency, charge.amount);
        const paidInFull = split.card === 0;
        const now = this.deps.clock.now().toISOString();
        await trx('charges').insert({
          ...charge,
          source,
          balance_amount: split.balance,
          card_amount: split.card,
          // Nothing left for the cards: the charge is done in this transaction.
          ...(paidInFull ? { status: 'succeeded', locked_by: null, locked_until: null, completed_at: now } : {}),
        });
        if (split.balance > 0) await this.deps.book.post(trx, account!, { type: 'charge', amount: -split.balance, currency: charge.currency, chargeId: charge.id });
        return true;
      });
    } catch (error) {
      if (isUniqueViolation(error)) return false;
      throw error;
    } finally {
      // A debit may have queued the low-balance text.
      this.deps.book.deliverSoon();
    }
  }

  private async insertForCards(charge: ChargeRow): Promise<boolean> {
    try {
      await this.deps.db('charges').insert({ ...charge, source: 'cards', balance_amount: 0, card_amount: charge.amount });
      return true;
    } catch (error) {
      if (isUniqueViolation(error)) return false;
      throw error;
    }
  }

  /** A failed charge gives its balance part back; a no-op when there is none or it is back already. */
  async reverseIfFailed(chargeId: string): Promise<boolean> {
    // Most charges have no balance part: a plain read decides that without a transaction.
    const found = await this.deps.db('charges').where({ id: chargeId }).first('status', 'balance_amount');
    if (!found || found.status !== 'failed' || Number(found.balance_amount ?? 0) === 0) return false;
    return this.deps.db.transaction(async (trx) => {
      const charge = await trx('charges').where({ id: chargeId }).first('account_id', 'status', 'balance_amount', 'currency');
      if (!charge || charge.status !== 'failed' || Number(charge.balance_amount ?? 0) === 0) return false;
      const account = await this.deps.book.lock(trx, charge.account_id);
      if (await this.deps.ledger.entryOfCharge(chargeId, 'charge_reversal', trx)) return false;
      await this.deps.book.post(trx, account!, { type: 'charge_reversal', amount: Number(charge.balance_amount), currency: charge.currency, chargeId });
      this.deps.logger.info({ charge_id: chargeId, amount: Number(charge.balance_amount) }, 'balance part of a failed charge returned');
      return true;
    });
  }

  /** Failed charges whose balance part was not returned yet: a crash between the charge's failure
   * and its reversal leaves one; the recovery job returns it. */
  async reverseLeftovers(limit = 20): Promise<number> {
    const rows = await this.deps.db('charges as c')
      .where('c.status', 'failed')
      .andWhere('c.balance_amount', '>', 0)
      .whereNotExists((entries) => entries.select(this.deps.db.raw('1')).from('balance_entries as e').whereRaw('e.charge_id = c.id').andWhere('e.type', 'charge_reversal'))
      .limit(limit)
      .select('c.id');
    let reversed = 0;
    for (const row of rows) if (await this.reverseIfFailed(row.id)) reversed += 1;
    return reversed;
  }
}

/** The card fallback, unchanged, followed by the reversal when it ends with no card paying. Both
 * the request and the recovery job drive charges through it. */
export class BalanceChargeFallback extends ChargeFallback {
  constructor(
    private readonly balanceCharges: BalanceCharges,
    ...fallback: ConstructorParameters<typeof ChargeFallback>
  ) {
    super(...fallback);
  }

  override async advance(chargeId: string, token: string): Promise<FallbackStop> {
    const stop = await super.advance(chargeId, token);
    if (stop === 'finished') await this.balanceCharges.reverseIfFailed(chargeId);
    return stop;
  }
}
