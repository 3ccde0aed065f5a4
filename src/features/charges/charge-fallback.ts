import { addSeconds, type Clock } from '../../clock.js';
import type { ChargeAttempts, TryOutcome } from './charge-attempts.js';
import type { ChargeStore } from './charge-store.js';
import type { ChargeableCards } from './chargeable-cards.js';
import { chargeOrder, failureCode, nextCardToTry, type TriedCard } from './rules/charge-order.js';
import type { ChargeResult } from '../../metrics/operator-metrics.js';

/** Why `advance` returned: the charge is finished, or it stays processing for recovery. */
export type FallbackStop = 'finished' | 'unknown' | 'unavailable' | 'lost';

export interface FallbackOptions {
  /** How long a worker holds a charge between renewals (one renewal before each gateway call). */
  leaseSeconds: number;
  /** Told how each pass ended (operator metrics); `attempts` only once the charge is finished. */
  onOutcome?: (result: ChargeResult, attempts?: number) => void;
}

// A charge left in flight is looked at again after 5 s, then 10, 20, … up to 5 minutes.
const FIRST_SETTLE_DELAY_SECONDS = 5;
const MAX_SETTLE_DELAY_SECONDS = 300;

/**
 * The fallback: the default card first, then the other usable cards in charge order, until one
 * pays. A try left pending (by a crash or an unknown gateway answer) is settled first, from the
 * gateway's record. Runs only while holding the charge's lease, so whether it is a request or the
 * recovery job that drives it, one charge never has two fallbacks at once.
 */
export class ChargeFallback {
  constructor(
    private readonly store: ChargeStore,
    private readonly wallets: ChargeableCards,
    private readonly attempts: ChargeAttempts,
    private readonly clock: Clock,
    private readonly options: FallbackOptions,
  ) {}

  async advance(chargeId: string, token: string): Promise<FallbackStop> {
    const lease = { token, until: () => this.leaseUntil() };
    for (;;) {
      const charge = await this.store.findById(chargeId);
      if (!charge || charge.status !== 'processing' || charge.locked_by !== token) return 'lost';
      const tried = await this.store.attemptsOf([chargeId]);
      const pending = tried.find((attempt) => attempt.status === 'pending');

      let outcome: TryOutcome;
      if (pending) {
        if (!(await this.store.renew(chargeId, token, this.leaseUntil(), this.now()))) return 'lost';
        outcome = await this.attempts.settle(charge, pending, lease);
      } else {
        const wallet = await this.wallets.walletOf(charge.account_id);
        const card = wallet.customerId ? nextCardToTry(chargeOrder(wallet.cards, this.clock.now()), tried.map(toTried)) : undefined;
        if (!card || !wallet.customerId) {
          const code = failureCode(tried.map(toTried));
          const finished = await this.store.finishFailed(chargeId, token, code, this.now());
          if (finished) this.options.onOutcome?.(code, tried.length);
          return finished ? 'finished' : 'lost';
        }
        outcome = await this.attempts.tryCard(charge, card, wallet.customerId, nextNumber(tried), lease);
      }

      switch (outcome.kind) {
        case 'succeeded':
          this.options.onOutcome?.('succeeded', pending ? tried.length : tried.length + 1);
          return 'finished';
        case 'declined':
        case 'failed':
          continue;
        case 'unknown':
        case 'unavailable': {
          const delay = Math.min(FIRST_SETTLE_DELAY_SECONDS * 2 ** charge.recovery_passes, MAX_SETTLE_DELAY_SECONDS);
          const released = await this.store.release(chargeId, token, addSeconds(this.clock.now(), delay).toISOString(), this.now());
          if (released) this.options.onOutcome?.(outcome.kind === 'unknown' ? 'outcome_unknown' : 'gateway_unavailable');
          return released ? outcome.kind : 'lost';
        }
        case 'lost':
          return 'lost';
      }
    }
  }

  leaseUntil(): string {
    return addSeconds(this.clock.now(), this.options.leaseSeconds).toISOString();
  }

  private now(): string {
    return this.clock.now().toISOString();
  }
}

const toTried = (attempt: { card_id: string; status: TriedCard['status']; error_code: string | null }): TriedCard => ({
  cardId: attempt.card_id,
  status: attempt.status,
  errorCode: attempt.error_code,
});

const nextNumber = (tried: readonly { number: number }[]) => tried.reduce((highest, attempt) => Math.max(highest, attempt.number), 0) + 1;
