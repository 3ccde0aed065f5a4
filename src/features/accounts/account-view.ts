import type { AccountRow } from './account-ports.js';

/** The account as the API shows it. */
export function toAccountResponse(row: AccountRow) {
  return {
    id: row.id,
    email: row.email,
    country: row.country,
    currency: row.currency,
    type: row.type,
    details: row.details ? (JSON.parse(row.details) as Record<string, unknown>) : null,
    mobile: row.mobile,
    status: row.status,
    created_at: row.created_at,
  };
}
