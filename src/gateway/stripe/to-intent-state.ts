import type Stripe from 'stripe';
import { GatewayError, type Decline, type IntentState, type IntentStatus } from '../payment-gateway.js';

/** Stripe's PaymentIntent status in our words, exhaustively. A new status Stripe adds is refused
 * loudly rather than guessed: the caller cannot act safely on a status it does not know. */
export function toIntentStatus(intent: Pick<Stripe.PaymentIntent, 'id' | 'status' | 'last_payment_error'>): IntentStatus {
  switch (intent.status) {
    // Stripe returns a failed confirmation (a decline, a failed 3-D Secure) to this state and keeps
    // the reason in last_payment_error; without one the intent was simply never confirmed.
    case 'requires_payment_method':
      return intent.last_payment_error ? 'declined' : 'created';
    case 'requires_confirmation':
      return 'created';
    case 'requires_action':
      return 'requires_action';
    case 'processing':
      return 'processing';
    case 'requires_capture':
      return 'held';
    case 'succeeded':
      return 'succeeded';
    case 'canceled':
      return 'canceled';
    default:
      throw new GatewayError('fatal', `Unknown PaymentIntent status "${intent.status}" on ${intent.id}`, { gatewayCode: 'unknown_status' });
  }
}

/** What Stripe says about a decline, on a card error and on a PaymentIntent's last_payment_error
 * alike (stripe-node 23 carries the same fields on both). */
export interface StripeDeclineFields {
  code?: string | null;
  decline_code?: string | null;
  message?: string | null;
  advice_code?: string | null;
  network_decline_code?: string | null;
  network_advice_code?: string | null;
  payment_method?: { card?: { brand?: string | null } | null } | null;
}

export function toDecline(error: StripeDeclineFields | null | undefined, requestId?: string): Decline {
  const network = error?.payment_method?.card?.brand;
  return {
    code: error?.code || 'card_declined',
    ...(error?.decline_code ? { declineCode: error.decline_code } : {}),
    message: error?.message || 'Your card was declined.',
    ...(error?.advice_code ? { adviceCode: error.advice_code } : {}),
    ...(error?.network_decline_code ? { networkDeclineCode: error.network_decline_code } : {}),
    ...(error?.network_advice_code ? { networkAdviceCode: error.network_advice_code } : {}),
    ...(network ? { network } : {}),
    ...(requestId ? { requestId } : {}),
  };
}

export function toIntentState(intent: Stripe.PaymentIntent): IntentState {
  const status = toIntentStatus(intent);
  return {
    intentId: intent.id,
    status,
    amount: intent.amount,
    currency: intent.currency.toUpperCase(),
    ...(status === 'declined' ? { decline: toDecline(intent.last_payment_error) } : {}),
  };
}
