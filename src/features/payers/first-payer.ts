import type { AccountRow } from '../accounts/account-ports.js';
import { newId } from '../../ids.js';
import type { PayerRow } from './payer-store.js';

/** The account holder as a payer, from the onboarding details: an individual's name or the
 * enterprise's, the details' address, and the account's email for receipts (as before payers,
 * when every receipt went to the account's email). The same shape the payers migration gives
 * accounts that existed before. */
export function payerFromAccount(account: AccountRow, now: string): PayerRow {
  const details = account.details ? (JSON.parse(account.details) as Record<string, any>) : {};
  const company = account.type === 'enterprise';
  return {
    id: newId('py'),
    account_id: account.id,
    kind: company ? 'company' : 'individual',
    legal_name: String((company ? details.enterprise_name : details.name) ?? account.email),
    tax_id: null,
    tax_id_type: null,
    address: JSON.stringify(details.address ?? { country: account.country }),
    receipt_email: account.email,
    is_default: true,
    created_at: now,
    updated_at: now,
    deleted_at: null,
  };
}
