import { createHash } from 'node:crypto';

/** What makes two charge requests "the same": a retry with the same key must ask for the same
 * amount, currency, description and reference, or it is a reused key. */
export function chargeRequestHash(request: { amount: number; currency: string; description?: string; reference?: string }): string {
  const canonical = JSON.stringify([request.amount, request.currency.toUpperCase(), request.description ?? null, request.reference ?? null]);
  return createHash('sha256').update(canonical).digest('hex');
}
