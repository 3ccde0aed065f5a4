import type { Knex } from 'knex';
import { isExpired } from '../cards/rules/card-expiry.js';
import { brandName } from '../cards/rules/brand-name.js';

/** What the eligibility check knows of the card an automatic top-up would charge. */
export interface AutoTopupCard {
  id: string;
  brand: string;
  last4: string;
  status: string;
  expMonth: number;
  expYear: number;
  /** The gateway's fingerprint of the physical card (the network rules count tries by it). */
  fingerprint: string | null;
  retryBlockedReason: 'do_not_retry' | 'needs_customer' | null;
  retryNotBefore: string | null;
}

/** `eligibleAfter`: when the card may be tried again, when the rules know it; `busy`: other
 * payers' tries at the card are still in flight and fill a limit, so look again shortly. */
export type AutoTopupEligibility = { eligible: true } | { eligible: false; reason: string; eligibleAfter?: string; busy?: true };

/** The port: may this card be charged off-session for an automatic top-up now? `counted`: the
 * top-up's try is already counted (a replay after a crash): the counters were checked then (and
 * now hold the try itself), so only what the issuer said since can refuse it. */
export type AutoTopupCardEligibility = (card: AutoTopupCard, now: Date, options?: { counted?: boolean }) => Promise<AutoTopupEligibility>;

type NetworkVerdict = { eligible: true } | { eligible: false; reason: string; eligibleAfter?: string; busy?: true };

/**
 * The card-network rules as automatic top-ups need them (the charges feature's
 * NetworkRetryGuard, given at composition): an automatic top-up is merchant-initiated.
 */
export interface OffSessionCardRules {
  eligibilityOf(cards: readonly { id: string; last4: string; fingerprint: string; network: string; blockedReason: 'do_not_retry' | 'needs_customer' | null; notBefore: string | null }[], initiator: 'merchant'): Promise<Map<string, NetworkVerdict>>;
  /** Counts the try in `trx` (the transaction that records it); false when the card stopped being
   * eligible meanwhile (the caller rolls back). */
  reserveIn(trx: Knex.Transaction, attempt: { id: string; created_at: string }, card: { cardId: string; fingerprint: string; network: string }, initiator: 'merchant'): Promise<boolean>;
  /** The try's result in the transaction that records it (a decline keeps counting and what the
   * issuer said is kept on the card). */
  recordResultIn(
    trx: Knex.Transaction,
    attempt: { id: string; cardId: string },
    result: { status: string; decline_code?: string | null; gateway_code?: string | null; advice_code?: string | null; network_decline_code?: string | null; network_advice_code?: string | null; network?: string | null },
    at: string,
  ): Promise<void>;
}

const when = (at: string) => `${at.slice(0, 16).replace('T', ' ')} UTC`;

/** The customer's words for each reason the network rules give (each says what to do). */
function networkReason(card: AutoTopupCard, verdict: Exclude<NetworkVerdict, { eligible: true }>): string {
  const card_ = `the ${brandName(card.brand)} card ending ${card.last4}`;
  switch (verdict.reason) {
    case 'do_not_retry':
      return `The bank of ${card_} said never to charge it again without you, so it is not charged automatically. Top up with it yourself, update its details, or choose another card for automatic top-ups.`;
    case 'needs_customer':
      return `The bank of ${card_} wants you present (to confirm the payment or the card's details), so it is not charged automatically. Top up with it yourself once, or choose another card.`;
    case 'retry_later':
      return `The bank of ${card_} asked us to wait before charging it again${verdict.eligibleAfter ? `: it may be tried again after ${when(verdict.eligibleAfter)}` : ''}. Top up yourself now, or choose another card.`;
    default:
      return `${card_[0]!.toUpperCase()}${card_.slice(1)} reached the card network's limit of declined tries${verdict.eligibleAfter ? `: it may be tried again after ${when(verdict.eligibleAfter)}` : ''}. Top up yourself now, or choose another card.`;
  }
}

/**
 * The card is verified and unexpired, and the card-network rules allow a merchant-initiated try
 * now (its issuer did not say never again or wait, its counters are not full). A `do_not_retry`
 * card is verified: the network rules give the reason. Keep this the one place automatic top-ups
 * ask.
 */
export const autoTopupCardEligibility =
  (network?: OffSessionCardRules): AutoTopupCardEligibility =>
  async (card, now, options) => {
    if (card.status !== 'active' && card.status !== 'do_not_retry') return { eligible: false, reason: `This ${brandName(card.brand)} card is not verified, so it cannot pay automatic top-ups. Choose another card.` };
    if (isExpired(card.expMonth, card.expYear, now)) return { eligible: false, reason: 'The card has expired. Update its expiry date or choose another card.' };
    if (!network || !card.fingerprint) return { eligible: true };
    const blockedReason = card.status === 'do_not_retry' ? 'do_not_retry' : card.retryBlockedReason;
    const verdict = (await network.eligibilityOf([{ id: card.id, last4: card.last4, fingerprint: card.fingerprint, network: card.brand, blockedReason, notBefore: card.retryNotBefore }], 'merchant')).get(card.id);
    if (!verdict || verdict.eligible || (options?.counted && verdict.reason === 'retry_limit')) return { eligible: true };
    return { eligible: false, reason: networkReason(card, verdict), ...(verdict.eligibleAfter ? { eligibleAfter: verdict.eligibleAfter } : {}), ...(verdict.busy ? { busy: true as const } : {}) };
  };
