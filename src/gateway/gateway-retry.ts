import { isGatewayError } from './payment-gateway.js';

export interface RetryPolicy {
  /** Extra tries after the first. */
  retries: number;
  /** Backoff before the first retry, doubled for each further one. */
  delayMs: number;
}

/**
 * Calls the gateway again, with the same idempotency key, after a `retryable` failure (the gateway
 * certainly did not act) and, when `alsoIndeterminate`, after an `indeterminate` one. Only calls
 * that are safe to repeat blindly may say so: reads, and writes whose key makes the gateway replay
 * the first result. A confirmation that may have moved money never does.
 */
export async function withGatewayRetries<T>(call: () => Promise<T>, policy: RetryPolicy, alsoIndeterminate: boolean): Promise<T> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await call();
    } catch (error) {
      const repeatable = isGatewayError(error) && (error.kind === 'retryable' || (alsoIndeterminate && error.kind === 'indeterminate'));
      if (!repeatable || attempt >= policy.retries) throw error;
      await new Promise((resolve) => setTimeout(resolve, policy.delayMs * 2 ** attempt));
    }
  }
}
