import { withGatewayRetries, type RetryPolicy } from './gateway-retry.js';
import { isGatewayError, isGatewayRefusal, type Decline, type GatewayError, type IntentState, type PaymentGateway, type PaymentOutcome } from './payment-gateway.js';

/**
 * How a payment intent ended, in one vocabulary for every path that moves money (charges,
 * top-ups, and the card verification holds through `holdVerdict`): the caller records it its own
 * way (its rows, messages, metrics, logs).
 *  - `succeeded`: the money moved.
 *  - `declined`: the card said no; always with its `Decline`.
 *  - `failed`: no money moved and none will: the gateway refused our request (`gateway_error`, an
 *    integration error), the try stopped before it was confirmed (`interrupted`), or a 3-D Secure
 *    page was given up on (`authentication_abandoned`). The intent, if any, is canceled.
 *  - `requires_action`: on session, the customer must still answer the bank's page.
 *  - `unknown`: the money may have moved; read the intent again later, never confirm it again.
 *  - `unavailable`: the gateway failed before there was an intent; nothing moved, try again later.
 */
export type Verdict =
  | { verdict: 'succeeded' }
  | { verdict: 'declined'; decline: Decline }
  | { verdict: 'requires_action'; redirectUrl?: string }
  | { verdict: 'failed'; reason: 'gateway_error'; error: GatewayError }
  | { verdict: 'failed'; reason: 'interrupted' | 'authentication_abandoned' }
  // `status` when the gateway says the intent is still in flight; `error` when it could not say;
  // `refused` when that happened while handling a refused confirmation.
  | { verdict: 'unknown'; status?: 'processing' | 'held'; error?: GatewayError; refused?: GatewayError }
  | { verdict: 'unavailable'; error: GatewayError };

/** What reading an intent left in flight can end with (it never creates, so never `unavailable`). */
export type ReadVerdict = Exclude<Verdict, { verdict: 'unavailable' } | { reason: 'gateway_error' }>;

/** The gateway, the caller's retry policy, and the cancel key of this one intent (made from the
 * caller's row id). The create and confirm keys travel in their own calls' parameters. */
export interface IntentCalls {
  gateway: PaymentGateway;
  retry: RetryPolicy;
  cancelKey: string;
}

export type CreateParams = Parameters<PaymentGateway['createCharge']>[0];

/** The decline of an intent that declined without saying why. */
export const CARD_DECLINED: Decline = { code: 'card_declined', message: 'The card was declined.' };

/** What an off-session intent that asks for 3-D Secure counts as: nobody is there to answer it. */
export const AUTHENTICATION_REQUIRED: Decline = {
  code: 'authentication_required',
  declineCode: 'authentication_required',
  message: 'The bank asked for authentication, which is not possible on a charge without the customer.',
};

/** Creates the intent under its key. Safe to repeat on a timeout: the key makes the gateway hand
 * back the same intent. Without an intent id nothing was ever confirmed, so no money moved
 * whatever happened: a refusal is `failed` (an integration error); any other error is
 * `unavailable` (an intent may exist under this key all the same; replaying the create finds it). */
export async function createIntent(calls: IntentCalls, params: CreateParams): Promise<{ intentId: string } | Extract<Verdict, { reason: 'gateway_error' } | { verdict: 'unavailable' }>> {
  try {
    return await withGatewayRetries(() => calls.gateway.createCharge(params), calls.retry, true);
  } catch (error) {
    if (!isGatewayError(error)) throw error;
    return isGatewayRefusal(error) ? { verdict: 'failed', reason: 'gateway_error', error } : { verdict: 'unavailable', error };
  }
}

export interface ConfirmOptions {
  /** Resend after a `retryable` failure (the gateway certainly did not act). An `indeterminate`
   * one is never resent: the confirmation may have moved money. */
  resendRetryable: boolean;
  /** What a refused confirmation leads to: read the intent and cancel it (`read_and_cancel`), or
   * leave it `unknown` for a later read like any other error. */
  onRefusal: 'read_and_cancel' | 'unknown';
}

/** Sends the confirmation (`send` carries its key) of an intent whose id is already stored. */
export async function confirmIntent(calls: IntentCalls, intentId: string, send: () => Promise<PaymentOutcome>, options: ConfirmOptions): Promise<Verdict> {
  let outcome: PaymentOutcome;
  try {
    outcome = options.resendRetryable ? await withGatewayRetries(send, calls.retry, false) : await send();
  } catch (error) {
    if (!isGatewayError(error)) throw error;
    // The intent exists, so even a "retryable" failure here cannot promise that no money moved: a
    // confirmation that timed out may have gone through before the retries were refused (Stripe
    // answers a retry of a confirmation still in flight with a 409).
    if (!isGatewayRefusal(error) || options.onRefusal === 'unknown') return { verdict: 'unknown', error };
    return confirmationRefused(calls, intentId, error);
  }
  switch (outcome.outcome) {
    case 'succeeded':
      return { verdict: 'succeeded' };
    case 'declined':
      return { verdict: 'declined', decline: outcome.decline };
    case 'requires_action':
      return { verdict: 'requires_action', redirectUrl: outcome.redirectUrl };
  }
}

