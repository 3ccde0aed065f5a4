import Stripe from 'stripe';
import { GatewayError, type Decline } from '../payment-gateway.js';
import { toDecline } from './to-intent-state.js';

export type MappedStripeError =
  | { kind: 'declined'; decline: Decline; intentId?: string }
  | { kind: 'failed'; error: GatewayError };

// Connection failures where the request certainly never reached Stripe.
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH', 'CERT_HAS_EXPIRED']);

/** The one place where Stripe's errors become ours. Card errors (declines, including
 * `authentication_required` off session) are outcomes; everything else is a GatewayError whose
 * kind says what the caller may do next. */
export function mapStripeError(error: unknown): MappedStripeError {
  if (!(error instanceof Stripe.errors.StripeError)) {
    // Not an answer from Stripe at all: whether the request went out is unknown, so money calls
    // must be settled by reading the intent, never by resending blindly.
    const message = error instanceof Error ? error.message : String(error);
    return failed('indeterminate', `Stripe call failed: ${message}`);
  }
  const details = {
    ...(error.requestId ? { requestId: error.requestId } : {}),
    ...(error.code ? { gatewayCode: error.code } : {}),
    ...(error.statusCode ? { httpStatus: error.statusCode } : {}),
  };
  // A 409 says another request with the same idempotency key is still running (every write we send
  // is keyed). That other request is usually our own: the SDK resends a timed-out request under
  // the same key, so the first one may be running or done, and this answer does not say which.
  // (The SDK reports it as StripeAPIError or StripeIdempotencyError.) Stripe names the case with
  // the code `idempotency_key_in_use`, which decides whatever HTTP status carries it.
  if (error.statusCode === 409 || error.code === 'idempotency_key_in_use') return failed('indeterminate', error.message, details);

  switch (error.type) {
    case 'StripeCardError':
      return {
        kind: 'declined',
        decline: toDecline(
          {
            code: error.code,
            decline_code: error.decline_code,
            message: error.message,
            advice_code: error.advice_code,
            network_decline_code: error.network_decline_code,
            network_advice_code: error.network_advice_code,
            payment_method: error.payment_method,
          },
          error.requestId,
        ),
        ...(error.payment_intent?.id ? { intentId: error.payment_intent.id } : {}),
      };
    case 'StripeRateLimitError':
      return failed('retryable', error.message, details);
    case 'StripeConnectionError': {
      const cause = error.detail as { code?: string } | undefined;
      const notSent = cause?.code !== undefined && NOT_SENT_CODES.has(cause.code);
      // A timeout or a reset connection may have reached Stripe: the outcome is unknown.
      return failed(notSent ? 'retryable' : 'indeterminate', error.message, { ...details, ...(cause?.code ? { gatewayCode: cause.code } : {}) });
    }
    case 'StripeAPIError':
      // 5xx, or a body that could not be read: Stripe may have acted.
      return failed('indeterminate', error.message, details);
    case 'StripeAuthenticationError':
    case 'StripePermissionError':
    case 'StripeInvalidRequestError':
    case 'StripeIdempotencyError':
      return failed('fatal', error.message, details);
    default:
      return failed(error.statusCode !== undefined && error.statusCode < 500 ? 'fatal' : 'indeterminate', error.message, details);
  }
}

/** For calls that have no declined outcome (customers, detach, expiry update, reads): a card error
 * there is a refusal of the request itself. */
export function toGatewayError(error: unknown): GatewayError {
  const mapped = mapStripeError(error);
  if (mapped.kind === 'failed') return mapped.error;
  return new GatewayError('fatal', mapped.decline.message, {
    gatewayCode: mapped.decline.code,
    httpStatus: 402,
    ...(mapped.decline.requestId ? { requestId: mapped.decline.requestId } : {}),
  });
}

function failed(kind: GatewayError['kind'], message: string, details: GatewayError['details'] = {}): MappedStripeError {
  return { kind: 'failed', error: new GatewayError(kind, message, details) };
}
