import type { Knex } from 'knex';

/** The charges feature's part of the operator backlog (GET /metrics): charges in flight. Read
 * when Prometheus scrapes; nothing writes. */
export interface ChargeBacklog {
  /** Charges in flight that no live request or worker holds: the recovery job's backlog. */
  awaitingRecovery(now: string): Promise<number>;
  /** Since when the oldest charge due for a recovery pass has waited (null: none is due). */
  oldestDue(now: string): Promise<string | null>;
}

export class ChargeBacklogQueries implements ChargeBacklog {
  constructor(private readonly db: Knex) {}

  async awaitingRecovery(now: string): Promise<number> {
    const row = await this.db('charges')
      .where({ status: 'processing' })
      .andWhere((free) => free.whereNull('locked_until').orWhere('locked_until', '<', now))
      .count({ count: '*' })
      .first();
    return Number(row?.count ?? 0);
  }

  async oldestDue(now: string): Promise<string | null> {
    const row = await this.db('charges').where({ status: 'processing' }).whereNotNull('settle_after').andWhere('settle_after', '<=', now).min({ due: 'settle_after' }).first();
    return (row?.due as string | null | undefined) ?? null;
  }
}
