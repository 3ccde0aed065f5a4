import type { Knex } from 'knex';

/** The outbox's part of the operator backlog (GET /metrics). Read when Prometheus scrapes; nothing
 * writes. */
export interface OutboxBacklog {
  /** Messages not yet delivered, and when the oldest of them was written. */
  waiting(): Promise<{ waiting: number; oldestCreatedAt: string | null }>;
  /** Since when the oldest message due for delivery has waited (null: none is due). */
  oldestDue(now: string): Promise<string | null>;
}

export class OutboxBacklogQueries implements OutboxBacklog {
  constructor(private readonly db: Knex) {}

  async waiting(): Promise<{ waiting: number; oldestCreatedAt: string | null }> {
    const row = await this.db('messages').where({ status: 'pending' }).count({ waiting: '*' }).min({ oldest: 'created_at' }).first();
    return { waiting: Number(row?.waiting ?? 0), oldestCreatedAt: (row?.oldest as string | null | undefined) ?? null };
  }

  async oldestDue(now: string): Promise<string | null> {
    const row = await this.db('messages')
      .where({ status: 'pending' })
      .andWhere('next_attempt_at', '<=', now)
      // A message waiting on its charge (a low-balance text) is not due before the charge succeeds,
      // the same condition as MessageOutbox.deliverDue.
      .andWhere((due) => due.whereNull('after_charge_id').orWhereExists((charge) => charge.select(this.db.raw('1')).from('charges').whereRaw('charges.id = messages.after_charge_id').andWhere('charges.status', 'succeeded')))
      .min({ due: 'next_attempt_at' })
      .first();
    return (row?.due as string | null | undefined) ?? null;
  }
}
