import { addSeconds, type Clock } from '../../clock.js';
import type { Job } from '../../jobs/poller.js';
import type { Logger } from '../../logger.js';
import type { AuthenticationCompletion } from './authentication-completion.js';
import type { HoldStore } from './hold-store.js';

// Banks' 3-D Secure sessions last minutes; a day is long past any customer still on the page.
export const CHALLENGE_TIMEOUT_SECONDS = 24 * 60 * 60;
const LEASE_SECONDS = 300;
const BATCH_SIZE = 20;

export const ABANDONED_MESSAGE = '3-D Secure was not completed, so the card was not kept. Add the card again and complete your bank’s check.';

/**
 * Verifications left waiting for 3-D Secure: first the intent is read (a webhook may have been
 * missed, or the customer completed the page and never came back to confirm), and what is still
 * waiting after a day is abandoned: the card is dropped, so it no longer blocks adding it again.
 */
export class AbandonedChallenges implements Job {
  readonly name = 'abandoned-3ds';

  constructor(private readonly deps: { holds: HoldStore; completion: AuthenticationCompletion; clock: Clock; logger: Logger }) {}

  async runOnce(): Promise<number> {
    const now = this.deps.clock.now();
    const before = addSeconds(now, -CHALLENGE_TIMEOUT_SECONDS).toISOString();
    let ended = 0;
    for (const hold of await this.deps.holds.listStaleChallenges(before, now.toISOString(), BATCH_SIZE)) {
      if (!(await this.deps.holds.claim(hold, now.toISOString(), addSeconds(now, LEASE_SECONDS).toISOString()))) continue;
      try {
        if ((await this.deps.completion.reconcile(hold)) === 'waiting') await this.deps.completion.abandon(hold, ABANDONED_MESSAGE, { detach: true });
        ended += 1;
      } catch (error) {
        // The lease runs out and a later pass tries again.
        this.deps.logger.warn({ hold_id: hold.id, err: { message: error instanceof Error ? error.message : String(error) } }, 'could not settle a stale 3-D Secure verification');
      }
    }
    return ended;
  }
}
