// Which feature owns which table (docs/architecture.md's table, as data). Only the owner's SQL
// names its tables; another feature asks the owner through a port. Tables outside the features
// (`messages`, `idempotency_keys`, `events`, the simulator's) are not listed: no feature owns them.
export const TABLE_OWNERS: Readonly<Record<string, string>> = {
  accounts: 'accounts',
  verification_codes: 'onboarding',
  code_failures: 'onboarding',
  cards: 'cards',
  card_history: 'cards',
  holds: 'cards',
  gateway_customers: 'cards',
  card_expiry_notices: 'cards',
  payers: 'payers',
  charges: 'charges',
  charge_attempts: 'charges',
  charge_notices: 'charges',
  card_retry_states: 'charges',
  card_declined_tries: 'charges',
  balances: 'balance',
  balance_entries: 'balance',
  topups: 'balance',
  auto_topup_rules: 'balance',
  support_audit_events: 'support',
  support_audit_event_accounts: 'support',
  transfer_tickets: 'transfer-tickets',
  transfer_ticket_certificates: 'transfer-tickets',
  webhook_events: 'webhooks',
};
