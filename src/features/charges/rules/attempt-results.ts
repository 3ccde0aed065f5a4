import type { Decline, GatewayError } from '../../../gateway/payment-gateway.js';
import type { AttemptErrorCode, AttemptResult, AttemptRow, ChargeRow } from '../charge-store.js';
import { gatewayKey } from './gateway-keys.js';

/** The create call of a try, rebuilt from its rows: a replay sends exactly the same request under
 * the same key, as the gateway's idempotency requires. */
export const createChargeParams = (charge: ChargeRow, attempt: AttemptRow) => ({
  customerId: attempt.gateway_customer_id,
  paymentMethodId: attempt.gateway_payment_method_id,
  amount: charge.card_amount ?? charge.amount, // the part the balance did not pay
  currency: charge.currency,
  ...(charge.description ? { description: charge.description } : {}),
  idempotencyKey: gatewayKey(charge.id, attempt.number, 'create'),
  metadata: { charge_id: charge.id, attempt: String(attempt.number), account_id: charge.account_id },
});

const blank: AttemptResult = { status: 'pending', error_code: null, decline_code: null, gateway_code: null, message: null, gateway_request_id: null };

export const succeeded = (): AttemptResult => ({ ...blank, status: 'succeeded' });

// Billing sees the gateway's real decline code (Stripe's decline_code, else its error code); the
// coarse customer-facing mapping applies only where customers add cards.
export const declined = (decline: Decline): AttemptResult => ({
  ...blank,
  status: 'declined',
  decline_code: decline.declineCode ?? decline.code,
  gateway_code: decline.code,
  message: decline.message,
  gateway_request_id: decline.requestId ?? null,
  advice_code: decline.adviceCode ?? null,
  network_decline_code: decline.networkDeclineCode ?? null,
  network_advice_code: decline.networkAdviceCode ?? null,
  network: decline.network ?? null,
});

export const failure = (errorCode: Extract<AttemptErrorCode, 'gateway_error'>, error: GatewayError): AttemptResult => ({
  ...blank,
  status: 'error',
  error_code: errorCode,
  gateway_code: error.details.gatewayCode ?? null,
  message: `The gateway refused the charge request (an integration error, not a decline; no money moved): ${error.message}`,
  gateway_request_id: error.details.requestId ?? null,
});

export const interrupted = (message: string): AttemptResult => ({ ...blank, status: 'error', error_code: 'interrupted', message });
