import type { AccountRow } from '../accounts/account-ports.js';
import { toAccountResponse } from '../accounts/account-view.js';
import type { SupportAuditEvent } from './support-audit-store.js';

/** The name support would greet the customer by: the person, or the company. */
function displayName(account: AccountRow): string | null {
  if (!account.details) return null;
  const details = JSON.parse(account.details) as { name?: string; enterprise_name?: string };
  return details.name ?? details.enterprise_name ?? null;
}

/** One search hit: enough to tell accounts apart before opening one. */
export function toAccountSummary(account: AccountRow) {
  return {
    id: account.id,
    email: account.email,
    name: displayName(account),
    country: account.country,
    mobile: account.mobile,
    type: account.type,
    status: account.status,
    created_at: account.created_at,
  };
}

/** The account as the customer sees it, plus the timestamps that explain its onboarding. */
export function toSupportAccount(account: AccountRow) {
  return {
    ...toAccountResponse(account),
    email_verified_at: account.email_verified_at,
    mobile_verified_at: account.mobile_verified_at,
    details_completed_at: account.details_completed_at,
    activated_at: account.activated_at,
    updated_at: account.updated_at,
  };
}

export function toAuditEventResponse(event: SupportAuditEvent) {
  return {
    id: event.id,
    actor: event.actor,
    action: event.action,
    endpoint: event.endpoint,
    query: event.query,
    account_ids: event.accountIds,
    disclosed: event.disclosed,
    result_count: event.resultCount,
    request_id: event.requestId,
    created_at: event.createdAt,
  };
}
