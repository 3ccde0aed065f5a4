import type { Knex } from 'knex';
import type { AccountRow } from '../accounts/account-store.js';

export interface CardSearchKey {
  last4: string;
  brand?: string;
  expMonth?: number;
  expYear?: number;
}

/** Search keys after parsing; every key given must match (they narrow each other). */
export interface AccountSearchCriteria {
  accountId?: string;
  /** Lower-cased; matches the whole email or its beginning (`ada@exa` finds `ada@example.com`). */
  email?: string;
  /** E.164 readings of the quoted number. */
  mobiles?: string[];
  card?: CardSearchKey;
}

/** Support's read-only queries over accounts. */
export class SupportSearchStore {
  constructor(private readonly db: Knex) {}

  async accountCountries(): Promise<string[]> {
    const rows: { country: string }[] = await this.db('accounts').distinct('country');
    return rows.map((row) => row.country);
  }

  /** Exact email matches first, then the newest accounts. */
  async search(criteria: AccountSearchCriteria, limit: number): Promise<AccountRow[]> {
    const query = this.db<AccountRow>('accounts as acc').select('acc.*');
    if (criteria.accountId) query.where('acc.id', criteria.accountId);
    if (criteria.email) {
      // `_` is common in emails and a LIKE wildcard: escape the pattern characters.
      query.whereRaw(`acc.email_normalized like ? escape '\\'`, [`${criteria.email.replace(/[\\%_]/g, '\\$&')}%`]);
      query.orderByRaw('case when acc.email_normalized = ? then 0 else 1 end', [criteria.email]);
    }
    if (criteria.mobiles) query.whereIn('acc.mobile', criteria.mobiles);
    if (criteria.card) {
      const card = criteria.card;
      // Removed cards count, and so do cards that failed verification (kept only in the history
      // log): a customer quotes the card they remember, whatever became of it.
      const matching = (table: 'cards' | 'card_history') => (sub: Knex.QueryBuilder) => {
        sub.select(this.db.raw('1')).from(`${table} as c`).whereRaw('c.account_id = acc.id').where('c.last4', card.last4);
        if (card.brand) sub.where('c.brand', card.brand);
        if (card.expMonth) sub.where('c.exp_month', card.expMonth);
        if (card.expYear) sub.where('c.exp_year', card.expYear);
      };
      query.where((either) => either.whereExists(matching('cards')).orWhereExists(matching('card_history')));
    }
    return query.orderBy('acc.created_at', 'desc').orderBy('acc.id').limit(limit);
  }
}
