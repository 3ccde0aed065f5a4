import type { Knex } from 'knex';
import { recordEvent } from '../../events/record-event.js';
import { toTicket } from './transfer-ticket-store.js';
import { toTicketResponse } from './transfer-ticket-view.js';

/** `transfer_ticket.<its status>`, with the ticket as its customer sees it (no operator names),
 * in the transaction that submitted or decided it. */
export async function recordTicketEventIn(trx: Knex.Transaction, ticketId: string, at: string): Promise<void> {
  const row = await trx('transfer_tickets').where({ id: ticketId }).first();
  if (!row) return;
  const ticket = toTicket(row);
  await recordEvent(trx, { type: `transfer_ticket.${ticket.status}`, accountId: ticket.account_id, object: { object: 'transfer_ticket', account_id: ticket.account_id, ...toTicketResponse(ticket) } }, at);
}
