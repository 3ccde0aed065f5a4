import type { Knex } from 'knex';
import { runOnKnex, type Reads } from '../../db/read-statements.js';

export type PayerKind = 'individual' | 'company';

export interface PayerRow {
  id: string;
  account_id: string;
  kind: PayerKind;
  legal_name: string;
  tax_id: string | null;
  tax_id_type: string | null;
  address: string; // JSON
  receipt_email: string;
  is_default: boolean;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

type Executor = Knex | Knex.Transaction;

/** The default payer first, then in the order they were added. */
const PAYER_ORDER = [
  { column: 'is_default', order: 'desc' },
  { column: 'created_at', order: 'asc' },
  { column: 'id', order: 'asc' },
] as const;

/** The ids of the account's default payer (none once it is deleted), as a subquery: another
 * feature's one statement narrows its rows to the default payer's with it. */
export const defaultPayerIds = (db: Knex, accountId: string): Knex.QueryBuilder =>
  db('payers').where({ account_id: accountId, is_default: true }).whereNull('deleted_at').select('id');

/** Joins `payers as p` to a query over `accountColumn` (a left join): the payer named, or the
 * account's default payer when `payerId` is undefined; deleted payers never join. */
export const joinPayer = (query: Knex.QueryBuilder, accountColumn: string, payerId: string | undefined): Knex.QueryBuilder =>
  query.leftJoin('payers as p', (on) => {
    on.on('p.account_id', accountColumn).andOnNull('p.deleted_at');
    if (payerId === undefined) on.andOnVal('p.is_default', true);
    else on.andOnVal('p.id', payerId);
  });

/** The `payers` table. A deleted payer keeps its row (soft delete): removed cards, charges and
 * top-ups still name it. */
export class PayerStore {
  constructor(
    private readonly db: Knex,
    private readonly reads: Reads = runOnKnex,
  ) {}

  /** Without a transaction the read runs on `reads` (what a GET sees). */
  async listLive(accountId: string, trx?: Executor): Promise<PayerRow[]> {
    const query = (trx ?? this.db)('payers').where({ account_id: accountId }).whereNull('deleted_at').orderBy([...PAYER_ORDER]);
    return (trx ? await query : await this.reads.all(query)).map(toPayerRow);
  }

  async findLive(accountId: string, payerId: string, trx?: Executor): Promise<PayerRow | undefined> {
    const query = (trx ?? this.db)('payers').where({ account_id: accountId, id: payerId }).whereNull('deleted_at').limit(1);
    const [row] = trx ? await query : await this.reads.all(query);
    return row && toPayerRow(row);
  }

  /** Deleted payers included: a receipt for a top-up of a payer removed since. */
  async findAny(payerId: string, db: Executor = this.db): Promise<PayerRow | undefined> {
    const row = await db('payers').where({ id: payerId }).first();
    return row && toPayerRow(row);
  }

  async findDefault(accountId: string, trx?: Executor): Promise<PayerRow | undefined> {
    const query = (trx ?? this.db)('payers').where({ account_id: accountId, is_default: true }).whereNull('deleted_at').limit(1);
    const [row] = trx ? await query : await this.reads.all(query);
    return row && toPayerRow(row);
  }

  /** Every payer the account had, deleted ones included (support reads), on `reads`. */
  async listAllForAccount(accountId: string): Promise<PayerRow[]> {
    return (await this.reads.all(this.db('payers').where({ account_id: accountId }).orderBy([...PAYER_ORDER]))).map(toPayerRow);
  }

  async countLive(accountId: string, trx: Executor): Promise<number> {
    const [row] = await trx('payers').where({ account_id: accountId }).whereNull('deleted_at').count({ count: '*' });
    return Number(row?.count ?? 0);
  }

  async insert(row: PayerRow, trx: Executor): Promise<void> {
    await trx('payers').insert(row);
  }

  async update(payerId: string, changes: Partial<Omit<PayerRow, 'id' | 'account_id'>> & { updated_at: string }, trx: Executor): Promise<void> {
    await trx('payers').where({ id: payerId }).update(changes);
  }

  /** The flag leaves the old default before the new one takes it: one live default per account
   * at every statement (payers_one_default). Under the account lock. */
  async makeDefault(accountId: string, payerId: string, now: string, trx: Knex.Transaction): Promise<void> {
    await trx('payers').where({ account_id: accountId, is_default: true }).whereNot({ id: payerId }).update({ is_default: false, updated_at: now });
    await trx('payers').where({ id: payerId, account_id: accountId }).update({ is_default: true, updated_at: now });
  }
}

// SQLite answers booleans as 0/1; PostgreSQL as true/false.
export const toPayerRow = (row: Record<string, unknown>): PayerRow => ({ ...row, is_default: Boolean(row.is_default) }) as PayerRow;
