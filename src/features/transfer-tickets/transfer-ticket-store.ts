import { createHash } from 'node:crypto';
import type { Knex } from 'knex';
import { runOnKnex, type Reads } from '../../db/read-statements.js';

export type TicketStatus = 'submitted' | 'credited' | 'rejected';

export interface TicketRow {
  seq: number;
  id: string;
  account_id: string;
  status: TicketStatus;
  amount: number;
  currency: string;
  reference: string;
  open_reference: string | null;
  paid_on: string;
  note: string | null;
  certificate_type: string;
  certificate_size: number;
  rejection_reason: string | null;
  transaction_id: string | null;
  decided_by: string | null;
  created_at: string;
  updated_at: string;
  decided_at: string | null;
}

export interface Certificate {
  contentType: string;
  content: Buffer;
}

export interface TicketPage {
  limit: number;
  /** The id of the last ticket of the previous page. */
  startingAfter?: string;
}

/** The `transfer_tickets` and `transfer_ticket_certificates` tables. Reads outside transactions
 * (what the GETs show) run on `reads`; lists never load a certificate's bytes. */
export class TransferTicketStore {
  constructor(
    private readonly db: Knex,
    private readonly reads: Reads = runOnKnex,
  ) {}

  /** The ticket and its certificate, in the caller's transaction. A second open ticket for the
   * same reference on the account fails on the unique (account_id, open_reference). */
  async insert(trx: Knex.Transaction, row: Omit<TicketRow, 'seq'>, certificate: Certificate): Promise<void> {
    await trx('transfer_tickets').insert(row);
    await trx('transfer_ticket_certificates').insert({
      ticket_id: row.id,
      content_type: certificate.contentType,
      size: certificate.content.length,
      sha256: createHash('sha256').update(certificate.content).digest('hex'),
      content: certificate.content,
    });
  }

  async openWithReference(accountId: string, reference: string): Promise<TicketRow | undefined> {
    const [row] = await this.reads.all(this.db('transfer_tickets').where({ account_id: accountId, open_reference: reference }).limit(1));
    return row && toTicket(row);
  }

  async find(id: string): Promise<TicketRow | undefined> {
    const [row] = await this.reads.all(this.db('transfer_tickets').where({ id }).limit(1));
    return row && toTicket(row);
  }

  /** The account's tickets, newest first. */
  async listForAccount(accountId: string, page: TicketPage): Promise<TicketRow[]> {
    const query = this.db('transfer_tickets').where({ account_id: accountId }).orderBy('seq', 'desc').limit(page.limit);
    if (page.startingAfter) query.andWhere('seq', '<', this.db('transfer_tickets').where({ id: page.startingAfter, account_id: accountId }).select('seq'));
    return (await this.reads.all(query)).map(toTicket);
  }

  /** Tickets across accounts, oldest first (a queue), optionally of one status. */
  async listForSupport(status: TicketStatus | undefined, page: TicketPage): Promise<TicketRow[]> {
    const query = this.db('transfer_tickets').orderBy('seq', 'asc').limit(page.limit);
    if (status) query.where({ status });
    if (page.startingAfter) query.andWhere('seq', '>', this.db('transfer_tickets').where({ id: page.startingAfter }).select('seq'));
    return (await this.reads.all(query)).map(toTicket);
  }

  async certificate(ticketId: string): Promise<Certificate | undefined> {
    const [row] = await this.reads.all<{ content_type: string; content: Buffer | Uint8Array }>(
      this.db('transfer_ticket_certificates').where({ ticket_id: ticketId }).select('content_type', 'content').limit(1),
    );
    return row && { contentType: row.content_type, content: Buffer.from(row.content) };
  }

  /**
   * Moves a ticket still `submitted` to its decision, in the caller's transaction; answers false
   * when it was no longer submitted. Conditional on the status, so of two supports deciding the
   * same ticket at once exactly one changes it: on PostgreSQL the second UPDATE waits for the
   * first's row lock and then finds the status changed; SQLite runs one transaction at a time.
   */
  async decide(trx: Knex.Transaction, id: string, decision: { status: 'credited' | 'rejected'; decidedBy: string; at: string; rejectionReason?: string; transactionId?: string }): Promise<boolean> {
    const updated = await trx('transfer_tickets')
      .where({ id, status: 'submitted' })
      .update({
        status: decision.status,
        open_reference: null,
        decided_by: decision.decidedBy,
        decided_at: decision.at,
        updated_at: decision.at,
        rejection_reason: decision.rejectionReason ?? null,
        transaction_id: decision.transactionId ?? null,
      });
    return updated === 1;
  }
}

// pg answers bigint as numbers here (see create-knex); normalize anyway, as the ledger does.
export function toTicket(row: Record<string, unknown>): TicketRow {
  return { ...(row as unknown as TicketRow), seq: Number(row.seq), amount: Number(row.amount), certificate_size: Number(row.certificate_size) };
}
