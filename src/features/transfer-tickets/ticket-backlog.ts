import type { Knex } from 'knex';

/** The transfer tickets' part of the operator backlog (GET /metrics). Read when Prometheus
 * scrapes; nothing writes. */
export interface TicketBacklog {
  /** Tickets waiting for support, and when the oldest was sent (customers are told "within three
   * working days"). */
  open(): Promise<{ open: number; oldestCreatedAt: string | null }>;
}

export class TicketBacklogQueries implements TicketBacklog {
  constructor(private readonly db: Knex) {}

  async open(): Promise<{ open: number; oldestCreatedAt: string | null }> {
    const row = await this.db('transfer_tickets').where({ status: 'submitted' }).count({ open: '*' }).min({ oldest: 'created_at' }).first();
    return { open: Number(row?.open ?? 0), oldestCreatedAt: (row?.oldest as string | null | undefined) ?? null };
  }
}
