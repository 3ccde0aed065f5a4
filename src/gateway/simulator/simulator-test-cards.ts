import type { CardBrand, Decline } from '../payment-gateway.js';

/**
 * Stripe's test payment-method ids and what Stripe test mode does with them, as its testing docs
 * (docs.stripe.com/testing) list them. This one table drives every outcome of the simulator.
 *
 * - `declines: 'on_attach'`: Stripe refuses the card when it is attached to a customer, and every
 *   payment with it fails the same way. All decline cards behave so, except chargeCustomerFail.
 * - `declines: 'on_payment'`: attaching succeeds, every payment (the verification hold too) fails.
 * - `declines: 'on_charge'` (simulator only): attaching and verification holds succeed, every
 *   charge or top-up payment fails, with the advice fields Stripe sends for such declines.
 * - `threeDSecure: 'always'`: every on-session payment asks for 3-D Secure; off-session payments
 *   cannot authenticate and decline with `authentication_required`.
 * - `threeDSecure: 'unless_set_up'`: like `always` until a payment that set the card up for
 *   future use (`setup_future_usage`) was authenticated; afterwards off-session payments succeed.
 * - `declineAfterChallenge`: authentication succeeds, then the issuer declines.
 */
export type CardDecline = Omit<Decline, 'requestId'>;

export interface SimulatorTestCard {
  /** The test card number behind the id: gives last4 and the fingerprint. */
  number: string;
  brand: CardBrand;
  funding: 'credit' | 'debit' | 'prepaid';
  country: string;
  declines?: { when: 'on_attach' | 'on_payment' | 'on_charge'; decline: CardDecline };
  threeDSecure?: 'always' | 'unless_set_up';
  declineAfterChallenge?: CardDecline;
  /** Simulator only: the gateway refuses the request itself (an invalid request, HTTP 400), as
   * Stripe does for an integration mistake; never a card decline. */
  refuses?: 'hold' | 'charge';
  /** Simulator only: which copy of the test card (`pm_card_visa.<copy>`): another physical card. */
  copy?: string;
}

/** Stripe's codes and customer-facing messages for each kind of decline. */
export const testDeclines = {
  generic: { code: 'card_declined', declineCode: 'generic_decline', message: 'Your card was declined.' },
  insufficientFunds: { code: 'card_declined', declineCode: 'insufficient_funds', message: 'Your card has insufficient funds.' },
  lostCard: { code: 'card_declined', declineCode: 'lost_card', message: 'Your card was declined.' },
  stolenCard: { code: 'card_declined', declineCode: 'stolen_card', message: 'Your card was declined.' },
  fraudulent: { code: 'card_declined', declineCode: 'fraudulent', message: 'Your card was declined.' },
  velocityExceeded: {
    code: 'card_declined',
    declineCode: 'card_velocity_exceeded',
    message: 'Your card was declined for making repeated attempts too frequently or exceeding its amount limit.',
  },
  // Stripe reports these three as the error code itself, with no decline_code.
  expiredCard: { code: 'expired_card', message: 'Your card has expired.' },
  incorrectCvc: { code: 'incorrect_cvc', message: "Your card's security code is incorrect." },
  processingError: { code: 'processing_error', message: 'An error occurred while processing your card. Try again in a little bit.' },
  authenticationRequired: {
    code: 'authentication_required',
    declineCode: 'authentication_required',
    message: 'Your card was declined. This transaction requires authentication.',
  },
  authenticationFailed: {
    code: 'payment_intent_authentication_failure',
    message: 'The provided PaymentMethod has failed authentication. You can provide payment_method_data or a new PaymentMethod to attempt to fulfill this PaymentIntent again.',
  },
} satisfies Record<string, CardDecline>;

const card = (number: string, brand: CardBrand, extra: Partial<SimulatorTestCard> = {}): SimulatorTestCard => ({
  number,
  brand,
  funding: 'credit',
  country: 'US',
  ...extra,
});
const refusedOnAttach = (number: string, decline: CardDecline) => card(number, 'visa', { declines: { when: 'on_attach', decline } });

const genericDecline = refusedOnAttach('4000000000000002', testDeclines.generic);
const insufficientFunds = refusedOnAttach('4000000000009995', testDeclines.insufficientFunds);
const lostCard = refusedOnAttach('4000000000009987', testDeclines.lostCard);
const stolenCard = refusedOnAttach('4000000000009979', testDeclines.stolenCard);
const radarBlock = refusedOnAttach('4100000000000019', testDeclines.fraudulent);

