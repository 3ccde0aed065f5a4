import type { Knex } from 'knex';
import { runOnKnex, type Reads } from '../../db/read-statements.js';
import type { AccountRow } from './account-ports.js';

/** Search keys after parsing; every key given must match (they narrow each other). */
export interface AccountSearchKeys {
  accountId?: string;
  /** Lower-cased; matches the whole email or its beginning (`ada@exa` finds `ada@example.com`). */
  email?: string;
  /** E.164 readings of the quoted number. */
  mobiles?: string[];
  /** A subquery of account ids another feature answers (the cards feature's card holders). */
  among?: Knex.QueryBuilder;
}

/** Looking accounts up (support's search): the accounts feature's port. */
export interface AccountSearch {
  countries(): Promise<string[]>;
  search(keys: AccountSearchKeys, limit: number): Promise<AccountRow[]>;
}

/** Read-only queries over `accounts`, run on `reads` (built on the writer's knex). */
export class AccountSearchStore implements AccountSearch {
  constructor(
    private readonly db: Knex,
    private readonly reads: Reads = runOnKnex,
  ) {}

  /** The distinct countries, one index probe each (a loose index scan: from each country to the
   * next one up), so the cost follows the number of countries, not of accounts. */
  async countries(): Promise<string[]> {
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
  async search(keys: AccountSearchKeys, limit: number): Promise<AccountRow[]> {
    const query = this.db<AccountRow>('accounts as acc').select('acc.*');
    if (keys.accountId) query.where('acc.id', keys.accountId);
    if (keys.email) {
      // `_` is common in emails and a LIKE wildcard: escape the pattern characters.
      query.whereRaw(`acc.email_normalized like ? escape '\\'`, [`${keys.email.replace(/[\\%_]/g, '\\$&')}%`]);
      query.orderByRaw('case when acc.email_normalized = ? then 0 else 1 end', [keys.email]);
    }
    if (keys.mobiles) query.whereIn('acc.mobile', keys.mobiles);
    if (keys.among) query.whereIn('acc.id', keys.among);
    return this.reads.all<AccountRow>(query.orderBy('acc.created_at', 'desc').orderBy('acc.id').limit(limit));
  }
}
