// What other features write to support's audit log: the transfer-ticket desk and the billing-events
// reader record their support-scoped reads and decisions through SupportAuditLog, filled by
// SupportAuditStore in the composition root.

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
