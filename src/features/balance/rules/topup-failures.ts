import type { Decline } from '../../../gateway/payment-gateway.js';
import { describeDecline } from '../../cards/rules/decline-messages.js';
import type { TopupFailure } from '../topup-store.js';

/** A decline as the top-up records it: the customer's coarse code and message (as on card
 * entry), the gateway's real codes for support. */
export function declinedFailure(decline: Decline): TopupFailure {
  const described = describeDecline(decline);
  const authentication = decline.code === 'payment_intent_authentication_failure' || decline.code === 'authentication_failed';
  // Off-session (automatic top-ups): the bank wants the customer present for 3-D Secure.
  const needsCustomer = decline.code === 'authentication_required';
  return {
    failure_code: authentication ? 'authentication_failed' : needsCustomer ? 'authentication_required' : 'card_declined',
    decline_code: described.customerDeclineCode,
    gateway_code: decline.code,
    gateway_decline_code: decline.declineCode ?? null,
    failure_message: described.customerMessage,
    gateway_request_id: decline.requestId ?? null,
  };
}

/** A top-up that ended without the card's answer: nothing was charged. */
export function plainFailure(code: 'interrupted' | 'authentication_abandoned' | 'cancelled_by_customer' | 'gateway_error', message: string, gatewayCode?: string): TopupFailure {
  return { failure_code: code, decline_code: null, gateway_code: gatewayCode ?? null, gateway_decline_code: null, failure_message: message, gateway_request_id: null };
}

export const MESSAGES = {
  interrupted: 'The payment stopped before your card was charged. Nothing was taken; please top up again.',
  abandoned: 'The check your bank asked for (3-D Secure) was not completed in time, so the payment was cancelled and nothing was charged. Please top up again and complete the check.',
  cancelledByCustomer: 'You cancelled this top-up. Nothing was charged.',
  gatewayError: 'The payment processor refused our request to take this payment. This is a problem on our side, not with your card: nothing was charged. Please contact support; trying again will not help until it is fixed.',
};
