import type { Knex } from 'knex';

/** The cards feature's part of the operator backlog (GET /metrics): verification holds still
 * holding money. Read when Prometheus scrapes, over the (status, release_after) index the
 * hold-release job uses; nothing writes. */
export interface HoldBacklog {
  /** Holds still holding money, by status. */
  waitingForRelease(): Promise<Record<'held' | 'release_failed', number>>;
  /** Since when the oldest hold due for release has waited (null: none is due). */
  oldestDue(now: string): Promise<string | null>;
}

export class HoldBacklogQueries implements HoldBacklog {
  constructor(private readonly db: Knex) {}

  async waitingForRelease(): Promise<Record<'held' | 'release_failed', number>> {
    const rows: Array<{ status: string; count: number | string }> = await this.db('holds')
      .whereIn('status', ['held', 'release_failed'])
      .select('status')
      .count({ count: '*' })
      .groupBy('status');
    const counts = { held: 0, release_failed: 0 };
    for (const row of rows) counts[row.status as keyof typeof counts] = Number(row.count);
    return counts;
  }

  async oldestDue(now: string): Promise<string | null> {
    const row = await this.db('holds').whereIn('status', ['held', 'release_failed']).andWhere('release_after', '<=', now).min({ due: 'release_after' }).first();
    return (row?.due as string | null | undefined) ?? null;
  }
}
