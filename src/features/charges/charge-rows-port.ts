import type { Knex } from 'knex';
import type { ChargeRow } from './charge-rows.js';

/** The caller's condition on a charge (`chargeIdColumn` names its id in the query), added to a
 * query over `charges`: the balance feature's "its balance part is not back yet". */
export type ChargeCondition = (query: Knex.QueryBuilder, chargeIdColumn: string) => Knex.QueryBuilder;

/** A charge's balance part as the balance feature reads it back. */
export type BalancePart = Pick<ChargeRow, 'account_id' | 'status' | 'balance_amount' | 'currency' | 'description'>;

/**
 * The charge rows the balance feature reads back (the parts it took first, `AmountTakenFirst`):
 * the charges feature's port for the balance feature, so that only this feature's SQL names
 * `charges`. Each method that takes a transaction runs in it, under the caller's locks.
 */
export interface ChargeRowsPort {
  /** The charge's balance part, read again in the caller's transaction. */
  balancePartOf(trx: Knex.Transaction, chargeId: string): Promise<BalancePart | undefined>;
  /** Up to `limit` charges in `statuses` with a balance part that `notReturned` keeps. */
  withBalancePart(statuses: readonly string[], limit: number, notReturned: ChargeCondition): Promise<Array<Pick<ChargeRow, 'id' | 'status' | 'balance_amount'>>>;
  /** The sum of the account's balance parts that may still come back: charges `processing` or
   * `past_due` (retried, dunning), or `failed` or `canceled` with `notReturned` keeping them. */
  heldBalanceParts(trx: Knex.Transaction, accountId: string, notReturned: ChargeCondition): Promise<number>;
}

/** `charges`: the balance feature's reads (ChargeRowsPort), and the writes of `ChargeRecording`. */
export class ChargeRowsStore implements ChargeRowsPort {
  constructor(private readonly db: Knex) {}

  /** True when the account has a charge with this key already (under the caller's account lock). */
  async keyTaken(trx: Knex.Transaction, accountId: string, idempotencyKey: string): Promise<boolean> {
    return (await trx('charges').where({ account_id: accountId, idempotency_key: idempotencyKey }).first('id')) !== undefined;
  }

  /** Writes the charge row, in the caller's transaction or alone (`db`). */
  async insert(row: ChargeRow, db: Knex | Knex.Transaction): Promise<void> {
    await db('charges').insert(row);
  }

  async balancePartOf(trx: Knex.Transaction, chargeId: string): Promise<BalancePart | undefined> {
    return trx('charges').where({ id: chargeId }).first('account_id', 'status', 'balance_amount', 'currency', 'description');
  }

  async withBalancePart(statuses: readonly string[], limit: number, notReturned: ChargeCondition): Promise<Array<Pick<ChargeRow, 'id' | 'status' | 'balance_amount'>>> {
    const query = this.db('charges as c').whereIn('c.status', statuses).andWhere('c.balance_amount', '>', 0);
    return notReturned(query, 'c.id').limit(limit).select('c.id', 'c.status', 'c.balance_amount');
  }

  async heldBalanceParts(trx: Knex.Transaction, accountId: string, notReturned: ChargeCondition): Promise<number> {
    const row = await trx('charges as c')
      .where('c.account_id', accountId)
      .andWhere('c.balance_amount', '>', 0)
      .andWhere((open) => open.whereIn('c.status', ['processing', 'past_due']).orWhere((ended) => notReturned(ended.whereIn('c.status', ['failed', 'canceled']), 'c.id')))
      .sum({ total: 'c.balance_amount' })
      .first();
    return Number(row?.total ?? 0);
  }
}
