import type { AccountSearch } from '../accounts/account-search.js';
import type { AccountRow } from '../accounts/account-ports.js';
import type { CardHolders, CardSearchKey } from '../cards/card-holders.js';

export type { CardSearchKey } from '../cards/card-holders.js';

/** Search keys after parsing; every key given must match (they narrow each other). */
export interface AccountSearchCriteria {
  accountId?: string;
  /** Lower-cased; matches the whole email or its beginning (`ada@exa` finds `ada@example.com`). */
  email?: string;
  /** E.164 readings of the quoted number. */
  mobiles?: string[];
  card?: CardSearchKey;
}

/** Support's search over accounts, through the accounts feature's `AccountSearch` and, for a
 * quoted card, the cards feature's `CardHolders` (one statement: the card holders a subquery). */
export class SupportSearchStore {
  constructor(
    private readonly accounts: AccountSearch,
    private readonly cards: CardHolders,
  ) {}

  accountCountries(): Promise<string[]> {
    return this.accounts.countries();
  }

  /** Exact email matches first, then the newest accounts. */
  search(criteria: AccountSearchCriteria, limit: number): Promise<AccountRow[]> {
    const { card, ...keys } = criteria;
    return this.accounts.search({ ...keys, ...(card ? { among: this.cards.accountIdsOf(card) } : {}) }, limit);
  }
}
