import { AppError } from '../../errors.js';
import { IDEMPOTENT_REPLAYED } from '../../http/idempotency-rules.js';
import type { TopupStep } from './topup-payment.js';
import type { TopupRow } from './topup-store.js';
import { toTopupResponse, type TopupResponse } from './topup-view.js';

export type TopupAnswer = (
  | { status: 201; body: { topup: TopupResponse; balance: { available: number; currency: string } } }
  | { status: 202; body: { topup: TopupResponse; next_action: { type: 'redirect'; url: string } } }
) & { headers?: Record<string, string> };

/** The answer for a top-up as it stands after `step`: 201 paid, 202 waiting for 3-D Secure, and
 * for the rest the problem that says what happened (with the top-up). `replayed`: the top-up was
 * already finished when this request came with its key, so the answer says so, as a replay from
 * the generic idempotency store would (`Idempotent-Replayed: true`). */
export function topupAnswer(topup: TopupRow, step: TopupStep, available: number, replayed = false): TopupAnswer {
  try {
    return { ...answerOf(topup, step, available), ...(replayed ? { headers: IDEMPOTENT_REPLAYED } : {}) };
  } catch (error) {
    if (!replayed || !(error instanceof AppError)) throw error;
    throw new AppError(error.code, error.detail, { ...error.extra, headers: { ...error.extra.headers, ...IDEMPOTENT_REPLAYED } });
  }
}

function answerOf(topup: TopupRow, step: TopupStep, available: number): TopupAnswer {
  const view = toTopupResponse(topup);
  if (topup.status === 'paid') return { status: 201, body: { topup: view, balance: { available, currency: topup.currency } } };
  if (topup.status === 'cancelled') {
    const declined = topup.failure_code === 'card_declined' || topup.failure_code === 'authentication_failed';
    if (declined) {
      throw new AppError(topup.failure_code as 'card_declined' | 'authentication_failed', topup.failure_message ?? 'Your card was declined.', {
        body: { topup: view, ...(topup.decline_code ? { decline_code: topup.decline_code } : {}) },
      });
    }
    // The gateway refused the payment request itself: an integration error, answered as adding a
    // card answers it (502 gateway_error), with the top-up.
    if (topup.failure_code === 'gateway_error') {
      throw new AppError('gateway_error', topup.failure_message ?? 'The payment processor refused our request to take this payment; nothing was charged.', { body: { topup: view } });
    }
    throw new AppError('topup_cancelled', `This top-up is cancelled and nothing was charged: ${topup.failure_message ?? 'it did not go through.'} To add funds, start a new top-up with a new Idempotency-Key.`, { body: { topup: view } });
  }
  if (topup.next_action_url && step !== 'unknown') return { status: 202, body: { topup: view, next_action: { type: 'redirect', url: topup.next_action_url } } };
  if (step === 'lost') {
    throw new AppError('idempotency_key_in_use', 'This top-up is being worked on by another request. Retry shortly with the same Idempotency-Key to get its result.', { headers: { 'Retry-After': '1' }, body: { topup: view } });
  }
  throw new AppError('gateway_outcome_unknown', 'The gateway did not say whether the payment went through. The top-up stays new while the service asks the gateway (it never charges again to find out); your balance is credited once it is paid. Read it with GET /v1/topups/{id}.', {
    body: { topup: view },
    headers: { 'Retry-After': '5' },
  });
}
