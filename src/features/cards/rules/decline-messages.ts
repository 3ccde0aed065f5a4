/**
 * What a card decline means to the customer and to support, for every Stripe decline code
 * (docs.stripe.com/declines/codes, card decline codes) and the error codes that arrive without one.
 *
 * Customers see declines coarsely so that adding a card is no card-testing oracle: risk declines
 * (lost, stolen, pick-up, fraud, block lists, Radar blocks) and card-detail mismatches (CVC,
 * number, postal code, address) all read `generic_decline` with one and the same message, as
 * Stripe advises. Every other code passes through with a message that says what to do. Support
 * always sees the real code and a plain-language reason.
 *
 * `retryable` means the same card, unchanged, may succeed if tried again later (billing retries,
 * support advice); it is false where only the customer or their bank can fix things.
 */
export interface DeclineDescription {
  customerDeclineCode: string;
  customerMessage: string;
  supportReason: string;
  retryable: boolean;
}

export const GENERIC_DECLINE_MESSAGE =
  'Your card was declined. Please use a different card, or contact your bank to find out why.';

const CONTACT_BANK = 'Your bank declined this card. Please contact your bank, or use a different card.';
const BANK_UNREACHABLE = 'We could not reach your bank to approve this card. Please try again in a few minutes.';
const TRY_AGAIN = 'Your bank could not approve this card right now. Please try again; if it still fails, contact your bank.';
const LIMIT_REACHED = 'This card has reached its spending limit. Please use a different card, or contact your bank.';
const PIN_NEEDED = 'This card needs a PIN, which cannot be entered online. Please use a different card.';
const AUTHENTICATE = 'Your bank needs you to confirm this card. Please try again and complete the check your bank shows you.';
const NOT_VERIFIED =
  'We could not verify this card with your bank. Please try again and complete your bank’s check, or use a different card.';
const THREE_D_SECURE_FAILED =
  '3-D Secure failed or was abandoned on the bank’s page, so the card was not kept. The customer can retry and complete the check, or use another card.';
const EXPIRY_INVALID = 'The expiry date is not valid. Please check the date on your card and try again.';

type Entry = Omit<DeclineDescription, 'customerDeclineCode'> & { customerDeclineCode?: string };

/** Passes the code through to the customer. */
const shown = (customerMessage: string, supportReason: string, options: Partial<Entry> = {}): Entry => ({
  customerMessage,
  supportReason,
  retryable: false,
  ...options,
});

/** Answers the customer as a generic decline, whatever really happened. */
const concealed = (supportReason: string): Entry => ({
  customerDeclineCode: 'generic_decline',
  customerMessage: GENERIC_DECLINE_MESSAGE,
  supportReason: `${supportReason} The customer was shown a generic decline; do not tell them the reason.`,
  retryable: false,
});

