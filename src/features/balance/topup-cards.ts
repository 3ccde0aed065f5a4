import type { Knex } from 'knex';
import { AppError } from '../../errors.js';
import { isExpired } from '../cards/rules/card-expiry.js';
import type { AutoTopupCard } from './auto-topup-card-eligibility.js';
import { brandName } from '../cards/rules/brand-name.js';

export interface PayingCard {
  id: string;
  /** The payer whose card it is (null: a card from before payers). */
  payerId?: string | null;
  brand: string;
  last4: string;
  paymentMethodId: string;
  customerId: string;
}

/** The default payer's cards (the payers feature's table; a card from before payers, without
 * one, counts as the default payer's). */
const ofDefaultPayer = (db: Knex, accountId: string) => (query: Knex.QueryBuilder) =>
  query.where((which) => which.whereNull('payer_id').orWhereIn('payer_id', db('payers').where({ account_id: accountId, is_default: true }).whereNull('deleted_at').select('id')));

/** Reads the cards feature's tables (`cards`, `gateway_customers`) for the card a top-up pays
 * with: the one named, or the payer's default (the default payer's when none is named). Only an
 * active, unexpired card pays; never another payer's. */
export class TopupCards {
  constructor(
    private readonly db: Knex,
    private readonly gatewayName: string,
  ) {}

  async payingCard(accountId: string, cardId: string | undefined, now: Date, payerId?: string): Promise<PayingCard> {
    const query = this.db('cards').where({ account_id: accountId }).whereNull('deleted_at');
    if (payerId !== undefined) query.andWhere({ payer_id: payerId });
    else if (!cardId) ofDefaultPayer(this.db, accountId)(query);
    const card = await (cardId ? query.andWhere({ id: cardId }) : query.andWhere({ is_default: true })).first();
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
    const customer = await this.db('gateway_customers').where({ account_id: accountId, gateway: this.gatewayName }).first('customer_id');
    if (!customer) throw new Error(`account ${accountId} has a card but no gateway customer`);
    return { id: card.id, payerId: card.payer_id ?? null, brand: card.brand, last4: card.last4, paymentMethodId: card.gateway_payment_method_id, customerId: String(customer.customer_id) };
  }

  /** The card an automatic top-up would pay with (the rule's, or the default payer's default
   * now), with what the eligibility check needs; undefined when there is none (deleted, no default). */
  async automaticCard(accountId: string, cardId: string | null): Promise<(PayingCard & AutoTopupCard) | undefined> {
    const query = this.db('cards').where({ account_id: accountId }).whereNull('deleted_at');
    const card = await (cardId ? query.andWhere({ id: cardId }) : ofDefaultPayer(this.db, accountId)(query).andWhere({ is_default: true })).first();
    if (!card) return undefined;
    const customer = await this.db('gateway_customers').where({ account_id: accountId, gateway: this.gatewayName }).first('customer_id');
    if (!customer) return undefined;
    return {
      id: card.id,
      payerId: card.payer_id ?? null,
      brand: card.brand,
      last4: card.last4,
      paymentMethodId: card.gateway_payment_method_id,
      customerId: String(customer.customer_id),
      status: card.status,
      expMonth: Number(card.exp_month),
      expYear: Number(card.exp_year),
      fingerprint: card.fingerprint ?? null,
      retryBlockedReason: card.retry_blocked_reason ?? null,
      retryNotBefore: card.retry_not_before ?? null,
    };
  }
}
