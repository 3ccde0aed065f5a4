import type { Knex } from 'knex';

/** The balance feature's part of the operator backlog (GET /metrics): top-ups waiting for the
 * settler. Read when Prometheus scrapes; nothing writes. */
export interface BalanceBacklog {
  /** Since when the oldest top-up due for settlement has waited (null: none is due). */
  oldestTopupDue(now: string): Promise<string | null>;
}

export class BalanceBacklogQueries implements BalanceBacklog {
  constructor(private readonly db: Knex) {}

  async oldestTopupDue(now: string): Promise<string | null> {
    const row = await this.db('topups').where({ status: 'new' }).whereNotNull('settle_after').andWhere('settle_after', '<=', now).min({ due: 'settle_after' }).first();
    return (row?.due as string | null | undefined) ?? null;
  }
}
