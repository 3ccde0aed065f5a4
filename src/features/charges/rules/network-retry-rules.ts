/**
 * The card networks' retry rules as data. Visa and Mastercard do not publish their rulebooks, and
 * they change these lists (Visa moved code 15 out of category 1 in 2025 and raised its 30-day cap
 * from 15 to 20), so every entry names where it comes from and when that source said so. Sources:
 * /work/shared/research/network-rules-dunning-payers.md (2026-12-04), section 1. The functions
 * below only read these tables; docs/cards-and-charges.md shows them to integrators.
 */

export interface RuleSource {
  source: string;
  /** When the source said so (its date, or the day it was read). */
  asOf: string;
}

export interface NeverAgainCode extends RuleSource {
  /** Which field of a decline the code is matched against. */
  field: 'advice_code' | 'network_advice_code' | 'visa_network_decline_code' | 'decline_code';
  code: string;
  meaning: string;
}

const visaCategory1: RuleSource = {
  source: 'Visa Decline Category 1 (issuer will never approve), as listed by Evolve and TabaPay: developers.getevolved.com/enterprise/docs/visas-processing-integrity-fee-program, developers.tabapay.com/docs/excessive-retry-rules',
  asOf: '2026-12-04',
};
const mastercardMac: RuleSource = {
  source: 'Mastercard Merchant Advice Codes, Braintree reference: developer.paypal.com/braintree/docs/reference/general/merchant-responses/merchant-advice-codes',
  asOf: '2026-12-04',
};
const stripeAdvice: RuleSource = {
  source: 'Stripe advice_code on card errors and charge outcomes: stripe@23.1.0 Charges.d.ts; docs.stripe.com/declines/codes',
  asOf: '2026-12-04',
};
const stripeHardDeclines: RuleSource = {
  source: 'Stripe Smart Retries’ non-retryable decline codes (docs.stripe.com/billing/revenue-recovery/smart-retries), as copied by RecoverFlow DeclineCodeClassifier.cs @db14601',
  asOf: '2026-08-16',
};

/** Declines after which the card is never tried off-session again until its details change (a new
 * expiry, a replaced card) or the customer pays with it on-session. */
export const NEVER_AGAIN_CODES: readonly NeverAgainCode[] = [
  { field: 'advice_code', code: 'do_not_try_again', meaning: 'the issuer says never retry', ...stripeAdvice },
  { field: 'network_advice_code', code: '03', meaning: 'Mastercard MAC 03: do not try again', ...mastercardMac },
  { field: 'network_advice_code', code: '21', meaning: 'Mastercard MAC 21: payment cancellation (the cardholder stopped the payments)', ...mastercardMac },
  ...(
    [
      ['04', 'pick up card'],
      ['07', 'pick up card, special condition'],
      ['12', 'invalid transaction'],
      ['14', 'invalid account number'],
      ['15', 'no such issuer'],
      ['41', 'lost card'],
      ['43', 'stolen card'],
      ['46', 'closed account'],
      ['57', 'transaction not permitted to cardholder'],
      ['R0', 'stop payment order'],
      ['R1', 'revocation of authorization'],
      ['R3', 'revocation of all authorizations'],
    ] as const
  ).map(([code, meaning]) => ({ field: 'visa_network_decline_code' as const, code, meaning: `Visa category 1: ${meaning}`, ...visaCategory1 })),
  ...(
    [
      ['incorrect_number', 'the card number is wrong'],
      ['lost_card', 'reported lost'],
      ['stolen_card', 'reported stolen'],
      ['pickup_card', 'the issuer asks to keep the card'],
      ['revocation_of_authorization', 'the cardholder revoked the authorization'],
      ['revocation_of_all_authorizations', 'the cardholder revoked every authorization'],
      ['transaction_not_allowed', 'the card does not allow this kind of payment'],
      ['highest_risk_level', 'blocked as the highest risk'],
    ] as const
  ).map(([code, meaning]) => ({ field: 'decline_code' as const, code, meaning: `Stripe hard decline: ${meaning}`, ...stripeHardDeclines })),
];

export interface WaitCode extends RuleSource {
  networkAdviceCode: string;
  waitSeconds: number;
}