/** The gateway refused the confirmation itself (an integration error, not a decline). The
 * intent's own state decides: if it somehow moved money or declined, that is the outcome;
 * otherwise it is canceled, so it can never be confirmed later, and the verdict is a gateway error. */
async function confirmationRefused(calls: IntentCalls, intentId: string, refused: GatewayError): Promise<Verdict> {
  try {
    const state = await withGatewayRetries(() => calls.gateway.getIntent(intentId), calls.retry, true);
    if (state.status === 'succeeded') return { verdict: 'succeeded' };
    if (state.status === 'declined') return { verdict: 'declined', decline: state.decline ?? CARD_DECLINED };
    if (state.status === 'processing' || state.status === 'held') return { verdict: 'unknown', status: state.status };
    if (state.status !== 'canceled') await cancel(calls, intentId);
  } catch (error) {
    if (!isGatewayError(error)) throw error;
    // The next read looks at the intent again (and cancels it if it was never confirmed).
    return { verdict: 'unknown', error, refused };
  }
  return { verdict: 'failed', reason: 'gateway_error', error: refused };
}

/** What to do with an intent that waits for the customer's 3-D Secure answer:
 *  - `wait`: on session, the customer may still answer (`requires_action`);
 *  - `give_up`: on session, but the customer's time ran out (canceled, `authentication_abandoned`);
 *  - `off_session`: nobody can answer (canceled, declined `authentication_required`). */
export type ChallengeHandling = 'wait' | 'give_up' | 'off_session';

/** Finishes an intent left in flight (a crash, an unknown answer, a 3-D Secure return) from the
 * gateway's own record of it: never by confirming it again. An intent never confirmed is canceled
 * first, so that a late confirmation fails at the gateway. Any gateway error, including a cancel
 * that lost a race with a late confirmation, is `unknown`: the next read looks again. */
export async function readIntent(calls: IntentCalls, intentId: string, challenge: ChallengeHandling): Promise<ReadVerdict> {
  try {
    const state = await withGatewayRetries(() => calls.gateway.getIntent(intentId), calls.retry, true);
    switch (state.status) {
      case 'succeeded':
        return { verdict: 'succeeded' };
      case 'declined':
        return { verdict: 'declined', decline: state.decline ?? CARD_DECLINED };
      case 'created':
        await cancel(calls, intentId);
        return { verdict: 'failed', reason: 'interrupted' };
      case 'canceled':
        return { verdict: 'failed', reason: 'interrupted' };
      case 'requires_action':
        if (challenge === 'wait') return { verdict: 'requires_action' };
        await cancel(calls, intentId);
        return challenge === 'give_up' ? { verdict: 'failed', reason: 'authentication_abandoned' } : { verdict: 'declined', decline: AUTHENTICATION_REQUIRED };
      case 'processing':
      case 'held':
        return { verdict: 'unknown', status: state.status };
    }
  } catch (error) {
    if (!isGatewayError(error)) throw error;
    return { verdict: 'unknown', error };
  }
}

/** Cancels an intent that was never confirmed, so that it never can be. Without a stored id
 * (the create call went unanswered), replaying the create under the same key (`replay`) hands back
 * the intent the gateway made, or makes it now, so that it is canceled rather than left open; a
 * refused replay means the gateway made none. Gateway errors reach the caller. */
export async function cancelUnconfirmed(calls: IntentCalls, intentId: string | null, replay: CreateParams | null): Promise<void> {
  const id = intentId ?? (replay && (await replayCreate(calls, replay)));
  if (id) await cancel(calls, id);
}

async function replayCreate(calls: IntentCalls, params: CreateParams): Promise<string | null> {
  try {
    return (await withGatewayRetries(() => calls.gateway.createCharge(params), calls.retry, true)).intentId;
  } catch (error) {
    if (isGatewayError(error) && isGatewayRefusal(error)) return null;
    throw error;
  }
}

function cancel(calls: IntentCalls, intentId: string): Promise<void> {
  return withGatewayRetries(() => calls.gateway.cancelIntent({ intentId, idempotencyKey: calls.cancelKey }), calls.retry, true);
}

/** The 3-D Secure page a customer could not pass: what a verification hold's intent canceled or
 * declined without saying why counts as. */
export const AUTHENTICATION_FAILED: Decline = { code: 'payment_intent_authentication_failure', message: 'The 3-D Secure check was not completed.' };

/**
 * A card verification's hold, read after its 3-D Secure page (the customer's confirm, a webhook,
 * the reconciliation of a page left open). A hold asks the card to hold money, never to move it:
 * `held` is its success; `declined` or `canceled` (the customer failed or left the bank's page) is
 * a decline; anything else leaves it waiting. Nothing is sent to the gateway here: a hold's intent
 * is canceled or released by the hold releaser, after its outcome is recorded.
 */
export function holdVerdict(state: Pick<IntentState, 'status' | 'decline'>): Extract<ReadVerdict, { verdict: 'succeeded' | 'declined' | 'requires_action' | 'unknown' }> {
  switch (state.status) {
    case 'held':
      return { verdict: 'succeeded' };
    case 'declined':
    case 'canceled':
      return { verdict: 'declined', decline: state.decline ?? AUTHENTICATION_FAILED };
    case 'requires_action':
      return { verdict: 'requires_action' };
    default:
      return { verdict: 'unknown' };
  }
}
