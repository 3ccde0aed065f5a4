import { isExpired } from '../../cards/rules/card-expiry.js';

/** A saved card as the fallback sees it. */
export interface CardCandidate {
  id: string;
  brand: string;
  last4: string;
  paymentMethodId: string;
  status: string; // active | requires_action | expired | do_not_retry
  /** The physical card at the gateway: the card-network rules count by it (absent in old tests). */
  fingerprint?: string;
  /** What its issuer said before (the card-network rules): never again, or the customer must act. */
  retryBlockedReason?: 'do_not_retry' | 'needs_customer' | null;
  /** Mastercard's "retry after": not before this time. */
  retryNotBefore?: string | null;
  expMonth: number;
  expYear: number;
  isDefault: boolean;
  position: number;
}

/** What the fallback needs to know of earlier tries of one charge. */
export interface TriedCard {
  cardId: string;
  status: 'pending' | 'succeeded' | 'declined' | 'error';
  /** For errors: gateway_error (the gateway refused the request), or gateway_unavailable and
   * interrupted, which moved no money and say nothing about the card. */
  errorCode: string | null;
}

/** How often one card may be tried within one charge when its tries keep being interrupted. */
export const MAX_TRIES_PER_CARD = 3;

/** The cards a charge may try, in charge order: the default first, then by position; only
 * verified cards that have not expired. `do_not_retry` cards stay in the order so that the
 * card-network rules name them among the charge's skipped cards. */
export function chargeOrder(cards: readonly CardCandidate[], now: Date): CardCandidate[] {
  return cards
    .filter((card) => (card.status === 'active' || card.status === 'do_not_retry') && !isExpired(card.expMonth, card.expYear, now))
    .sort((a, b) => Number(b.isDefault) - Number(a.isDefault) || a.position - b.position);
}

/** The next card to try: the first in charge order that has not declined or been refused in
 * this charge. A card whose try was interrupted before any money could move is tried again, a
 * bounded number of times. */
export function nextCardToTry(ordered: readonly CardCandidate[], tried: readonly TriedCard[]): CardCandidate | undefined {
  return cardsLeftToTry(ordered, tried)[0];
}

/** Every card still to try, in order (see nextCardToTry). */
export function cardsLeftToTry(ordered: readonly CardCandidate[], tried: readonly TriedCard[]): CardCandidate[] {
  return ordered.filter((card) => {
    const tries = tried.filter((attempt) => attempt.cardId === card.id);
    const spent = tries.some((attempt) => attempt.status === 'declined' || (attempt.status === 'error' && attempt.errorCode === 'gateway_error'));
    return !spent && tries.length < MAX_TRIES_PER_CARD;
  });
}

/** Why a charge that ran out of cards failed: a card declined (the customer's side), or else the
 * gateway refused our requests (`gateway_error`: an integration problem, which must not read as a
 * card problem), or else no card was ever usable. */
export function failureCode(tried: readonly TriedCard[]): 'all_cards_declined' | 'gateway_error' | 'no_usable_card' {
  if (tried.some((attempt) => attempt.status === 'declined')) return 'all_cards_declined';
  if (tried.some((attempt) => attempt.status === 'error' && attempt.errorCode === 'gateway_error')) return 'gateway_error';
  return 'no_usable_card';
}