const HOUR = 3600;
const DAY = 24 * HOUR;

/** Mastercard MAC 24–30 (with response 51, Mastercard's Authorization Optimizer): retry after. */
export const WAIT_CODES: readonly WaitCode[] = (
  [
    ['24', HOUR],
    ['25', DAY],
    ['26', 2 * DAY],
    ['27', 4 * DAY],
    ['28', 6 * DAY],
    ['29', 8 * DAY],
    ['30', 10 * DAY],
  ] as const
).map(([networkAdviceCode, waitSeconds]) => ({ networkAdviceCode, waitSeconds, ...mastercardMac }));

export interface NeedsCustomerCode extends RuleSource {
  field: 'advice_code' | 'decline_code';
  code: string;
}

/** Declines only the customer can resolve, on-session: no off-session retry. */
export const NEEDS_CUSTOMER_CODES: readonly NeedsCustomerCode[] = [
  { field: 'advice_code', code: 'confirm_card_data', ...stripeAdvice },
  { field: 'decline_code', code: 'authentication_required', source: 'Stripe decline codes: authentication_required (docs.stripe.com/declines/codes); GOV.UK Pay MappedAuthorisationRejectedReason.java @837d56b', asOf: '2026-12-04' },
];

/** Declines that may be tried again by a later charge, within the counters: MAC 02 and Stripe's
 * try_again_later without a time, and every decline not listed above. */
export const SOFT_DECLINES: readonly (RuleSource & { field: 'advice_code' | 'network_advice_code'; code: string })[] = [
  { field: 'network_advice_code', code: '02', ...mastercardMac },
  { field: 'advice_code', code: 'try_again_later', ...stripeAdvice },
];

export interface RetryCounter extends RuleSource {
  /** `any`: every network; otherwise the one network it applies to. */
  network: 'any' | 'visa' | 'mastercard' | 'other';
  windowSeconds: number;
  maxDeclinedTries: number;
}

/** Declined tries per card (by fingerprint) and initiator (merchant or customer), counted apart. */
export const RETRY_COUNTERS: readonly RetryCounter[] = [
  { network: 'any', windowSeconds: DAY, maxDeclinedTries: 10, source: 'Mastercard excessive-attempt limit, 10 declines per card in 24 h (checkout.com “When can I retry a declined transaction”), applied to every network', asOf: '2026-12-04' },
  { network: 'visa', windowSeconds: 30 * DAY, maxDeclinedTries: 20, source: 'Visa excessive reattempts, 20 in 30 days from 19 May 2025, CIT and MIT apart (checkout.com)', asOf: '2025-05-19' },
  { network: 'mastercard', windowSeconds: 30 * DAY, maxDeclinedTries: 35, source: 'Mastercard TPE, 35 per card in 30 days (checkout.com; retries.com)', asOf: '2026-12-04' },
  { network: 'other', windowSeconds: 30 * DAY, maxDeclinedTries: 15, source: 'Visa’s earlier 15 in 30 days, used for the networks without a published limit (payway.com)', asOf: '2022-04-01' },
];

/** The parts of a decline the rules read. */
export interface DeclineFacts {
  code?: string | null; // Stripe's error code
  declineCode?: string | null;
  adviceCode?: string | null;
  networkDeclineCode?: string | null;
  networkAdviceCode?: string | null;
  /** The card's network (the decline's, else the card's brand). */
  network: string;
}

export type DeclineVerdict =
  | { kind: 'never_again'; code: string; rule: NeverAgainCode }
  | { kind: 'needs_customer'; code: string }
  | { kind: 'wait'; waitSeconds: number; code: string }
  | { kind: 'soft' };