export const simulatorTestCards: Readonly<Record<string, SimulatorTestCard>> = {
  // Cards by brand: attach, hold and charge all succeed.
  pm_card_visa: card('4242424242424242', 'visa'),
  pm_card_visa_debit: card('4000056655665556', 'visa', { funding: 'debit' }),
  pm_card_mastercard: card('5555555555554444', 'mastercard'),
  pm_card_mastercard_debit: card('5200828282828210', 'mastercard', { funding: 'debit' }),
  pm_card_mastercard_prepaid: card('5105105105105100', 'mastercard', { funding: 'prepaid' }),
  pm_card_amex: card('378282246310005', 'amex'),
  pm_card_discover: card('6011111111111117', 'discover'),
  pm_card_diners: card('3056930009020004', 'diners'),
  pm_card_jcb: card('3566002020360505', 'jcb', { country: 'JP' }),
  pm_card_unionpay: card('6200000000000005', 'unionpay', { country: 'CN' }),

  // Declined payments: refused at attach, with Stripe's error code and decline code.
  pm_card_visa_chargeDeclined: genericDecline,
  pm_card_visa_chargeDeclinedInsufficientFunds: insufficientFunds,
  pm_card_visa_chargeDeclinedLostCard: lostCard,
  pm_card_visa_chargeDeclinedStolenCard: stolenCard,
  pm_card_chargeDeclinedExpiredCard: refusedOnAttach('4000000000000069', testDeclines.expiredCard),
  pm_card_chargeDeclinedIncorrectCvc: refusedOnAttach('4000000000000127', testDeclines.incorrectCvc),
  pm_card_chargeDeclinedProcessingError: refusedOnAttach('4000000000000119', testDeclines.processingError),
  pm_card_visa_chargeDeclinedVelocityLimitExceeded: refusedOnAttach('4000000000006975', testDeclines.velocityExceeded),
  pm_card_radarBlock: radarBlock,
  // The older names Stripe still accepts: the same cards.
  pm_card_chargeDeclined: genericDecline,
  pm_card_chargeDeclinedInsufficientFunds: insufficientFunds,
  pm_card_chargeDeclinedLostCard: lostCard,
  pm_card_chargeDeclinedStolenCard: stolenCard,
  pm_card_chargeDeclinedFraudulent: radarBlock,

  // Attaches, then every payment declines.
  pm_card_chargeCustomerFail: card('4000000000000341', 'visa', { declines: { when: 'on_payment', decline: testDeclines.generic } }),

  // 3-D Secure.
  pm_card_authenticationRequired: card('4000002760003184', 'visa', { threeDSecure: 'always' }),
  pm_card_threeDSecure2Required: card('4000000000003220', 'visa', { threeDSecure: 'always' }),
  pm_card_threeDSecureRequired: card('4000000000003063', 'visa', { threeDSecure: 'always' }),
  pm_card_authenticationRequiredOnSetup: card('4000002500003155', 'visa', { threeDSecure: 'unless_set_up' }),
  pm_card_authenticationRequiredChargeDeclinedInsufficientFunds: card('4000008260003178', 'visa', {
    threeDSecure: 'always',
    declineAfterChallenge: testDeclines.insufficientFunds,
  }),
  // Supports 3-D Secure but does not require it: payments succeed without a challenge.
  pm_card_threeDSecureOptional: card('4000000000003055', 'visa'),
};

/**
 * Ids that exist only in the simulator, since Stripe has no test card for them: the card attaches,
 * then Stripe-style invalid_request_error refusals (what an integration mistake gets, such as a
 * parameter Stripe rejects) answer its verification holds or the confirmation of its charges.
 * They let tests and people see a gateway refusal that is not a decline.
 */
export const simulatorOnlyTestCards: Readonly<Record<string, SimulatorTestCard>> = {
  pm_card_simulatorRefusesHolds: card('4000000000000077', 'visa', { refuses: 'hold' }),
  pm_card_simulatorRefusesCharges: card('4000003720000278', 'visa', { refuses: 'charge' }),
  // The card-network rules (docs/cards-and-charges.md): verified and saved normally, then every
  // charge declines with the advice Stripe passes on from the issuer and the network.
  pm_card_simulatorDeclinesDoNotTryAgain: card('4000000000004301', 'visa', {
    declines: { when: 'on_charge', decline: { ...testDeclines.stolenCard, adviceCode: 'do_not_try_again', networkDeclineCode: '43', network: 'visa' } },
  }),
  pm_card_simulatorDeclinesTryAgainLater: card('4000000000005101', 'visa', {
    declines: { when: 'on_charge', decline: { ...testDeclines.insufficientFunds, adviceCode: 'try_again_later', networkDeclineCode: '51', network: 'visa' } },
  }),
  pm_card_simulatorMastercardRetryAfter24h: card('5200000000002501', 'mastercard', {
    declines: { when: 'on_charge', decline: { ...testDeclines.insufficientFunds, networkDeclineCode: '51', networkAdviceCode: '25', network: 'mastercard' } },
  }),
  pm_card_simulatorMastercardDoNotTryAgain: card('5200000000000301', 'mastercard', {
    declines: {
      when: 'on_charge',
      decline: { code: 'card_declined', declineCode: 'do_not_honor', message: 'Your card was declined.', networkDeclineCode: '05', networkAdviceCode: '03', network: 'mastercard' },
    },
  }),
};

const findListed = (id: string): SimulatorTestCard | undefined =>
  Object.hasOwn(simulatorTestCards, id) ? simulatorTestCards[id] : Object.hasOwn(simulatorOnlyTestCards, id) ? simulatorOnlyTestCards[id] : undefined;

// `<test card id>.<copy>` (simulator only): the same test card's behaviour on another physical
// card, with a fingerprint of its own. Stripe's test cards are one physical card each, so every
// account that saves pm_card_visa shares one card, and the card-network rules count their
// off-session tries together; a load test of many accounts gives each its own copy.
const COPY = /^(pm_card_[A-Za-z0-9_]+)\.([A-Za-z0-9_-]{1,40})$/;

export const findSimulatorTestCard = (id: string): SimulatorTestCard | undefined => {
  const listed = findListed(id);
  if (listed) return listed;
  const copy = COPY.exec(id);
  const original = copy && findListed(copy[1]!);
  return original ? { ...original, copy: copy[2]! } : undefined;
};
