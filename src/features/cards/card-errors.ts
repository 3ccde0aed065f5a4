import type { CardRow } from './card-store.js';
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

/** A card that is not saved yet can be neither the default nor given new dates: one waiting for
 * 3-D Secure, or one being saved by a top-up (`pending`, until the top-up is paid). The database
 * refuses such a default too (cards_default_is_saved). Undefined for a saved card. */
export function notSavedYet(card: Pick<CardRow, 'id' | 'status'>, doing: string): AppError | undefined {
  if (card.status === 'requires_action') {
    return new AppError('card_not_active', `This card is waiting for 3-D Secure. Complete it and confirm the card (POST /v1/cards/${card.id}/confirm) before ${doing}.`, { body: { card_id: card.id, card_status: card.status } });
  }
  if (card.status === 'pending') {
    return new AppError('card_not_active', `This card is being saved by a top-up that is not paid yet. It becomes active when the top-up is paid (and is not kept if it is cancelled); wait for that before ${doing}.`, { body: { card_id: card.id, card_status: card.status } });
  }
  return undefined;
}
