import { createHash } from 'node:crypto';
import type { Principal } from '../auth/principal.js';
// Stripe's length limit (what the `idempotency_keys.key` column holds) and our character set.
import { IDEMPOTENCY_KEY_PATTERN, MAX_IDEMPOTENCY_KEY_LENGTH, TOKEN_CHARACTERS } from './input-rules.js';

/** A replay is promised for 24 hours; after that the key starts afresh. */
export const IDEMPOTENCY_KEY_TTL_SECONDS = 24 * 60 * 60;

/** The header on every answer that repeats a key's earlier result: replayed from the idempotency
 * store, or rebuilt by a feature whose row is its key's record (charges, top-ups). */
export const IDEMPOTENT_REPLAYED: Readonly<Record<string, string>> = { 'Idempotent-Replayed': 'true' };

/** Why a key is unusable, or undefined when it is fine. */
export function idempotencyKeyProblem(key: string): string | undefined {
  if (key.trim() === '') return 'The Idempotency-Key header is empty. Send a unique value per operation, such as a UUID.';
  if (key.length > MAX_IDEMPOTENCY_KEY_LENGTH) return `The Idempotency-Key header is longer than ${MAX_IDEMPOTENCY_KEY_LENGTH} characters.`;
  // Keys travel in a header, are stored and may be quoted in logs: a small, unambiguous alphabet.
  if (!IDEMPOTENCY_KEY_PATTERN.test(key)) return `The Idempotency-Key header may only hold ${TOKEN_CHARACTERS} (a UUID or an invoice reference such as inv-2026-11:0001).`;
  return undefined;
}

/** Keys belong to the caller: a token's subject and scopes, or the client address when anonymous.
 * A scope too long for its column is hashed. */
export function callerScope(principal: Principal | undefined, clientAddress: string | undefined): string {
  const scope = principal ? `sub:${principal.subject}|${[...principal.scopes].sort().join(',')}` : `ip:${clientAddress ?? 'unknown'}`;
  return scope.length <= MAX_IDEMPOTENCY_KEY_LENGTH ? scope : `sha256:${sha256(scope)}`;
}

/** SHA-256 of method, path and body; JSON keys are sorted, so the same object in another key order
 * is the same request. The body itself is never stored. */
export function requestHash(method: string, path: string, body: unknown): string {
  const bodyText = Buffer.isBuffer(body) ? body.toString('base64') : body === undefined ? '' : canonicalJson(body);
  return sha256(`${method.toUpperCase()} ${path}\n${bodyText}`);
}

/** Which results are kept for replay. Not kept (the same key may simply be retried): server
 * errors (5xx), rate limiting (429), missing credentials (401), and "this key is in use" (409),
 * none of which is the outcome of the operation. */
export function isReplayableResponse(status: number, problemCode: string | undefined): boolean {
  if (status >= 500 || status === 429 || status === 401) return false;
  return !(status === 409 && problemCode === 'idempotency_key_in_use');
}

export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
