import type { Knex } from 'knex';

export interface CardSearchKey {
  last4: string;
  brand?: string;
  expMonth?: number;
  expYear?: number;
}

/** Who holds or held a card like the one quoted: the cards feature's port for support's search. */
export interface CardHolders {
  /** A subquery of the account ids, for another feature's statement (`whereIn`). */
  accountIdsOf(card: CardSearchKey): Knex.QueryBuilder;
}

/** `cards` and `card_history`. Removed cards count, and so do cards that failed verification
 * (kept only in the history log): a customer quotes the card they remember, whatever became of
 * it. The accounts are found from the cards (indexed by last4), not by testing every account. */
export class CardHolderQueries implements CardHolders {
  constructor(private readonly db: Knex) {}

  accountIdsOf(card: CardSearchKey): Knex.QueryBuilder {
    const matching = (table: 'cards' | 'card_history') => (sub: Knex.QueryBuilder) => {
      sub.select('c.account_id').from(`${table} as c`).where('c.last4', card.last4);
      if (card.brand) sub.where('c.brand', card.brand);
      if (card.expMonth) sub.where('c.exp_month', card.expMonth);
      if (card.expYear) sub.where('c.exp_year', card.expYear);
    };
    return this.db.queryBuilder().modify(matching('cards')).union(matching('card_history'));
  }
}
