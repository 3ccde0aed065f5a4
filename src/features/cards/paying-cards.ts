import type { Knex } from 'knex';
import { toCardRow, type CardRow } from './card-store.js';

/** The card a payment on another feature's behalf (a top-up) is made with, and the account's
 * customer at the gateway: the cards feature's port for the balance feature. */
export interface PayingCardReads {
  /** A live card of the account: the one named (of the payer, when one is named too), or else the
   * default card of the payer named, or of the default payer when none is (a card from before
   * payers, without one, counts as the default payer's). Undefined when there is none. */
  liveCard(accountId: string, cardId: string | null | undefined, payerId?: string): Promise<CardRow | undefined>;
  /** The account's customer at this gateway; undefined before its first card. */
  customerAt(accountId: string): Promise<string | undefined>;
}

/** `cards` and `gateway_customers` read for a payment. The default payer's ids come from the
 * payers feature, as a subquery (`defaultPayerIds`, bound in the composition root). */
export class PayingCardStore implements PayingCardReads {
  constructor(
    private readonly db: Knex,
    private readonly gatewayName: string,
    private readonly defaultPayerIds: (accountId: string) => Knex.QueryBuilder,
  ) {}

  async liveCard(accountId: string, cardId: string | null | undefined, payerId?: string): Promise<CardRow | undefined> {
    const query = this.db('cards').where({ account_id: accountId }).whereNull('deleted_at');
    if (payerId !== undefined) query.andWhere({ payer_id: payerId });
    else if (!cardId) query.where((which) => which.whereNull('payer_id').orWhereIn('payer_id', this.defaultPayerIds(accountId)));
    const card = await (cardId ? query.andWhere({ id: cardId }) : query.andWhere({ is_default: true })).first();
    return card && toCardRow(card);
  }

  async customerAt(accountId: string): Promise<string | undefined> {
    const customer = await this.db('gateway_customers').where({ account_id: accountId, gateway: this.gatewayName }).first('customer_id');
    return customer ? String(customer.customer_id) : undefined;
  }
}
