import { AppError } from '../../errors.js';
import type { HistoryRow } from './card-history-store.js';

/** The 402 for a failed verification: what the customer may know, and where it is recorded. */
export function verificationFailed(history: HistoryRow): AppError {
  const code = history.failure_code === 'authentication_failed' ? 'authentication_failed' : 'card_declined';
  return new AppError(code, history.failure_message ?? 'Your card was declined.', {
    body: { ...(history.decline_code ? { decline_code: history.decline_code } : {}), history_id: history.id },
  });
}

export const GATEWAY_UNAVAILABLE_MESSAGE =
  'We could not reach the payment processor to verify this card. Nothing was charged, and any hold is released automatically. Please try again in a few minutes.';

export const gatewayUnavailable = (historyId?: string) =>
  new AppError('gateway_unavailable', GATEWAY_UNAVAILABLE_MESSAGE, {
    headers: { 'Retry-After': '30' },
    ...(historyId ? { body: { history_id: historyId } } : {}),
  });

export const GATEWAY_ERROR_MESSAGE =
  'The payment processor refused our request to verify this card. This is a problem on our side, not with your card: nothing was charged and the card was not saved. Please contact support; trying again will not help until it is fixed.';

/** The gateway refused the request itself (Stripe's invalid_request_error and other 4xx that are
 * not card declines): an integration error, which a retry cannot fix. */
export const gatewayError = (historyId?: string) =>
  new AppError('gateway_error', GATEWAY_ERROR_MESSAGE, historyId ? { body: { history_id: historyId } } : {});

export const cardNotFound = () => new AppError('not_found', 'No such card.');
