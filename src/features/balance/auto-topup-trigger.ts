import type { Knex } from 'knex';
import type { Clock } from '../../clock.js';
import { isUniqueViolation } from '../../db/is-unique-violation.js';
import { newId } from '../../ids.js';
import type { Logger } from '../../logger.js';
import type { MessageOutbox } from '../../messaging/message-outbox.js';
import { topupAmounts } from '../../money/topup-amounts.js';
import type { AccountRow } from '../accounts/account-ports.js';
import type { Posted } from './balance-ledger.js';
import type { AutoTopupRuleRow, AutoTopupStore } from './auto-topup-store.js';
import { autoTopupAmount, autoTopupCrossing, calendarMonthUtc } from './rules/auto-topup-amount.js';
import { AUTO_TOPUP_TEXTS } from './rules/auto-topup-texts.js';
import { newTopupRow, type TopupRow, type TopupStore } from './topup-store.js';

/**
 * Records automatic top-ups, always inside a transaction that holds the account lock: the debit's
 * (a crossing) or the payer job's (a retry after a failure). Only the row is written here; the
 * payer job pays it afterwards, so no transaction waits on the gateway. One per crossing: the
 * crossing (the debit's ledger entry) is the top-up's idempotency key, and the database also
 * refuses a second automatic top-up while one is `new`.
 */
export class AutoTopupTrigger {
  constructor(
    private readonly deps: { rules: AutoTopupStore; topups: TopupStore; outbox: MessageOutbox; clock: Clock; logger: Logger; gatewayName: string },
  ) {}

  /** After a debit is posted, in its transaction: a top-up if it took available + pending from
   * at or above the threshold to below it. */
  async afterDebit(trx: Knex.Transaction, account: AccountRow, posted: Posted): Promise<void> {
    const rule = await this.deps.rules.find(account.id, trx);
    if (!rule || rule.status !== 'active' || rule.currency !== posted.entry.currency) return;
    const pending = await this.deps.topups.pendingAmount(account.id, trx);
    if (!autoTopupCrossing(posted.before + pending, posted.after + pending, rule.threshold)) return;
    // Waiting out the hour after a failure: the payer job makes the next try when it is over.
    if (rule.next_try_at && rule.next_try_at > this.now()) return;
    await this.record(trx, account, rule, posted.after + pending, { key: `auto-topup:${posted.entry.id}`, crossing: posted.entry.id });
  }

  /** Records one automatic top-up for `level` (available + pending) unless one is still `new` or
   * the monthly limit leaves too little; answers the row when one was made. */
  async record(trx: Knex.Transaction, account: AccountRow, rule: AutoTopupRuleRow, level: number, crossing: { key: string; crossing: string }): Promise<TopupRow | undefined> {
    const range = topupAmounts(rule.currency);
    if (!range) return undefined;
    if (await trx('topups').where({ account_id: account.id, triggered_by: 'automatic', status: 'new' }).first('id')) return undefined;
    const now = this.deps.clock.now();
    const month = calendarMonthUtc(now);
    const decision = autoTopupAmount(
      { threshold: rule.threshold, amount: rule.amount, target: rule.target, monthlyLimit: rule.monthly_limit },
      level,
      await this.spentIn(trx, account.id, month),
      range,
    );
    if (!decision.topUp) {
      await this.tellLimitReached(trx, account, rule, month.month);
      return undefined;
    }
    const row = this.newRow(account, rule, crossing.key, decision.amount, now.toISOString());
    try {
      // A savepoint: a refused insert (the same crossing, or a number drawn twice) must not
      // abort the debit's transaction, which is worth more than the top-up.
      await trx.transaction(async (savepoint) => {
        await savepoint('topups').insert(row);
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      this.deps.logger.warn({ account_id: account.id, key: crossing.key }, 'automatic top-up not recorded: refused as a duplicate');
      return undefined;
    }
    await this.deps.rules.update(trx, account.id, { crossing: crossing.crossing, updated_at: now.toISOString() });
    this.deps.logger.info({ account_id: account.id, topup_id: row.id, amount: row.amount, key: crossing.key }, 'automatic top-up recorded');
    return row;
  }

  /** Automatic top-ups of the month that are paid or still on their way. */
  private async spentIn(trx: Knex.Transaction, accountId: string, month: { start: string; end: string }): Promise<number> {
    const row = await trx('topups')
      .where({ account_id: accountId, triggered_by: 'automatic' })
      .whereIn('status', ['new', 'paid'])
      .andWhere('created_at', '>=', month.start)
      .andWhere('created_at', '<', month.end)
      .sum({ total: 'amount' })
      .first();
    return Number(row?.total ?? 0);
  }

  /** Once a month: the limit stopped a top-up. Lago's stopped silently; ours says so. */
  private async tellLimitReached(trx: Knex.Transaction, account: AccountRow, rule: AutoTopupRuleRow, month: string): Promise<void> {
    if (rule.limit_noticed_month === month) return;
    await this.deps.outbox.enqueue(trx, { channel: 'email', to: account.email, template: 'auto_topup_limit_reached', text: AUTO_TOPUP_TEXTS.limitReached(rule) });
    await this.deps.rules.update(trx, account.id, { limit_noticed_month: month, updated_at: this.now() });
  }

  private newRow(account: AccountRow, rule: AutoTopupRuleRow, key: string, amount: number, now: string): TopupRow {
    return newTopupRow(
      {
        id: newId('tu'),
        account_id: account.id,
        idempotency_key: key,
        request_hash: '',
        amount,
        currency: rule.currency,
        triggered_by: 'automatic',
        // The card and its gateway ids are read by the payer job, when it pays.
        card_id: rule.card_id,
        save_card: false,
        gateway: this.deps.gatewayName,
        gateway_customer_id: null,
        gateway_payment_method_id: null,
        brand: null,
        last4: null,
        return_url: null,
        locked_by: null,
        locked_until: null,
      },
      now,
    );
  }

  private now(): string {
    return this.deps.clock.now().toISOString();
  }
}
