import type { Knex } from 'knex';
import { AppError } from '../../errors.js';
import { isExpired } from '../cards/rules/card-expiry.js';

export interface PayingCard {
  id: string;
  brand: string;
  last4: string;
  paymentMethodId: string;
  customerId: string;
}

/** Reads the cards feature's tables (`cards`, `gateway_customers`) for the card a top-up pays
 * with: the one named, or the default. Only an active, unexpired card pays. */
export class TopupCards {
  constructor(
    private readonly db: Knex,
    private readonly gatewayName: string,
  ) {}

  async payingCard(accountId: string, cardId: string | undefined, now: Date): Promise<PayingCard> {
    const query = this.db('cards').where({ account_id: accountId }).whereNull('deleted_at');
    const card = await (cardId ? query.andWhere({ id: cardId }) : query.andWhere({ is_default: true })).first();
    if (!card) {
      if (cardId) throw new AppError('not_found', 'No such card.');
      throw new AppError('no_usable_card', 'The account has no default card. Name a saved card with card_id, or pay with a new payment_method.');
    }
    if (card.status !== 'active' || isExpired(Number(card.exp_month), Number(card.exp_year), now)) {
      throw new AppError('no_usable_card', `The card ${card.id} (${card.brand} ending ${card.last4}) is ${card.status === 'active' ? 'expired' : 'not verified'} and cannot pay. Choose another card or pay with a new payment_method.`, {
        body: { card_id: card.id },
      });
    }
    const customer = await this.db('gateway_customers').where({ account_id: accountId, gateway: this.gatewayName }).first('customer_id');
    if (!customer) throw new Error(`account ${accountId} has a card but no gateway customer`);
    return { id: card.id, brand: card.brand, last4: card.last4, paymentMethodId: card.gateway_payment_method_id, customerId: String(customer.customer_id) };
  }
}
