import type { TicketRow } from './transfer-ticket-store.js';

/** A ticket as its customer sees it (the contract's fields). */
export function toTicketResponse(ticket: TicketRow) {
  return {
    id: ticket.id,
    status: ticket.status,
    amount: ticket.amount,
    currency: ticket.currency,
    reference: ticket.reference,
    paid_on: ticket.paid_on,
    note: ticket.note,
    certificate: { type: ticket.certificate_type, size: ticket.certificate_size },
    ...(ticket.rejection_reason !== null ? { rejection_reason: ticket.rejection_reason } : {}),
    ...(ticket.transaction_id !== null ? { transaction_id: ticket.transaction_id } : {}),
    created_at: ticket.created_at,
    ...(ticket.decided_at !== null ? { decided_at: ticket.decided_at } : {}),
  };
}

/** Support's view adds whose ticket it is and who decided it. */
export function toSupportTicketResponse(ticket: TicketRow) {
  return {
    ...toTicketResponse(ticket),
    account_id: ticket.account_id,
    ...(ticket.decided_by !== null ? { decided_by: ticket.decided_by } : {}),
  };
}

export type TicketResponse = ReturnType<typeof toTicketResponse>;