const ENTRIES: Record<string, Entry> = {
  // Stripe's card decline codes.
  authentication_required: shown(
    AUTHENTICATE,
    'The bank requires 3-D Secure for this card. The customer retries and completes the check; an off-session charge needs the customer present. If it recurs after a successful check, they should call their bank.',
  ),
  authentication_not_handled: shown(
    AUTHENTICATE,
    'The bank asked for 3-D Secure and the payment went ahead without it, so it was declined again. The customer retries while present and completes the check.',
  ),
  mobile_device_authentication_required: shown(
    'Your bank needs you to approve this payment on your phone. Please approve it and try again.',
    'The bank wants the cardholder to approve on their mobile device (a wallet or tap-to-pay code). The customer approves on the device and tries again.',
  ),
  approve_with_id: shown(
    TRY_AGAIN,
    'The bank could not authorize the payment. Retrying may work; if it keeps failing, the customer should contact their bank.',
    { retryable: true },
  ),
  call_issuer: shown(
    CONTACT_BANK,
    'The bank declined without a reason and wants the cardholder to call. Suggest the customer contact their bank or use another card.',
  ),
  card_not_supported: shown(
    'This card cannot be used for this kind of payment. Please use a different card, or ask your bank to enable it.',
    'The card does not support this type of purchase (online, recurring or international). The customer can ask their bank to enable it or use another card.',
  ),
  card_velocity_exceeded: shown(
    LIMIT_REACHED,
    'The customer has exceeded the balance, credit limit or transaction limit on the card. Suggest another card or asking the bank to raise the limit; the same card may work later.',
    { retryable: true },
  ),
  currency_not_supported: shown(
    'This card cannot be charged in this currency. Please use a different card.',
    'The card does not support the charge currency. Suggest another card, or the customer can ask their bank whether the card works in this currency.',
  ),
  do_not_honor: shown(
    CONTACT_BANK,
    'The bank declined without giving a reason (do not honor). Suggest the customer contact their bank or use another card; do not retry again and again.',
  ),
  do_not_try_again: shown(
    CONTACT_BANK,
    'The bank declined and asked that this card not be tried again (a deprecated code). Do not retry; the customer should contact their bank or use another card.',
  ),
  duplicate_transaction: shown(
    'A matching payment was made on this card moments ago. Please check your statement before trying again.',
    'The bank saw an identical amount on this card very recently and declined it as a duplicate. Look for an existing hold or charge before retrying.',
  ),
  expired_card: shown(
    'This card has expired. Please use a different card, or update the expiry date if your bank sent you a new one.',
    'The card has expired. Ask the customer to add a current card or update the expiry date.',
  ),
  fraudulent: concealed(
    'Declined as suspected fraud, by the bank or by Stripe Radar. The customer should use another card or talk to their bank.',
  ),
  generic_decline: concealed(
    'Declined without a specific reason, or blocked by Stripe Radar or Adaptive Acceptance. Suggest another card or that the customer contacts their bank.',
  ),
  incorrect_address: concealed(
    'The billing address did not match the bank’s records (address check). The customer should check the address their bank holds and try again, or use another card.',
  ),
  incorrect_cvc: concealed(
    'The CVC did not match. The customer should re-enter the card carefully or use another card.',
  ),
  incorrect_number: concealed(
    'The card number was incorrect. The customer should re-enter the card carefully or use another card.',
  ),
  incorrect_pin: shown(
    'The PIN entered was incorrect. Please try again with the correct PIN.',
    'Incorrect PIN (card-reader payments only; unexpected online). The customer retries with the correct PIN or uses another card.',
  ),
  incorrect_zip: concealed(
    'The billing postal code did not match the bank’s records. The customer should check the postal code their bank holds and try again, or use another card.',
  ),
  insufficient_funds: shown(
    'Your card has insufficient funds. Please use a different card, or try again once funds are available.',
    'Insufficient funds: ask the customer to use another card or contact their bank; retrying the same card later may work.',
    { retryable: true },
  ),
  invalid_account: shown(
    'This card or the account behind it is no longer valid. Please use a different card.',
    'The card, or the account it draws on, is invalid (for example closed). Ask for another card; the customer can check with their bank.',
  ),
  invalid_amount: shown(
    'Your bank did not accept this amount. Please contact your bank, or use a different card.',
    'The bank rejected the amount as invalid or above what the card allows. If the amount is right, the customer should ask their bank whether the card can be charged that much.',
  ),
  invalid_cvc: concealed(
    'The CVC was invalid. The customer should re-enter the card carefully or use another card.',
  ),
  invalid_expiry_month: shown(
    EXPIRY_INVALID,
    'The expiry month was invalid. Ask the customer to re-enter the expiry date.',
  ),
  invalid_expiry_year: shown(
    EXPIRY_INVALID,
    'The expiry year was invalid. Ask the customer to re-enter the expiry date.',
  ),
  invalid_number: concealed(
    'The card number was invalid. The customer should re-enter the card carefully or use another card.',
  ),
  invalid_pin: shown(
    'The PIN entered was incorrect. Please try again with the correct PIN.',
    'Invalid PIN (card-reader payments only; unexpected online). The customer retries with the correct PIN or uses another card.',
  ),
  issuer_not_available: shown(
    BANK_UNREACHABLE,
    'The bank could not be reached to authorize the payment. Retry; if it keeps failing, the customer should contact their bank.',
    { retryable: true },
  ),
  lost_card: concealed('The card has been reported lost. The customer needs a different card.'),
  merchant_blacklist: concealed(
    'The payment matched a value on our own Stripe block list. Review the block list in Stripe before suggesting anything.',
  ),
  new_account_information_available: shown(
    'Your bank has issued new details for this card. Please add the card again with its new details, or use a different card.',
    'The bank has new details for this card (for example a reissued number or expiry). Ask the customer for the updated card.',
  ),
  no_action_taken: shown(
    CONTACT_BANK,
    'The bank declined without giving a reason (no action taken). Suggest the customer contact their bank or use another card.',
  ),
  not_permitted: shown(
    'Your bank does not permit this payment. Please contact your bank, or use a different card.',
    'The bank does not permit this payment on the card. The customer should contact their bank or use another card.',
  ),
  offline_pin_required: shown(
    PIN_NEEDED,
    'The card requires a PIN (card-present code; unexpected online). Suggest another card.',
  ),
  online_or_offline_pin_required: shown(
    PIN_NEEDED,
    'The card requires a PIN (card-present code; unexpected online). Suggest another card.',
  ),
  pickup_card: concealed(
    'The bank asked for the card to be retained; it may have been reported lost or stolen. The customer needs a different card and should contact their bank.',
  ),
  pin_try_exceeded: shown(
    'Too many incorrect PIN attempts were made with this card. Please use a different card.',
    'The allowed number of PIN tries was exceeded (card-present). The customer must use another card or contact their bank.',
  ),
  processing_error: shown(
    'Something went wrong while processing your card. Please try again in a few minutes.',
    'An error occurred while processing the card, at Stripe or at the bank. Retry; if it persists, try later or use another card.',
    { retryable: true },
  ),
  reenter_transaction: shown(
    TRY_AGAIN,
    'The bank could not process the payment for an unknown reason. Retrying may work; if not, the customer should contact their bank.',
    { retryable: true },
  ),
  restricted_card: concealed(
    'The card is restricted; it may have been reported lost or stolen. The customer needs a different card and should contact their bank.',
  ),
  revocation_of_all_authorizations: shown(
    'Your bank has stopped all recurring payments from us on this card. Please use a different card, or contact your bank.',
    'The cardholder told their bank to stop all recurring payments to us on this card. Do not retry; ask for another card or for the instruction to be lifted with the bank.',
  ),
  revocation_of_authorization: shown(
    'Your bank has stopped this recurring payment on your card. Please use a different card, or contact your bank.',
    'The cardholder revoked the authorization for this recurring payment with their bank. Do not retry; ask for another card or for the instruction to be lifted with the bank.',
  ),
  security_violation: concealed(
    'The bank declined for a security reason (security violation). The customer should contact their bank or use another card.',
  ),
  service_not_allowed: shown(
    'Your bank does not allow this service on this card. Please contact your bank, or use a different card.',
    'The bank does not allow this kind of service on the card. The customer can ask their bank to allow it or use another card.',
  ),
  stolen_card: concealed('The card has been reported stolen. The customer needs a different card.'),
  stop_payment_order: shown(
    'Your bank holds an instruction to stop payments from us on this card. Please use a different card, or contact your bank.',
    'The cardholder placed a stop-payment order with their bank for payments to us. Do not retry; ask for another card.',
  ),
  testmode_decline: shown(
    'This is a test card and cannot be used for real payments. Please use a real card.',
    'A Stripe test card was used against a live account. The customer needs a genuine card.',
  ),
  transaction_not_allowed: shown(
    'Your bank does not allow this kind of payment on this card. Please contact your bank, or use a different card.',
    'The bank does not allow this payment on the card (for example online or international payments are switched off). The customer can enable them with their bank or use another card.',
  ),
  try_again_later: shown(
    TRY_AGAIN,
    'The bank declined for now (a deprecated code). Retrying later may work; if it keeps failing, the customer should contact their bank.',
    { retryable: true },
  ),
  withdrawal_count_limit_exceeded: shown(
    LIMIT_REACHED,
    'The customer has exceeded the balance, credit limit or number of transactions allowed on the card. Suggest another card; the same card may work later.',
    { retryable: true },
  ),

  // Error codes that come without a decline code.
  card_declined: concealed(
    'Declined, and the gateway gave no decline code. Suggest another card or that the customer contacts their bank.',
  ),
  card_decline_rate_limit_exceeded: shown(
    'This card has been declined too many times in a short time. Please wait a day before trying it again, or use a different card.',
    'Stripe is refusing this card for now because it was declined too often within 24 hours. The customer should wait before retrying or use another card.',
    { retryable: true },
  ),
  payment_intent_authentication_failure: shown(NOT_VERIFIED, THREE_D_SECURE_FAILED, { customerDeclineCode: 'authentication_failed' }),
  // Ours: the 3-D Secure page came back failed (POST /v1/cards/{id}/confirm).
  authentication_failed: shown(NOT_VERIFIED, THREE_D_SECURE_FAILED),

  // Blocks decided before the bank saw the payment (Stripe Radar, our own rules).
  blocked: concealed(
    'The payment was blocked by our risk rules or Stripe Radar before reaching the bank. Review the payment in Stripe Radar before suggesting anything.',
  ),
  highest_risk_level: concealed(
    'Stripe Radar scored the payment as highest risk and blocked it. Review the payment in Stripe Radar before suggesting anything.',
  ),
};

/** Every known code, with what the customer and support are told. */
export const declineMessages: ReadonlyMap<string, DeclineDescription> = new Map(
  Object.entries(ENTRIES).map(([code, entry]) => [code, { ...entry, customerDeclineCode: entry.customerDeclineCode ?? code }]),
);

/** `declineCode` (Stripe's decline_code) is more specific than `code`, so it wins when present. */
export function describeDecline(decline: { code: string; declineCode?: string }): DeclineDescription {
  const key = decline.declineCode || decline.code;
  return declineMessages.get(key) ?? unrecognised(key);
}

function unrecognised(code: string): DeclineDescription {
  return {
    customerDeclineCode: 'generic_decline',
    customerMessage: GENERIC_DECLINE_MESSAGE,
    supportReason: `Declined with a code we do not recognise (${code || 'none given'}); the customer was shown a generic decline. Look the code up in Stripe's decline-code list; meanwhile suggest another card or that the customer contacts their bank.`,
    retryable: false,
  };
}
