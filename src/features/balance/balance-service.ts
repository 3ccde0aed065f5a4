import type { Knex } from 'knex';
import type { Clock } from '../../clock.js';
import type { Reads } from '../../db/read-statements.js';
import { AppError, notFound } from '../../errors.js';
import { accountsAs, type AccountReads, type AccountRow } from '../accounts/account-ports.js';
import type { BalanceBook } from './balance-book.js';
import { reversalNotPosted, type BalanceLedger, type EntryRow } from './balance-ledger.js';
import type { ChargeRowsPort } from '../charges/charge-rows-port.js';
import { isArmed } from './rules/low-balance-crossing.js';
import type { TopupStore } from './topup-store.js';

export interface BalanceResponse {
  available: number;
  pending: number;
  currency: string;
  low_balance_alert: { threshold: number; armed: boolean } | null;
}

export const toEntryResponse = (entry: EntryRow) => ({
  id: entry.id,
  type: entry.type,
  amount: entry.amount,
  balance_after: entry.balance_after,
  currency: entry.currency,
  ...(entry.topup_id ? { topup_id: entry.topup_id } : {}),
  ...(entry.charge_id ? { charge_id: entry.charge_id } : {}),
  ...(entry.transfer_reference ? { transfer_reference: entry.transfer_reference } : {}),
  ...(entry.description ? { description: entry.description } : {}),
  created_at: entry.created_at,
});

/** The customer's balance: read it, read its ledger, set the low-balance alert. Reads never
 * write: an account without a balance row reads as 0 in its currency. */
export class BalanceService {
  constructor(
    private readonly deps: { db: Knex; reads: Reads; accounts: AccountReads; charges: ChargeRowsPort; ledger: BalanceLedger; book: BalanceBook; topups: TopupStore; clock: Clock },
  ) {}

  /** One query on the read connections: the account (for its currency and its existence), its
   * balance row if any, and the sum of its top-ups still `new` (TopupStore.pendingAmount's sum). */
  async get(accountId: string): Promise<BalanceResponse> {
    const { db } = this.deps;
    const [row] = await this.deps.reads.all<{ account_currency: string; currency: string | null; available: unknown; alert_threshold: unknown; pending: unknown }>(
      accountsAs(db, 'a')
        .leftJoin('balances as b', 'b.account_id', 'a.id')
        .where('a.id', accountId)
        .select('a.currency as account_currency', 'b.currency', 'b.available', 'b.alert_threshold')
        .select(db('topups').where({ account_id: accountId, status: 'new' }).sum('amount').as('pending'))
        .limit(1),
    );
    if (!row) throw notFound('account');
    const available = Number(row.available ?? 0);
    const threshold = row.alert_threshold === null || row.alert_threshold === undefined ? null : Number(row.alert_threshold);
    return {
      available,
      pending: Number(row.pending ?? 0),
      currency: row.currency !== null && available !== 0 ? row.currency : row.account_currency,
      low_balance_alert: threshold === null ? null : { threshold, armed: isArmed(available, threshold) },
    };
  }

  async transactions(accountId: string, page: { limit: number; startingAfter?: string }) {
    await this.account(accountId);
    let after: EntryRow | undefined;
    if (page.startingAfter) {
      after = await this.deps.ledger.entry(page.startingAfter);
      if (!after || after.account_id !== accountId) throw notFound('balance transaction');
    }
    const entries = await this.deps.ledger.entries(accountId, { limit: page.limit + 1, ...(after ? { startingAfter: after } : {}) });
    return { data: entries.slice(0, page.limit).map(toEntryResponse), has_more: entries.length > page.limit };
  }

  async setAlert(accountId: string, threshold: number | null): Promise<BalanceResponse> {
    await this.deps.db.transaction(async (trx) => {
      const account = await this.deps.book.lock(trx, accountId);
      if (!account) throw notFound('account');
      if (threshold !== null && !account.mobile_verified_at) {
        throw new AppError('mobile_step_required', 'The low-balance alert is a text to the verified mobile: verify a mobile number first (POST /v1/onboarding/mobile-code).');
      }
      await this.deps.book.balanceOf(trx, account);
      await this.deps.ledger.setThreshold(trx, accountId, threshold, this.deps.clock.now().toISOString());
    });
    return this.get(accountId);
  }

  /** PUT /v1/account/preferences: the currency changes only while nothing is in the balance or on
   * its way there. Runs under the account lock, like every balance change and top-up. */
  async assertEmpty(trx: Knex.Transaction, accountId: string): Promise<void> {
    const balance = await this.deps.ledger.find(accountId, trx);
    const topups = await this.deps.topups.pendingAmount(accountId, trx);
    // A charge still running (or failed, its reversal not yet posted) holds a balance part that
    // may come back in the balance's currency: it counts as on its way too.
    const pending = topups + (await this.deps.charges.heldBalanceParts(trx, accountId, reversalNotPosted(trx)));
    if ((balance?.available ?? 0) !== 0 || pending !== 0) {
      throw new AppError('balance_not_empty', `The balance holds ${balance?.available ?? 0} ${balance?.currency ?? ''} minor units${pending ? ` and ${pending} more are on their way from top-ups or from charges still being settled` : ''}; the account's currency can change only while the balance is empty and nothing is on its way to it. Try again once pending top-ups and charges have finished.`.replace(' ;', ';'));
    }
  }

  private async account(accountId: string): Promise<AccountRow> {
    const account = await this.deps.accounts.readById(accountId);
    if (!account) throw notFound('account');
    return account;
  }
}

