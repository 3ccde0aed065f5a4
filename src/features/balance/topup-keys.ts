import type { Knex } from 'knex';
import { AppError } from '../../errors.js';
import type { BalanceBook } from './balance-book.js';
import { newTopupNumber } from './rules/topup-number.js';
import type { TopupRow, TopupStore } from './topup-store.js';

/** The top-up row as `POST /v1/topups`'s idempotency record: one row per account and
 * Idempotency-Key (the database's unique key, not only the HTTP store). */
export class TopupKeys {
  constructor(private readonly deps: { db: Knex; book: BalanceBook; topups: TopupStore }) {}

  async find(accountId: string, idempotencyKey: string): Promise<TopupRow | undefined> {
    return this.deps.topups.findByKey(accountId, idempotencyKey);
  }

  /** The row is written under the account lock with the currency read there, so a currency change
   * (refused while a top-up is pending) cannot slip in between. */
  async insert(row: TopupRow): Promise<'inserted' | 'duplicate_key'> {
    for (let tries = 0; ; tries += 1) {
      const result = await this.deps.db.transaction(async (trx) => {
        const account = await this.deps.book.lock(trx, row.account_id);
        if (account!.currency !== row.currency) throw new AppError('conflict', 'The account changed its currency while this top-up was being made. Send it again.');
        // Under the lock a same-key top-up made meanwhile is visible: no unique violation needed.
        if (await trx('topups').where({ account_id: row.account_id, idempotency_key: row.idempotency_key }).first('id')) return 'duplicate_key' as const;
        return this.deps.topups.insert(row, trx);
      });
      if (result !== 'duplicate_number' || tries >= 5) return result === 'duplicate_number' ? 'duplicate_key' : result;
      row.number = newTopupNumber();
    }
  }
}
