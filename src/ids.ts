import { randomBytes } from 'node:crypto';

const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** Stripe-style ids (`acct_4fZ…`): a readable prefix says what the id names; 20 base62 characters
 * carry ~119 random bits. */
export function newId(prefix: string): string {
  const bytes = randomBytes(20);
  let body = '';
  for (const byte of bytes) body += alphabet[byte % 62];
  return `${prefix}_${body}`;
}
