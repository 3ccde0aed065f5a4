import { AppError } from '../../errors.js';
import { isExpired } from '../cards/rules/card-expiry.js';
import type { AutoTopupCard } from './auto-topup-card-eligibility.js';
import { brandName } from '../cards/rules/brand-name.js';
import type { PayingCardReads } from '../cards/paying-cards.js';

export interface PayingCard {
  id: string;
  /** The payer whose card it is (null: a card from before payers). */
  payerId?: string | null;
  brand: string;
  last4: string;
  paymentMethodId: string;
  customerId: string;
}

/** The card a top-up pays with (the cards feature's `PayingCardReads`): the one named, or the
 * payer's default (the default payer's when none is named). Only an active, unexpired card pays;
 * never another payer's. */
export class TopupCards {
  constructor(private readonly cards: PayingCardReads) {}

  async payingCard(accountId: string, cardId: string | undefined, now: Date, payerId?: string): Promise<PayingCard> {
    const card = await this.cards.liveCard(accountId, cardId, payerId);
    if (!card) {
      if (cardId) throw new AppError('not_found', payerId ? 'No such card for this payer: name one of its cards (GET /v1/cards?payer_id=…).' : 'No such card.');
      throw new AppError('no_usable_card', `${payerId ? 'This payer' : 'The account'} has no default card. Name a saved card with card_id, or pay with a new payment_method.`);
    }
    // A do_not_retry card is refused off-session only: its holder may still pay with it here.
    if ((card.status !== 'active' && card.status !== 'do_not_retry') || isExpired(Number(card.exp_month), Number(card.exp_year), now)) {
      throw new AppError('no_usable_card', `The card ${card.id} (${brandName(card.brand)} ending ${card.last4}) is ${card.status === 'active' || card.status === 'do_not_retry' ? 'expired' : 'not verified'} and cannot pay. Choose another card or pay with a new payment_method.`, {
        body: { card_id: card.id },
      });
    }
    const customerId = await this.cards.customerAt(accountId);
    if (!customerId) throw new Error(`account ${accountId} has a card but no gateway customer`);
    return { id: card.id, payerId: card.payer_id ?? null, brand: card.brand, last4: card.last4, paymentMethodId: card.gateway_payment_method_id, customerId };
  }

  /** The card an automatic top-up would pay with (the rule's, or the default payer's default
   * now), with what the eligibility check needs; undefined when there is none (deleted, no default). */
  async automaticCard(accountId: string, cardId: string | null): Promise<(PayingCard & AutoTopupCard) | undefined> {
    const card = await this.cards.liveCard(accountId, cardId);
    if (!card) return undefined;
    const customerId = await this.cards.customerAt(accountId);
    if (!customerId) return undefined;
    return {
      id: card.id,
      payerId: card.payer_id ?? null,
      brand: card.brand,
      last4: card.last4,
      paymentMethodId: card.gateway_payment_method_id,
      customerId,
      status: card.status,
      expMonth: Number(card.exp_month),
      expYear: Number(card.exp_year),
      fingerprint: card.fingerprint ?? null,
      retryBlockedReason: (card.retry_blocked_reason ?? null) as AutoTopupCard['retryBlockedReason'],
      retryNotBefore: card.retry_not_before ?? null,
    };
  }
}
