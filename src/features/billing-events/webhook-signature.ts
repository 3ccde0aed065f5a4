import { createHmac } from 'node:crypto';

/** The `Card-Vault-Signature` header, as Stripe signs its webhooks: `t=<unix seconds>,v1=<hex
 * HMAC-SHA256 of "<t>.<body>">`. The time inside the signed text lets a receiver refuse replays
 * of an old delivery (docs/billing-events.md shows how to verify). */
export function signatureHeader(body: string, secret: string, at: Date): string {
  const t = Math.floor(at.getTime() / 1000);
  return `t=${t},v1=${createHmac('sha256', secret).update(`${t}.${body}`).digest('hex')}`;
}
