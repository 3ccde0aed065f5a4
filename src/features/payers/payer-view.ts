import type { PayerRow } from './payer-store.js';

/** A payer as the account (and support) sees it. */
export function toPayerResponse(payer: PayerRow) {
  return {
    id: payer.id,
    kind: payer.kind,
    legal_name: payer.legal_name,
    ...(payer.tax_id ? { tax_id: payer.tax_id, tax_id_type: payer.tax_id_type } : {}),
    address: JSON.parse(payer.address) as Record<string, string>,
    receipt_email: payer.receipt_email,
    is_default: payer.is_default,
    created_at: payer.created_at,
  };
}
