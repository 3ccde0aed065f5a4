import type { Knex } from 'knex';
import { runOnKnex, type Reads } from '../db/read-statements.js';
import type { EventType } from './event-types.js';

export interface EventRow {
  seq: number;
  id: string;
  type: EventType;
  account_id: string;
  created_at: string;
  data: string;
  attempts: number;
  next_attempt_at: string | null;
  lease_until: string | null;
  delivered_at: string | null;
  given_up_at: string | null;
}

export interface EventPage {
  limit: number;
  /** The id of the last event of the previous page: the page holds the events older than it. */
  startingAfter?: string;
  type?: EventType;
  accountId?: string;
}

/** An event as GET /v1/events and the webhook show it. */
export function toEventResponse(row: Pick<EventRow, 'id' | 'type' | 'account_id' | 'created_at' | 'data'>) {
  return { id: row.id, type: row.type, account_id: row.account_id, created_at: row.created_at, data: JSON.parse(row.data) as { object: Record<string, unknown> } };
}

export type EventResponse = ReturnType<typeof toEventResponse>;

const undelivered = (query: Knex.QueryBuilder) => query.whereNull('delivered_at').whereNull('given_up_at');

/**
 * Rows of `events` (written by recordEvent in other features' transactions). Reads outside
 * transactions run on `reads`; delivery state changes only through conditional UPDATEs, so two
 * workers never both hold or both finish an event.
 */
export class EventStore {
  constructor(
    private readonly db: Knex,
    private readonly reads: Reads = runOnKnex,
  ) {}

  /** Newest first. */
  async list(page: EventPage): Promise<EventRow[]> {
    const query = this.db('events').orderBy('seq', 'desc').limit(page.limit);
    if (page.type) query.where({ type: page.type });
    if (page.accountId) query.where({ account_id: page.accountId });
    if (page.startingAfter) query.andWhere('seq', '<', this.db('events').where({ id: page.startingAfter }).select('seq'));
    return (await this.reads.all(query)).map(toRow);
  }

  async exists(id: string): Promise<boolean> {
    return (await this.reads.all(this.db('events').where({ id }).select('seq').limit(1))).length > 0;
  }

  /** Each account's oldest event still to deliver, when it is due and nobody holds it: an
   * account's next event waits until the one before it is delivered (or given up). */
  async dueHeads(now: string, limit: number): Promise<EventRow[]> {
    const rows = await this.db('events as e')
      .whereNull('e.delivered_at')
      .whereNull('e.given_up_at')
      .whereNotExists((earlier) =>
        undelivered(earlier.select(this.db.raw('1')).from('events as p').whereRaw('p.account_id = e.account_id').andWhereRaw('p.seq < e.seq')),
      )
      .andWhere((due) => due.whereNull('e.next_attempt_at').orWhere('e.next_attempt_at', '<=', now))
      .andWhere((free) => free.whereNull('e.lease_until').orWhere('e.lease_until', '<', now))
      .orderBy('e.seq')
      .limit(limit)
      .select('e.*');
    return rows.map(toRow);
  }

  /** Takes the event for one attempt; false when another worker took it (or it ended) first. */
  async claim(row: EventRow, leaseUntil: string, now: string): Promise<boolean> {
    const updated = await undelivered(this.db('events').where({ seq: row.seq, attempts: row.attempts }))
      .andWhere((free) => free.whereNull('lease_until').orWhere('lease_until', '<', now))
      .update({ lease_until: leaseUntil, attempts: row.attempts + 1 });
    return updated === 1;
  }

  async delivered(seq: number, at: string): Promise<void> {
    await this.db('events').where({ seq }).whereNull('delivered_at').update({ delivered_at: at, lease_until: null, next_attempt_at: null, last_error: null });
  }

  async failed(seq: number, outcome: { nextAttemptAt: string } | { givenUpAt: string }, error: string): Promise<void> {
    await this.db('events')
      .where({ seq })
      .whereNull('delivered_at')
      .update({ lease_until: null, last_error: error.slice(0, 500), ...('givenUpAt' in outcome ? { given_up_at: outcome.givenUpAt, next_attempt_at: null } : { next_attempt_at: outcome.nextAttemptAt }) });
  }

  /** When the oldest event still to deliver was recorded (null: none). */
  async oldestUndelivered(): Promise<string | null> {
    const row = await undelivered(this.db('events')).min({ oldest: 'created_at' }).first();
    return (row?.oldest as string | null | undefined) ?? null;
  }

  /** Deletes the events recorded before `cutoff` (the retention job runs hourly: an hour's worth
   * at a time, through the created_at index); how many it deleted. */
  async deleteCreatedBefore(cutoff: string): Promise<number> {
    return this.db('events').where('created_at', '<', cutoff).delete();
  }
}

function toRow(row: Record<string, unknown>): EventRow {
  return { ...(row as unknown as EventRow), seq: Number(row.seq), attempts: Number(row.attempts) };
}
