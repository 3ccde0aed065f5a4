import { addSeconds, type Clock } from '../../clock.js';
import type { PaymentGateway } from '../../gateway/payment-gateway.js';
import type { Job } from '../../jobs/poller.js';
import type { Logger } from '../../logger.js';
import { GATEWAY_UNAVAILABLE_MESSAGE } from './card-errors.js';
import type { CardHistoryStore } from './card-history-store.js';
import { authorizeHoldParams } from './card-verification.js';
import type { GatewayCleanup } from './gateway-cleanup.js';
import type { HoldRow, HoldStore } from './hold-store.js';
import { releaseBackoffSeconds } from './rules/release-backoff.js';

// Longer than a gateway call with the SDK's own retries: a lease that ran out means its worker died.
const LEASE_SECONDS = 300;
const BATCH_SIZE = 20;

/**
 * Releases verification holds once they are due, exactly once:
 * - a worker claims a row with a conditional UPDATE (lease + attempt count), so two workers never
 *   both call the gateway for it;
 * - the gateway call carries an idempotency key made from the hold id, so a worker that died after
 *   the gateway released (its lease runs out, another reclaims the row) repeats the same request
 *   and the gateway answers it without releasing twice;
 * - a failed release is `release_failed` (visible in the history) and retried with backoff.
 * It also recovers authorizations whose request died before recording the gateway's answer.
 */
export class HoldReleaser implements Job {
  readonly name = 'hold-release';

  constructor(
    private readonly deps: { gateway: PaymentGateway; holds: HoldStore; history: CardHistoryStore; cleanup: GatewayCleanup; clock: Clock; logger: Logger },
  ) {}

  async runOnce(): Promise<number> {
    return (await this.recoverStaleAuthorizations()) + (await this.releaseDue());
  }

  async releaseDue(): Promise<number> {
    const now = this.deps.clock.now();
    let released = 0;
    for (const hold of await this.deps.holds.listReleasable(now.toISOString(), BATCH_SIZE)) {
      if (!(await this.claim(hold))) continue;
      if (await this.release(hold, hold.attempts + 1)) released += 1;
    }
    return released;
  }

  private async release(hold: HoldRow, attempt: number): Promise<boolean> {
    const { holds, gateway, clock, logger } = this.deps;
    try {
      const { outcome } = await gateway.releaseHold({ intentId: hold.intent_id!, idempotencyKey: `release:${hold.id}` });
      const now = clock.now().toISOString();
      await holds.transition(hold.id, hold.status, { status: 'released', released_at: now, lease_until: null, last_error: null, updated_at: now });
      logger.info({ hold_id: hold.id, attempt, outcome }, 'verification hold released');
      return true;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const retryAt = addSeconds(clock.now(), releaseBackoffSeconds(attempt));
      await holds.transition(hold.id, hold.status, {
        status: 'release_failed',
        release_after: retryAt.toISOString(),
        lease_until: null,
        last_error: message.slice(0, 500),
        updated_at: clock.now().toISOString(),
      });
      logger.warn({ hold_id: hold.id, attempt, retry_at: retryAt.toISOString(), err: { message } }, 'verification hold release failed, will retry');
      return false;
    }
  }

  /**
   * An `authorizing` hold whose lease ran out belongs to a request that died (or lost the answer)
   * between the gateway call and recording it. The gateway may hold money we do not know about, and
   * only the idempotency key finds it: the same request replayed returns the first answer if there
   * was one (otherwise it authorizes now). Whatever comes back is released; the card is not kept.
   */
  async recoverStaleAuthorizations(): Promise<number> {
    const { holds, gateway, clock } = this.deps;
    let recovered = 0;
    for (const hold of await holds.listStaleAuthorizations(clock.now().toISOString(), BATCH_SIZE)) {
      if (!(await this.claim(hold))) continue;
      const stamp = () => clock.now().toISOString();
      try {
        const outcome = await gateway.authorizeHold(authorizeHoldParams(hold));
        const changes =
          outcome.outcome === 'declined'
            ? { status: 'declined' as const, intent_id: outcome.intentId ?? null }
            : outcome.outcome === 'zero_amount_refused'
              ? { status: 'abandoned' as const } // a $0 verification the gateway never made: nothing to release
              : { status: 'held' as const, intent_id: outcome.intentId, release_after: stamp() };
        await holds.transition(hold.id, 'authorizing', { ...changes, lease_until: null, updated_at: stamp() });
        await this.failPendingEntry(hold);
        recovered += 1;
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const retryAt = addSeconds(clock.now(), releaseBackoffSeconds(hold.attempts + 1));
        await holds.transition(hold.id, 'authorizing', { lease_until: retryAt.toISOString(), last_error: message.slice(0, 500), updated_at: stamp() });
        this.deps.logger.warn({ hold_id: hold.id, err: { message } }, 'could not recover an interrupted verification hold, will retry');
      }
    }
    return recovered;
  }

  private async failPendingEntry(hold: HoldRow): Promise<void> {
    const history = await this.deps.history.findById(hold.history_id);
    if (history?.result !== 'pending') return;
    await this.deps.history.update(history.id, {
      result: 'failed',
      failure_code: 'gateway_unavailable',
      failure_message: GATEWAY_UNAVAILABLE_MESSAGE,
      support_reason: 'The verification was interrupted before its result was recorded; the hold was recovered and released. The customer can add the card again.',
      updated_at: this.deps.clock.now().toISOString(),
    });
    await this.deps.cleanup.afterFailure(history, undefined);
  }

  private claim(hold: HoldRow): Promise<boolean> {
    const now = this.deps.clock.now();
    return this.deps.holds.claim(hold, now.toISOString(), addSeconds(now, LEASE_SECONDS).toISOString());
  }
}
