import type { Knex } from 'knex';
import type { Clock } from '../../clock.js';
import { isUniqueViolation } from '../../db/is-unique-violation.js';
import { AppError, notFound } from '../../errors.js';
import { newId } from '../../ids.js';
import type { Logger } from '../../logger.js';
import type { MessageOutbox } from '../../messaging/message-outbox.js';
import { recordTicketEventIn } from './ticket-events.js';
import type { AccountReads } from '../accounts/account-ports.js';
import { MAX_TRANSFER_AMOUNT } from '../balance/transfer-service.js';
import { certificateType } from './rules/certificate-type.js';
import { parseTicketFields } from './rules/ticket-fields.js';
import { ticketMessages } from './ticket-messages.js';
import type { TicketPage, TicketRow, TransferTicketStore } from './transfer-ticket-store.js';

const invalidCertificate = (message: string) =>
  new AppError('invalid_certificate', `certificate ${message}.`, { errors: [{ field: 'certificate', message }] });

/** A customer tells us of a bank transfer, with the bank's certificate, and follows its tickets. */
export class TransferTicketService {
  constructor(
    private readonly deps: { db: Knex; tickets: TransferTicketStore; accounts: AccountReads; outbox: MessageOutbox; clock: Clock; logger: Logger },
  ) {}

  /** The fields have passed the input rules (no control character, no card number). Checked,
   * then stored with the certificate and the customer's email in one transaction. */
  async submit(accountId: string, fields: Record<string, string>, certificate: Buffer | undefined): Promise<TicketRow> {
    const now = this.deps.clock.now();
    const input = parseTicketFields(fields, now.toISOString().slice(0, 10), MAX_TRANSFER_AMOUNT);
    if (!certificate) throw invalidCertificate('is required: attach the bank’s certificate of the transfer (a PDF, PNG or JPEG)');
    if (certificate.length === 0) throw invalidCertificate('is an empty file: attach the bank’s certificate of the transfer (a PDF, PNG or JPEG)');
    const contentType = certificateType(certificate);
    if (!contentType) throw invalidCertificate('is not a PDF, PNG or JPEG (its content was read, not its name): save the bank’s certificate as a PDF or take a picture of it');
    const account = await this.deps.accounts.readById(accountId);
    if (!account) throw notFound('account');
    if (input.currency !== account.currency) {
      throw new AppError('currency_mismatch', `Your balance is in ${account.currency}; enter the amount in ${account.currency} as your bank's certificate shows it.`, {
        errors: [{ field: 'currency', message: `must be ${account.currency}, the balance's currency` }],
      });
    }

    const at = now.toISOString();
    const ticket: TicketRow = {
      seq: 0,
      id: newId('tkt'),
      account_id: accountId,
      status: 'submitted',
      amount: input.amount,
      currency: input.currency,
      reference: input.reference,
      open_reference: input.reference,
      paid_on: input.paidOn,
      note: input.note,
      certificate_type: contentType,
      certificate_size: certificate.length,
      rejection_reason: null,
      transaction_id: null,
      decided_by: null,
      created_at: at,
      updated_at: at,
      decided_at: null,
    };
    const { seq: _seq, ...row } = ticket;
    try {
      await this.deps.db.transaction(async (trx) => {
        await this.deps.tickets.insert(trx, row, { contentType, content: certificate });
        await this.deps.outbox.enqueue(trx, { channel: 'email', to: account.email, ...ticketMessages.submitted(ticket) });
        await recordTicketEventIn(trx, ticket.id, at);
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      const open = await this.deps.tickets.openWithReference(accountId, input.reference);
      throw new AppError('transfer_ticket_exists', `A ticket for the transfer with reference ${input.reference} is already open; support will credit it, so there is nothing more to send.`, {
        body: open ? { ticket_id: open.id } : {},
      });
    }
    this.deps.logger.info({ ticket_id: ticket.id, account_id: accountId, certificate_type: contentType, certificate_size: certificate.length }, 'transfer ticket submitted');
    return ticket;
  }

  async list(accountId: string, page: TicketPage): Promise<{ tickets: TicketRow[]; hasMore: boolean }> {
    const found = await this.deps.tickets.listForAccount(accountId, { ...page, limit: page.limit + 1 });
    return { tickets: found.slice(0, page.limit), hasMore: found.length > page.limit };
  }

  /** Another account's ticket is as unknown as one that does not exist. */
  async get(accountId: string, ticketId: string): Promise<TicketRow> {
    const ticket = await this.deps.tickets.find(ticketId);
    if (!ticket || ticket.account_id !== accountId) throw notFound('transfer ticket');
    return ticket;
  }
}
