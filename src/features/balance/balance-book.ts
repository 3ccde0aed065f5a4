import type { Knex } from 'knex';
import type { Clock } from '../../clock.js';
import type { MessageOutbox } from '../../messaging/message-outbox.js';
import type { AccountRow } from '../accounts/account-ports.js';
import { lockAccountRow } from '../accounts/lock-account.js';
import type { BalanceLedger, BalanceRow, NewEntry, Posted } from './balance-ledger.js';
import { formatAmount } from '../../money/format-amount.js';
import { crossesBelow } from './rules/low-balance-crossing.js';

/**
 * Changes balances. Every change runs in the caller's transaction after `lock` (the account row
 * lock), so entries of one account are appended one at a time, and the low-balance text is
 * queued in the same transaction as the debit that crossed the threshold: exactly once per
 * crossing, even across crashes.
 */
export class BalanceBook {
  constructor(
    private readonly deps: { db: Knex; ledger: BalanceLedger; outbox: MessageOutbox; clock: Clock },
  ) {}

  /** Locks the account for a balance change; answers the account row as read under the lock. */
  async lock(trx: Knex.Transaction, accountId: string): Promise<AccountRow | undefined> {
    return lockAccountRow(trx, accountId);
  }

  /** The balance under the lock, opened at 0 in the account's currency the first time. An empty
   * balance follows the account's currency (it may change only while the balance is empty). */
  async balanceOf(trx: Knex.Transaction, account: AccountRow): Promise<BalanceRow> {
    const now = this.now();
    const balance = await this.deps.ledger.open(trx, account.id, account.currency, now);
    if (balance.currency === account.currency || balance.available !== 0) return balance;
    await trx('balances').where({ account_id: account.id }).update({ currency: account.currency, updated_at: now });
    return { ...balance, currency: account.currency };
  }

  /** Appends one entry (the account lock held) and queues the low-balance text if it crossed.
   * With `alertAfterCharge` the debit stands only once that charge succeeds (the cards pay the
   * rest of it): the text waits for that, and the charge's reversal withdraws it. */
  async post(trx: Knex.Transaction, account: AccountRow, entry: NewEntry, alertAfterCharge?: string): Promise<Posted> {
    const balance = await this.balanceOf(trx, account);
    const posted = await this.deps.ledger.post(trx, balance, entry, this.now());
    if (crossesBelow(posted.before, posted.after, posted.threshold) && account.mobile && account.mobile_verified_at) {
      await this.deps.outbox.enqueue(trx, {
        channel: 'sms',
        to: account.mobile,
        template: 'low_balance',
        text: `Card Vault: your balance is ${formatAmount(posted.after, balance.currency)}, below your alert of ${formatAmount(posted.threshold!, balance.currency)}. Top up to keep paying from it.`,
      }, undefined, alertAfterCharge);
    }
    return posted;
  }

  /** A failed charge's low-balance text, in the transaction that reverses its debit. */
  async withdrawAlert(trx: Knex.Transaction, chargeId: string): Promise<void> {
    await this.deps.outbox.withdrawForCharge(trx, chargeId);
  }

  /** Sends what `post` queued, after the transaction committed. */
  deliverSoon(): void {
    this.deps.outbox.deliverSoon();
  }

  private now(): string {
    return this.deps.clock.now().toISOString();
  }
}