/** What a decline means for the next off-session try of that card. */
export function judgeDecline(facts: DeclineFacts): DeclineVerdict {
  const value = (field: NeverAgainCode['field'] | NeedsCustomerCode['field']): string | null | undefined => {
    switch (field) {
      case 'advice_code':
        return facts.adviceCode;
      case 'network_advice_code':
        return facts.networkAdviceCode;
      case 'visa_network_decline_code':
        return facts.network === 'visa' ? facts.networkDeclineCode : undefined;
      case 'decline_code':
        return facts.declineCode ?? facts.code;
    }
  };
  // Needs the customer before never-again: Stripe lists authentication_required as a hard decline,
  // but the customer can clear it on-session, where a stolen card stays stolen.
  const needsCustomer = NEEDS_CUSTOMER_CODES.find((rule) => value(rule.field) === rule.code || (rule.field === 'decline_code' && facts.code === rule.code));
  if (needsCustomer) return { kind: 'needs_customer', code: needsCustomer.code };
  const never = NEVER_AGAIN_CODES.find((rule) => value(rule.field) === rule.code);
  if (never) return { kind: 'never_again', code: never.field === 'visa_network_decline_code' || never.field === 'network_advice_code' ? `${never.field}:${never.code}` : never.code, rule: never };
  const wait = WAIT_CODES.find((rule) => facts.networkAdviceCode === rule.networkAdviceCode);
  if (wait) return { kind: 'wait', waitSeconds: wait.waitSeconds, code: `network_advice_code:${wait.networkAdviceCode}` };
  return { kind: 'soft' };
}

/** The counters that apply to a card of this network: the daily one and its 30-day one. */
export function countersFor(network: string): RetryCounter[] {
  const own = RETRY_COUNTERS.find((counter) => counter.network === network) ?? RETRY_COUNTERS.find((counter) => counter.network === 'other')!;
  return [...RETRY_COUNTERS.filter((counter) => counter.network === 'any'), own];
}

/** The longest window any counter looks back over: older tries never matter. */
export const LONGEST_WINDOW_SECONDS = Math.max(...RETRY_COUNTERS.map((counter) => counter.windowSeconds));

export type SkipReason = 'do_not_retry' | 'retry_later' | 'retry_limit' | 'needs_customer';

/** `busy`: the card's declines alone are within the limits, but with its tries still in flight
 * (whose answers are not known yet) a limit is reached: it may be tried once they are answered. */
export type Eligibility = { eligible: true } | { eligible: false; reason: SkipReason; eligibleAfter?: string; busy?: true };

/** What the rules know of one card right now. */
export interface CardRetryFacts {
  network: string;
  blockedReason?: 'do_not_retry' | 'needs_customer' | null;
  notBefore?: string | null;
  /** Creation times of its declined tries by this initiator, any order. */
  countedTries: readonly string[];
  /** Creation times of its tries still in flight, which may yet decline. */
  inFlightTries?: readonly string[];
}

/** Whether a card may be tried off-session now, and if not, why and from when. */
export function checkEligibility(card: CardRetryFacts, now: Date): Eligibility {
  if (card.blockedReason === 'do_not_retry') return { eligible: false, reason: 'do_not_retry' };
  if (card.blockedReason === 'needs_customer') return { eligible: false, reason: 'needs_customer' };
  if (card.notBefore && Date.parse(card.notBefore) > now.getTime()) return { eligible: false, reason: 'retry_later', eligibleAfter: card.notBefore };
  const declined = limitReached(card.network, card.countedTries, now);
  if (declined) return { eligible: false, reason: 'retry_limit', eligibleAfter: declined };
  // Counting the tries in flight as declines keeps charges that run at once within the limits.
  const withInFlight = limitReached(card.network, [...card.countedTries, ...(card.inFlightTries ?? [])], now);
  if (withInFlight) return { eligible: false, reason: 'retry_limit', eligibleAfter: withInFlight, busy: true };
  return { eligible: true };
}

/** When a full window frees a try again (undefined: no counter is full). */
function limitReached(network: string, tries: readonly string[], now: Date): string | undefined {
  let freesAt: number | undefined;
  for (const counter of countersFor(network)) {
    const since = now.getTime() - counter.windowSeconds * 1000;
    const inWindow = tries.map((at) => Date.parse(at)).filter((at) => at > since).sort((a, b) => a - b);
    if (inWindow.length < counter.maxDeclinedTries) continue;
    // The window frees a try when enough of its oldest tries have aged out of it.
    const frees = inWindow[inWindow.length - counter.maxDeclinedTries]! + counter.windowSeconds * 1000;
    freesAt = Math.max(freesAt ?? 0, frees);
  }
  return freesAt === undefined ? undefined : new Date(freesAt).toISOString();
}
