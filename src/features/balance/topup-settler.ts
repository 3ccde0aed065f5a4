import { addSeconds, type Clock } from '../../clock.js';
import { newId } from '../../ids.js';
import { backoffSeconds, type Backoff } from '../../jobs/backoff.js';
import type { Job } from '../../jobs/poller.js';
import type { Logger } from '../../logger.js';
import type { NewCardAfterPayment } from './topup-new-card-after-payment.js';
import type { TopupPayment } from './topup-payment.js';
import type { TopupRow, TopupStore } from './topup-store.js';

const BATCH_SIZE = 20;
// A top-up whose settling failed (a fault, not the gateway's unknown answer) is looked at again
// after 10 s, 20, 40, … up to 10 minutes: a fault that lasts does not spin, one that passes heals.
const RETRY_BACKOFF: Backoff = { firstSeconds: 10, maxSeconds: 600 };

/**
 * Resolves top-ups that stay `new`: an unknown gateway outcome, a process that died mid-payment
 * (its lease runs out), a 3-D Secure page nobody answered in time. Each is claimed with a
 * conditional UPDATE, so with several instances polling only one works on it, and it is settled
 * from the gateway's record of its intent: never by confirming it again. Each top-up is settled on
 * its own: one that fails is logged, counted (`onFailure`, the operator metrics) and let go with a
 * backoff, and the rest of the batch still runs.
 */
export class TopupSettler implements Job {
  readonly name = 'topup-settler';

  constructor(
    private readonly deps: { topups: TopupStore; payment: TopupPayment; newCardAfter: NewCardAfterPayment; clock: Clock; logger: Logger; onFailure?: () => void },
  ) {}

  async runOnce(): Promise<number> {
    const { topups, clock } = this.deps;
    const now = clock.now().toISOString();
    let settled = 0;
    for (const topup of await topups.findDue(now, BATCH_SIZE)) {
      const token = newId('lease');
      if (!(await topups.claim(topup.id, token, this.deps.payment.leaseUntil(), clock.now().toISOString(), true))) continue;
      try {
        if ((await this.settleOne(topup, token)) === 'finished') settled += 1;
      } catch (error) {
        await this.failed(topup, token, error);
      }
    }
    return settled;
  }

  private async settleOne(topup: TopupRow, token: string): Promise<string> {
    // Due with its 3-D Secure page still open means the customer's time ran out.
    const step = await this.deps.payment.settle(topup, token, true);
    const after = (await this.deps.topups.findById(topup.id))!;
    await this.deps.newCardAfter.afterPayment(after);
    this.deps.logger.info({ topup_id: topup.id, pass: topup.settle_passes + 1, step, status: after.status }, 'top-up settler pass');
    return step;
  }

  private async failed(topup: TopupRow, token: string, error: unknown): Promise<void> {
    const { topups, clock, logger } = this.deps;
    this.deps.onFailure?.();
    const delay = backoffSeconds(RETRY_BACKOFF, topup.settle_passes);
    const retryAt = addSeconds(clock.now(), delay).toISOString();
    logger.error({ topup_id: topup.id, pass: topup.settle_passes + 1, retry_at: retryAt, err: { message: error instanceof Error ? error.message : String(error) } }, 'top-up settler could not settle this top-up; retrying later');
    try {
      // Still held by this pass: let go of it until then (a top-up no longer `new` is left alone).
      await topups.release(topup.id, token, retryAt, clock.now().toISOString());
    } catch (releaseError) {
      // The lease runs out on its own; the next pass takes it then.
      logger.error({ topup_id: topup.id, err: { message: releaseError instanceof Error ? releaseError.message : String(releaseError) } }, 'top-up settler could not let go of a failed top-up');
    }
  }
}
