import type { Knex } from 'knex';
import { runOnKnex, type Reads } from '../../db/read-statements.js';
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

/** Support's read-only queries over accounts, run on `reads` (built on the writer's knex). */
export class SupportSearchStore {
  constructor(
    private readonly db: Knex,
    private readonly reads: Reads = runOnKnex,
  ) {}

  /** The distinct countries, one index probe each (a loose index scan: from each country to the
   * next one up), so the cost follows the number of countries, not of accounts. */
  async accountCountries(): Promise<string[]> {
    const rows = await this.reads.all<{ country: string }>(this.db.raw(
      `with recursive present(country) as (
         select min(country) from accounts
         union all
         select (select min(a.country) from accounts a where a.country > present.country) from present where present.country is not null
       )
       select country from present where country is not null`,
    ));
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
      // log): a customer quotes the card they remember, whatever became of it. The accounts are
      // found from the cards (indexed by last4), not by testing every account for such a card.
      const matching = (table: 'cards' | 'card_history') => (sub: Knex.QueryBuilder) => {
        sub.select('c.account_id').from(`${table} as c`).where('c.last4', card.last4);
        if (card.brand) sub.where('c.brand', card.brand);
        if (card.expMonth) sub.where('c.exp_month', card.expMonth);
        if (card.expYear) sub.where('c.exp_year', card.expYear);
      };
      query.whereIn('acc.id', this.db.queryBuilder().modify(matching('cards')).union(matching('card_history')));
    }
    return this.reads.all<AccountRow>(query.orderBy('acc.created_at', 'desc').orderBy('acc.id').limit(limit));
  }
}
