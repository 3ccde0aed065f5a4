import type { Clock } from '../../clock.js';
import { AppError, notFound } from '../../errors.js';
import type { Logger } from '../../logger.js';
import { formatAmount } from '../../money/format-amount.js';
import type { PastDueBalanceSettlement } from '../charges/past-due-balance.js';
import type { Knex } from 'knex';
import type { BalanceBook } from './balance-book.js';

export interface PaidFromBalance {
  paid: Array<{ charge_id: string; amount: number; currency: string }>;
  balance: { available: number; currency: string };
}

/**
 * "Pay from my balance" (the pay page): every past-due charge in the balance's currency, all at
 * once or none, in one transaction under the account lock, so the balance never pays a charge a
 * retry round is paying with a card at the same moment (the round starts only from `past_due`,
 * and this ends it) and never goes below zero.
 */
export class PastDueFromBalance {
  constructor(private readonly deps: { db: Knex; book: BalanceBook; charges: PastDueBalanceSettlement; clock: Clock; logger: Logger }) {}

  async pay(accountId: string): Promise<PaidFromBalance> {
    const result = await this.deps.db.transaction(async (trx) => {
      const account = await this.deps.book.lock(trx, accountId);
      if (!account) throw notFound('account');
      const balance = await this.deps.book.balanceOf(trx, account);
      const owed = (await this.deps.charges.payableIn(trx, accountId)).filter((charge) => charge.currency === balance.currency);
      if (owed.length === 0) {
        throw new AppError('conflict', 'Nothing past due can be paid from the balance: nothing is owed in the balance’s currency (or a retry is running right now; read GET /v1/account/past-due again in a moment).');
      }
      const total = owed.reduce((sum, charge) => sum + charge.amount, 0);
      if (balance.available < total) {
        throw new AppError('insufficient_balance', `The balance holds ${formatAmount(balance.available, balance.currency)} and ${formatAmount(total, balance.currency)} is owed. Top up the difference, or pay with a card.`);
      }
      const now = this.deps.clock.now().toISOString();
      let after = balance.available;
      const paid: PaidFromBalance['paid'] = [];
      for (const charge of owed) {
        // A retry round that started meanwhile (it takes no account lock) keeps its charge.
        if (!(await this.deps.charges.settleIn(trx, charge.id, now))) continue;
        const posted = await this.deps.book.post(trx, account, { type: 'charge', amount: -charge.amount, currency: charge.currency, chargeId: charge.id, description: charge.description });
        after = posted.after;
        paid.push({ charge_id: charge.id, amount: charge.amount, currency: charge.currency });
      }
      return { paid, balance: { available: after, currency: balance.currency } };
    });
    this.deps.logger.info({ account_id: accountId, charges: result.paid.map((charge) => charge.charge_id) }, 'past-due charges paid from the balance');
    return result;
  }
}
