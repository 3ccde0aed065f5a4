import type { Knex } from 'knex';
import type { Clock } from '../clock.js';
import type { Reads } from '../db/read-statements.js';
import type { AccountStore } from '../features/accounts/account-store.js';
import type { TransferService } from '../features/balance/transfer-service.js';
import type { SupportAuditStore } from '../features/support/support-audit-store.js';
import { TransferTicketDesk } from '../features/transfer-tickets/transfer-ticket-desk.js';
import { createTransferTicketRoutes } from '../features/transfer-tickets/transfer-ticket-routes.js';
import { TransferTicketService } from '../features/transfer-tickets/transfer-ticket-service.js';
import { TransferTicketStore } from '../features/transfer-tickets/transfer-ticket-store.js';
import type { Logger } from '../logger.js';
import type { MessageOutbox } from '../messaging/message-outbox.js';

/** Bank transfer tickets: they reach the balance only through its transfer rule. */
export function composeTransferTickets(deps: {
  db: Knex;
  reads: Reads;
  clock: Clock;
  logger: Logger;
  outbox: MessageOutbox;
  accounts: AccountStore;
  transfers: TransferService;
  audit: SupportAuditStore;
}) {
  const { db, reads, clock, logger, outbox, accounts } = deps;
  const tickets = new TransferTicketStore(db, reads);
  const service = new TransferTicketService({ db, tickets, accounts, outbox, clock, logger });
  const desk = new TransferTicketDesk({ db, tickets, accounts, transfers: deps.transfers, audit: deps.audit, outbox, clock, logger });
  return { routers: [createTransferTicketRoutes({ tickets: service, desk })] };
}
