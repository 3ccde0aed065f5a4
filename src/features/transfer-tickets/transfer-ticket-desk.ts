import type { Knex } from 'knex';
import type { Clock } from '../../clock.js';
import { AppError, notFound } from '../../errors.js';
import { newId } from '../../ids.js';
import type { Logger } from '../../logger.js';
import type { MessageOutbox } from '../../messaging/message-outbox.js';
import type { AccountReads } from '../accounts/account-ports.js';
import { transferError, type TransferService } from '../balance/transfer-service.js';
import type { SupportAction, SupportAuditLog } from '../../audit/support-audit-log.js';
import { recordTicketEventIn } from './ticket-events.js';
import { ticketMessages } from './ticket-messages.js';
import type { Certificate, TicketPage, TicketRow, TicketStatus, TransferTicketStore } from './transfer-ticket-store.js';

/** Who acts, through which endpoint: the audit trail's "who" and "what". */
export interface SupportActor {
  actor: string;
  endpoint: string;
  requestId?: string;
}

const decided = (ticket: TicketRow) =>
  new AppError('transfer_ticket_decided', `This ticket was already ${ticket.status}${ticket.decided_by ? ` by ${ticket.decided_by}` : ''}; it is decided once.`, {
    body: { ticket_id: ticket.id, status: ticket.status },
  });

/**
 * Support's side of transfer tickets: the queue, the certificate, and the decision. Every read
 * and every decision is audited before it answers (a read that cannot be recorded fails). A credit
 * goes through the balance's transfer rule (the account locked, once per reference) in the same
 * transaction that marks the ticket credited and queues the customer's email.
 */
export class TransferTicketDesk {
  constructor(
    private readonly deps: {
      db: Knex;
      tickets: TransferTicketStore;
      accounts: AccountReads;
      transfers: TransferService;
      audit: SupportAuditLog;
      outbox: MessageOutbox;
      clock: Clock;
      logger: Logger;
    },
  ) {}

  async list(actor: SupportActor, status: TicketStatus | undefined, page: TicketPage): Promise<{ tickets: TicketRow[]; hasMore: boolean }> {
    const found = await this.deps.tickets.listForSupport(status, { ...page, limit: page.limit + 1 });
    const tickets = found.slice(0, page.limit);
    await this.record(actor, 'list_transfer_tickets', { status: status ?? null, limit: page.limit, starting_after: page.startingAfter ?? null }, tickets);
    return { tickets, hasMore: found.length > page.limit };
  }

  async certificate(actor: SupportActor, ticketId: string): Promise<{ ticket: TicketRow; certificate: Certificate }> {
    const ticket = await this.ticket(ticketId);
    const certificate = await this.deps.tickets.certificate(ticketId);
    if (!certificate) throw notFound('certificate');
    await this.record(actor, 'read_transfer_certificate', { ticket_id: ticketId }, [ticket], ['transfer_certificate']);
    return { ticket, certificate };
  }

  async credit(actor: SupportActor, ticketId: string): Promise<{ ticket: TicketRow; balance: { available: number; currency: string } }> {
    const ticket = await this.ticket(ticketId);
    if (ticket.status !== 'submitted') throw decided(ticket);
    await this.record(actor, 'credit_transfer_ticket', { ticket_id: ticketId, amount: ticket.amount, currency: ticket.currency, reference: ticket.reference }, [ticket], ['balance']);
    const at = this.deps.clock.now().toISOString();
    try {
      const available = await this.deps.db.transaction(async (trx) => {
        const { posted, account } = await this.deps.transfers.credit(trx, {
          accountId: ticket.account_id,
          amount: ticket.amount,
          currency: ticket.currency,
          reference: ticket.reference,
          createdBy: actor.actor,
        });
        // After the ledger entry, under the account lock: a ticket rejected meanwhile rolls the credit back.
        if (!(await this.deps.tickets.decide(trx, ticketId, { status: 'credited', decidedBy: actor.actor, at, transactionId: posted.entry.id }))) throw new TicketDecidedMeanwhile();
        await this.deps.outbox.enqueue(trx, { channel: 'email', to: account.email, ...ticketMessages.credited(ticket, posted.after) });
        await recordTicketEventIn(trx, ticketId, at);
        return posted.after;
      });
      this.deps.logger.info({ ticket_id: ticketId, account_id: ticket.account_id, actor: actor.actor }, 'transfer ticket credited');
      return { ticket: await this.ticket(ticketId), balance: { available, currency: ticket.currency } };
    } catch (error) {
      // Another support decided it first (their credit, or a rejection): say so, not the rule's 409.
      const now = await this.ticket(ticketId);
      if (now.status !== 'submitted') throw decided(now);
      throw transferError(error, ticket.reference);
    }
  }

  async reject(actor: SupportActor, ticketId: string, reason: string): Promise<TicketRow> {
    const ticket = await this.ticket(ticketId);
    if (ticket.status !== 'submitted') throw decided(ticket);
    await this.record(actor, 'reject_transfer_ticket', { ticket_id: ticketId, reason }, [ticket]);
    const account = await this.deps.accounts.readById(ticket.account_id);
    if (!account) throw notFound('account');
    const at = this.deps.clock.now().toISOString();
    const changed = await this.deps.db.transaction(async (trx) => {
      if (!(await this.deps.tickets.decide(trx, ticketId, { status: 'rejected', decidedBy: actor.actor, at, rejectionReason: reason }))) return false;
      await this.deps.outbox.enqueue(trx, { channel: 'email', to: account.email, ...ticketMessages.rejected(ticket, reason) });
      await recordTicketEventIn(trx, ticketId, at);
      return true;
    });
    if (!changed) throw decided(await this.ticket(ticketId));
    this.deps.logger.info({ ticket_id: ticketId, account_id: ticket.account_id, actor: actor.actor }, 'transfer ticket rejected');
    return this.ticket(ticketId);
  }

  private async ticket(ticketId: string): Promise<TicketRow> {
    const ticket = await this.deps.tickets.find(ticketId);
    if (!ticket) throw notFound('transfer ticket');
    return ticket;
  }

  private async record(actor: SupportActor, action: SupportAction, query: Record<string, unknown>, tickets: TicketRow[], disclosed: string[] = []): Promise<void> {
    await this.deps.audit.insert({
      id: newId('audit'),
      actor: actor.actor,
      action,
      endpoint: actor.endpoint,
      query,
      accountIds: [...new Set(tickets.map((ticket) => ticket.account_id))],
      disclosed,
      resultCount: tickets.length,
      requestId: actor.requestId ?? null,
      createdAt: this.deps.clock.now().toISOString(),
    });
  }
}

/** Rolls a credit back when its ticket was decided by someone else within the same moment. */
class TicketDecidedMeanwhile extends Error {}
