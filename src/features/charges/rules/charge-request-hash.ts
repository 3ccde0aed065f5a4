import { createHash } from 'node:crypto';

/** What makes two charge requests "the same": a retry with the same key must ask for the same
 * amount, currency, description and reference, or it is a reused key. */
export function chargeRequestHash(request: { amount: number; currency: string; description?: string; reference?: string; source?: string; payerId?: string }): string {
  const fields: unknown[] = [request.amount, request.currency.toUpperCase(), request.description ?? null, request.reference ?? null];
  // Only a source other than the default joins the hash, so the hashes of earlier charges hold.
  if (request.source && request.source !== 'cards') fields.push(request.source);
  // Likewise a payer named: the same key for another payer's cards is another request.
  if (request.payerId) fields.push({ payer: request.payerId });
  const canonical = JSON.stringify(fields);
  return createHash('sha256').update(canonical).digest('hex');
}
