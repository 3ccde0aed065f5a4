// Support's audit log as every feature writes to it: support's own reads, and the support-scoped
// reads and decisions of the balance (a recorded transfer), the transfer-ticket desk and the
// billing-events reader. It sits outside the features so that each of them can write to it without
// importing support (whose views read the balance); SupportAuditStore fills it in the composition root.

export type SupportAction =
  | 'search_accounts'
  | 'view_account'
  | 'read_audit'
  | 'record_transfer'
  | 'list_transfer_tickets'
  | 'read_transfer_certificate'
  | 'credit_transfer_ticket'
  | 'reject_transfer_ticket'
  | 'list_events';

/** What a support read leaves behind: who, what (endpoint, parameters, accounts), when. */
export interface SupportAuditEvent {
  id: string;
  actor: string;
  action: SupportAction;
  endpoint: string;
  query: Record<string, unknown>;
  accountIds: string[];
  disclosed: string[];
  resultCount: number;
  requestId: string | null;
  createdAt: string;
}

/** Records one event (and its per-account index rows). */
export interface SupportAuditLog {
  insert(event: SupportAuditEvent): Promise<void>;
}
