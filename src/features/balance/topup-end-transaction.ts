import type { Knex } from 'knex';
import type { Clock } from '../../clock.js';
import type { AccountRow } from '../accounts/account-ports.js';
import { recordEvent } from '../../events/record-event.js';
import type { BalanceBook } from './balance-book.js';
import type { TopupRow, TopupStore } from './topup-store.js';
import { toTopupResponse } from './topup-view.js';

/** What a top-up's end does besides changing its row, in the same transaction, given the row as
 * it was and the account, locked. */
export type TopupEndWork = (trx: Knex.Transaction, row: TopupRow, account: AccountRow) => Promise<void>;

/**
 * The transaction every end of a top-up runs in (TopupEnds): under the account lock, and only if
 * the top-up is still `new`, so whoever comes second changes nothing. It records the billing
 * event (topup.paid, topup.cancelled) with the end.
 */
export class TopupEndTransaction {
  constructor(private readonly deps: { db: Knex; topups: TopupStore; book: BalanceBook; clock: Clock }) {}

  /** Ends the top-up with `changes` and runs the rest of its `end` (given the row as it was), in
   * one transaction under the account lock, if the top-up is still `new`: the row is read twice
   * (to find its account, then under the lock) and changed once. The ended row when this call
   * ended it, undefined when someone else already had. */
  async endIfNew(topupId: string, changes: Partial<TopupRow> & { status: 'paid' | 'cancelled' }, now: string, end: TopupEndWork): Promise<TopupRow | undefined> {
    let ended: TopupRow | undefined;
    await this.deps.db.transaction(async (trx) => {
      const topup = await this.lockedTopup(trx, topupId);
      if (!topup.row || topup.row.status !== 'new') return;
      await this.deps.topups.finish(trx, topupId, changes, now);
      // As `finish` wrote it: nothing else in this transaction changes the top-up row.
      const settled: TopupRow = { ...topup.row, ...changes, locked_by: null, locked_until: null, settle_after: null, next_action_url: null, updated_at: now };
      ended = settled;
      await end(trx, topup.row, topup.account);
      // The billing event (topup.paid, topup.cancelled), in the transaction that ended the top-up.
      await recordEvent(trx, { type: `topup.${changes.status}`, accountId: settled.account_id, object: { object: 'topup', account_id: settled.account_id, ...toTopupResponse(settled) } }, this.deps.clock.now().toISOString());
    });
    return ended;
  }

  private async lockedTopup(trx: Knex.Transaction, topupId: string): Promise<{ account: AccountRow; row: TopupRow | undefined }> {
    const found = await this.deps.topups.findById(topupId, trx);
    if (!found) throw new Error(`no top-up ${topupId}`);
    const account = await this.deps.book.lock(trx, found.account_id);
    // Read again under the lock: another caller may have ended it meanwhile.
    return { account: account!, row: await this.deps.topups.findById(topupId, trx) };
  }
}
