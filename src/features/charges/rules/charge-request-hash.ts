import { createHash } from 'node:crypto';

/** What makes two charge requests "the same": a retry with the same key must ask for the same
 * amount, currency, description and reference, or it is a reused key. */
export function chargeRequestHash(request: { amount: number; currency: string; description?: string; reference?: string; source?: string; payerId?: string; onFailure?: string }): string {
  const fields: unknown[] = [request.amount, request.currency.toUpperCase(), request.description ?? null, request.reference ?? null];
  // Only a source other than the default joins the hash, so the hashes of earlier charges hold.
  if (request.source && request.source !== 'cards') fields.push(request.source);
  // Likewise a payer named: the same key for another payer's cards is another request.
  if (request.payerId) fields.push({ payer: request.payerId });
  // And dunning asked for: the same key asking to fail outright is another request.
  if (request.onFailure && request.onFailure !== 'fail') fields.push({ on_failure: request.onFailure });
  const canonical = JSON.stringify(fields);
  return createHash('sha256').update(canonical).digest('hex');
}
