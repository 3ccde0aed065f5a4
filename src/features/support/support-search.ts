import { AppError } from '../../errors.js';
import type { AccountRow } from '../accounts/account-ports.js';
import { normalizeEmail } from '../accounts/account-ports.js';
import { mayBeNational, phoneSearchCandidates } from './rules/phone-search-candidates.js';
import type { SupportAuditTrail, SupportReader } from './support-audit-trail.js';
import type { AccountSearchQuery } from './support-queries.js';
import type { AccountSearchCriteria, SupportSearchStore } from './support-search-store.js';

/** `GET /v1/support/accounts`: accounts by email, phone, card or id, the search audited. */
export class SupportSearch {
  constructor(
    private readonly search: SupportSearchStore,
    private readonly trail: SupportAuditTrail,
  ) {}

  async searchAccounts(reader: SupportReader, query: AccountSearchQuery): Promise<{ accounts: AccountRow[]; hasMore: boolean }> {
    const criteria = await this.criteriaFor(query);
    const found = await this.search.search(criteria, query.limit + 1);
    const accounts = found.slice(0, query.limit);
    await this.trail.record(reader, 'search_accounts', { query, accountIds: accounts.map((account) => account.id) });
    return { accounts, hasMore: found.length > query.limit };
  }

  private async criteriaFor(query: AccountSearchQuery): Promise<AccountSearchCriteria> {
    const criteria: AccountSearchCriteria = {};
    if (query.account_id) criteria.accountId = query.account_id;
    if (query.email) criteria.email = normalizeEmail(query.email);
    if (query.phone) {
      const countries = mayBeNational(query.phone) ? await this.search.accountCountries() : [];
      criteria.mobiles = phoneSearchCandidates(query.phone, countries);
      if (criteria.mobiles.length === 0) {
        throw new AppError('invalid_phone', `"${query.phone}" is not a phone number we can read. Quote it with its country code, e.g. +56 9 6123 4567.`, {
          errors: [{ field: 'phone', message: 'is not a valid phone number' }],
        });
      }
    }
    if (query.last4) criteria.card = { last4: query.last4, brand: query.brand, expMonth: query.exp_month, expYear: query.exp_year };
    return criteria;
  }
}
