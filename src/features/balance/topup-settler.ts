import type { Clock } from '../../clock.js';
import { newId } from '../../ids.js';
import type { Job } from '../../jobs/poller.js';
import type { Logger } from '../../logger.js';
import type { NewCardTopups } from './topup-new-card.js';
import type { TopupPayment } from './topup-payment.js';
import type { TopupStore } from './topup-store.js';

const BATCH_SIZE = 20;

/**
 * Resolves top-ups that stay `new`: an unknown gateway outcome, a process that died mid-payment
 * (its lease runs out), a 3-D Secure page nobody answered in time. Each is claimed with a
 * conditional UPDATE, so with several instances polling only one works on it, and it is settled
 * from the gateway's record of its intent: never by confirming it again.
 */
export class TopupSettler implements Job {
  readonly name = 'topup-settler';

  constructor(
    private readonly deps: { topups: TopupStore; payment: TopupPayment; newCards: NewCardTopups; clock: Clock; logger: Logger },
  ) {}

  async runOnce(): Promise<number> {
    const { topups, payment, clock, logger } = this.deps;
    const now = clock.now().toISOString();
    let settled = 0;
    for (const topup of await topups.findDue(now, BATCH_SIZE)) {
      const token = newId('lease');
      if (!(await topups.claim(topup.id, token, payment.leaseUntil(), clock.now().toISOString(), true))) continue;
      // Due with its 3-D Secure page still open means the customer's time ran out.
      const step = await payment.settle(topup, token, true);
      const after = (await topups.findById(topup.id))!;
      await this.deps.newCards.afterPayment(after);
      logger.info({ topup_id: topup.id, pass: topup.settle_passes + 1, step, status: after.status }, 'top-up settler pass');
      if (step === 'finished') settled += 1;
    }
    return settled;
  }
}
