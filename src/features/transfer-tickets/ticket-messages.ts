import { formatAmount } from '../../money/format-amount.js';
import type { TicketRow } from './transfer-ticket-store.js';

/** The emails a ticket sends its customer, one per event, in one place. */
export const ticketMessages = {
  submitted: (ticket: TicketRow) => ({
    template: 'transfer_ticket_submitted',
    text: `We received your bank transfer ticket: ${formatAmount(ticket.amount, ticket.currency)}, reference ${ticket.reference}, paid on ${ticket.paid_on}. We check the bank's certificate and credit your Card Vault balance within three working days; we will email you when it is done.`,
  }),
  credited: (ticket: TicketRow, balanceAfter: number) => ({
    template: 'transfer_ticket_credited',
    text: `Your bank transfer of ${formatAmount(ticket.amount, ticket.currency)} (reference ${ticket.reference}) is credited. Your Card Vault balance is now ${formatAmount(balanceAfter, ticket.currency)}.`,
  }),
  rejected: (ticket: TicketRow, reason: string) => ({
    template: 'transfer_ticket_rejected',
    text: `We could not credit your bank transfer of ${formatAmount(ticket.amount, ticket.currency)} (reference ${ticket.reference}). The reason: ${reason} If you did pay, open a new ticket with the bank's certificate, or reply to this email.`,
  }),
};
