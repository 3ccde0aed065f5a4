import type { Knex } from 'knex';

/**
 * The counts behind the operator gauges, read when Prometheus scrapes. Each is a COUNT or MIN over
 * the rows of one status, served by the (status, due time) indexes the jobs themselves use; none
 * writes. Times are ISO strings on both databases, so ages are worked out here.
 */
export class BacklogQueries {
  constructor(private readonly db: Knex) {}

  /** Verification holds still holding money, by status (`held`, `release_failed`). */
  async holdsWaitingForRelease(): Promise<Record<'held' | 'release_failed', number>> {
    const rows: Array<{ status: string; count: number | string }> = await this.db('holds')
      .whereIn('status', ['held', 'release_failed'])
      .select('status')
      .count({ count: '*' })
      .groupBy('status');
    const counts = { held: 0, release_failed: 0 };
    for (const row of rows) counts[row.status as keyof typeof counts] = Number(row.count);
    return counts;
  }

  /** Messages not yet delivered, and when the oldest of them was written. */
  async outbox(): Promise<{ waiting: number; oldestCreatedAt: string | null }> {
    const row = await this.db('messages').where({ status: 'pending' }).count({ waiting: '*' }).min({ oldest: 'created_at' }).first();
    return { waiting: Number(row?.waiting ?? 0), oldestCreatedAt: (row?.oldest as string | null | undefined) ?? null };
  }

  /** Bank transfer tickets waiting for support, and when the oldest was sent (customers are told
   * "within three working days"). */
  async openTransferTickets(): Promise<{ open: number; oldestCreatedAt: string | null }> {
    const row = await this.db('transfer_tickets').where({ status: 'submitted' }).count({ open: '*' }).min({ oldest: 'created_at' }).first();
    return { open: Number(row?.open ?? 0), oldestCreatedAt: (row?.oldest as string | null | undefined) ?? null };
  }

  /** Charges in flight that no live request or worker holds: the recovery job's backlog. */
  async chargesAwaitingRecovery(now: string): Promise<number> {
    const row = await this.db('charges')
      .where({ status: 'processing' })
      .andWhere((free) => free.whereNull('locked_until').orWhere('locked_until', '<', now))
      .count({ count: '*' })
      .first();
    return Number(row?.count ?? 0);
  }

  /** For each job, since when its oldest due row has been waiting (null: nothing is due). */
  async oldestDue(now: string): Promise<Record<'message-delivery' | 'hold-release' | 'charge-recovery' | 'topup-settler', string | null>> {
    const [messages, holds, charges, topups] = await Promise.all([
      // A message waiting on its charge (a low-balance text) is not due before the charge succeeds.
      this.db('messages')
        .where({ status: 'pending' })
        .andWhere('next_attempt_at', '<=', now)
        .andWhere((due) => due.whereNull('after_charge_id').orWhereExists((charge) => charge.select(this.db.raw('1')).from('charges').whereRaw('charges.id = messages.after_charge_id').andWhere('charges.status', 'succeeded')))
        .min({ due: 'next_attempt_at' })
        .first(),
      this.db('holds').whereIn('status', ['held', 'release_failed']).andWhere('release_after', '<=', now).min({ due: 'release_after' }).first(),
      this.db('charges').where({ status: 'processing' }).whereNotNull('settle_after').andWhere('settle_after', '<=', now).min({ due: 'settle_after' }).first(),
      this.db('topups').where({ status: 'new' }).whereNotNull('settle_after').andWhere('settle_after', '<=', now).min({ due: 'settle_after' }).first(),
    ]);
    return {
      'message-delivery': (messages?.due as string | null | undefined) ?? null,
      'hold-release': (holds?.due as string | null | undefined) ?? null,
      'charge-recovery': (charges?.due as string | null | undefined) ?? null,
      'topup-settler': (topups?.due as string | null | undefined) ?? null,
    };
  }
}
