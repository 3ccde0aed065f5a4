import type { Clock } from '../../clock.js';
import { notFound } from '../../errors.js';
import type { AccountReads } from '../accounts/account-ports.js';
import { onboardingState } from '../onboarding/onboarding-state.js';
import type { PayerRow } from '../payers/payer-store.js';
import { toSupportAccountView, type SupportAccountView } from './support-account-view.js';
import type { SupportAuditTrail, SupportReader } from './support-audit-trail.js';
import type { SupportBalanceReader, SupportBalanceView } from './support-balance-views.js';
import type { SupportCardRecords } from './support-card-records.js';
import type { SupportChargeRecords } from './support-charge-records.js';

const MAX_ACCOUNT_ID_LENGTH = 40;

/**
 * `GET /v1/support/accounts/{id}`: everything support reads about one account. It loads what it
 * shows, writes the audit event, and only then returns: a read that cannot be recorded fails
 * instead of answering unrecorded.
 */
export class SupportAccountService {
  constructor(
    private readonly deps: {
      accounts: Pick<AccountReads, 'readById'>;
      /** Every payer of an account, removed ones too (the payers feature). */
      payers?: { listAllForAccount(accountId: string): Promise<PayerRow[]> };
      cards: SupportCardRecords;
      charges: SupportChargeRecords;
      balance?: SupportBalanceReader;
      trail: SupportAuditTrail;
      clock: Clock;
      emailGraceSeconds: number;
    },
  ) {}

  async viewAccount(reader: SupportReader, accountId: string): Promise<SupportAccountView & { balance?: SupportBalanceView }> {
    // Account ids are 25 characters; a longer one names no account and would not fit the audit's
    // account column on PostgreSQL.
    if (accountId.length > MAX_ACCOUNT_ID_LENGTH) throw notFound('account');
    const account = await this.deps.accounts.readById(accountId);
    if (!account) {
      // A miss is recorded too: probing for account ids is itself worth seeing in the log.
      await this.deps.trail.record(reader, 'view_account', { query: { account_id: accountId }, accountIds: [accountId], resultCount: 0 });
      throw notFound('account');
    }
    const [payers, cards, charges] = await Promise.all([
      this.deps.payers?.listAllForAccount(accountId) ?? [],
      this.deps.cards.of(accountId),
      this.deps.charges.of(accountId),
    ]);
    const view = toSupportAccountView({
      account,
      onboarding: onboardingState(account, this.deps.clock.now(), this.deps.emailGraceSeconds),
      payers,
      ...cards,
      ...charges,
    });
    const balance = await this.deps.balance?.viewOf(accountId, account.currency);
    const disclosed = cards.cards.some((entry) => entry.idNumber !== null) ? ['id_number'] : [];
    await this.deps.trail.record(reader, 'view_account', { query: { account_id: accountId }, accountIds: [accountId], disclosed });
    return { ...view, ...(balance ? { balance } : {}) };
  }
}
