import type { Knex } from 'knex';
import type { Clock } from '../../clock.js';
import type { AutoTopupStore } from './auto-topup-store.js';
import type { AutoTopupTrigger } from './auto-topup-trigger.js';
import type { BalanceBook } from './balance-book.js';
import type { BalanceLedger } from './balance-ledger.js';
import type { TopupStore } from './topup-store.js';

const BATCH_SIZE = 20;

/** The next try of rules whose hour of waiting after a failure is over: made, under the account
 * lock, if the balance (with what is already on its way) is still below the threshold. */
export class AutoTopupRetries {
  constructor(
    private readonly deps: { db: Knex; rules: AutoTopupStore; trigger: AutoTopupTrigger; book: BalanceBook; ledger: BalanceLedger; topups: TopupStore; clock: Clock },
  ) {}

  async retryDue(): Promise<void> {
    const { db, rules, book, ledger, topups, trigger } = this.deps;
    for (const due of await rules.dueForRetry(this.now(), BATCH_SIZE)) {
      await db.transaction(async (trx) => {
        const account = await book.lock(trx, due.account_id);
        const rule = await rules.find(due.account_id, trx);
        if (!account || !rule || rule.status !== 'active' || rule.failures === 0 || !rule.next_try_at || rule.next_try_at > this.now()) return;
        const level = ((await ledger.find(account.id, trx))?.available ?? 0) + (await topups.pendingAmount(account.id, trx));
        if (level < rule.threshold) {
          // Keyed by the crossing and the wait it ends: one try per wait, whoever runs it.
          await trigger.record(trx, account, rule, level, { key: `auto-topup:${rule.crossing ?? 'none'}:after:${rule.next_try_at}`, crossing: rule.crossing ?? '' });
        }
        // The wait is over: a try was made, or is not needed; a new failure sets the next wait.
        await rules.update(trx, account.id, { next_try_at: null, updated_at: this.now() });
      });
    }
  }

  private now(): string {
    return this.deps.clock.now().toISOString();
  }
}
