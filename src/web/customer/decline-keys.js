// Which catalogue message (`decline.<key>`) a decline shows, from the decline codes the API gives
// customers (src/features/cards/rules/decline-messages.ts). No imports: a unit test checks it
// against the service's own list, so a new decline code cannot go unworded.

/** Decline codes that share one message. */
const shared = {
  authentication_required: 'authenticate', authentication_not_handled: 'authenticate',
  approve_with_id: 'try_again', reenter_transaction: 'try_again', try_again_later: 'try_again',
  call_issuer: 'contact_bank', do_not_honor: 'contact_bank', do_not_try_again: 'contact_bank', no_action_taken: 'contact_bank',
  card_velocity_exceeded: 'limit_reached', withdrawal_count_limit_exceeded: 'limit_reached',
  incorrect_pin: 'incorrect_pin', invalid_pin: 'incorrect_pin',
  invalid_expiry_month: 'invalid_expiry', invalid_expiry_year: 'invalid_expiry',
  offline_pin_required: 'pin_needed', online_or_offline_pin_required: 'pin_needed',
  payment_intent_authentication_failure: 'authentication_failed',
};
/** Decline codes with a message of their own. */
const own = new Set([
  'generic_decline', 'mobile_device_authentication_required', 'card_not_supported', 'currency_not_supported', 'duplicate_transaction', 'expired_card',
  'insufficient_funds', 'invalid_account', 'invalid_amount', 'issuer_not_available', 'new_account_information_available', 'not_permitted',
  'pin_try_exceeded', 'processing_error', 'revocation_of_all_authorizations', 'revocation_of_authorization', 'service_not_allowed',
  'stop_payment_order', 'testmode_decline', 'transaction_not_allowed', 'card_decline_rate_limit_exceeded', 'authentication_failed',
]);

/** `code` is the error code (card_declined, authentication_failed), `declineCode` the decline_code
 * when there is one; an unknown or hidden code reads as the generic decline. */
export function declineKey(code, declineCode) {
  const key = declineCode || (code === 'authentication_failed' ? 'authentication_failed' : 'generic_decline');
  return shared[key] ?? (own.has(key) ? key : 'generic_decline');
}
