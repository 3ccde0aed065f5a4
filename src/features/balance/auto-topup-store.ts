import type { Knex } from 'knex';
import { runOnKnex, type Reads } from '../../db/read-statements.js';

export type AutoTopupStatus = 'active' | 'disabled';

export interface AutoTopupRuleRow {
  account_id: string;
  currency: string;
  threshold: number;
  amount: number | null;
  target: number | null;
  card_id: string | null;
  monthly_limit: number | null;
  status: AutoTopupStatus;
  disabled_reason: string | null;
  consent_text: string;
  consent_version: string;
  consented_at: string;
  crossing: string | null;
  failures: number;
  next_try_at: string | null;
  limit_noticed_month: string | null;
  created_at: string;
  updated_at: string;
}

type Executor = Knex | Knex.Transaction;

/** Rows of `auto_topup_rules`: one per account. Writes run in the caller's transaction, under the
 * account lock, like every other change to the balance's rules. */
export class AutoTopupStore {
  constructor(
    private readonly db: Knex,
    private readonly reads: Reads = runOnKnex,
  ) {}

  /** Under the account lock pass the transaction; without one the read runs on `reads` (a GET). */
  async find(accountId: string, trx?: Executor): Promise<AutoTopupRuleRow | undefined> {
    const query = (trx ?? this.db)('auto_topup_rules').where({ account_id: accountId }).limit(1);
    const [row] = trx ? await query : await this.reads.all(query);
    return toRule(row);
  }

  async replace(trx: Knex.Transaction, row: AutoTopupRuleRow): Promise<void> {
    await trx('auto_topup_rules').where({ account_id: row.account_id }).delete();
    await trx('auto_topup_rules').insert(row);
  }

  async remove(trx: Knex.Transaction, accountId: string): Promise<boolean> {
    return (await trx('auto_topup_rules').where({ account_id: accountId }).delete()) > 0;
  }

  async update(trx: Executor, accountId: string, changes: Partial<AutoTopupRuleRow>): Promise<void> {
    await trx('auto_topup_rules').where({ account_id: accountId }).update(changes);
  }

  /** Active rules whose wait after a failure is over: the payer job makes their next try. */
  async dueForRetry(now: string, limit: number): Promise<AutoTopupRuleRow[]> {
    const rows = await this.db('auto_topup_rules')
      .where('next_try_at', '<=', now)
      .andWhere({ status: 'active' })
      .andWhere('failures', '>', 0)
      .orderBy('next_try_at')
      .limit(limit);
    return rows.map((row) => toRule(row)!);
  }
}

// pg answers bigint as numbers (see create-knex); normalize anyway, as the other stores do.
function toRule(row: Record<string, unknown> | undefined): AutoTopupRuleRow | undefined {
  if (!row) return undefined;
  const money = (value: unknown) => (value === null || value === undefined ? null : Number(value));
  return {
    ...(row as unknown as AutoTopupRuleRow),
    threshold: Number(row.threshold),
    amount: money(row.amount),
    target: money(row.target),
    monthly_limit: money(row.monthly_limit),
    failures: Number(row.failures),
  };
}
