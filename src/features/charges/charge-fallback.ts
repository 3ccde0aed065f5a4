import { addSeconds, type Clock } from '../../clock.js';
import type { ChargeAttempts } from './charge-attempts.js';
import type { AttemptFinish, AttemptRow, ChargeRow, ChargeState, ChargeStore } from './charge-store.js';
import type { AccountWallet, ChargeableCards } from './chargeable-cards.js';
import { chargeOrder, failureCode, nextCardToTry, type TriedCard } from './rules/charge-order.js';
import type { ChargeResult } from '../../metrics/operator-metrics.js';

/** Why `advance` returned: the charge is finished, or it stays processing for recovery. */
export type FallbackStop = 'finished' | 'unknown' | 'unavailable' | 'lost';

/** Where the fallback stopped, with the charge and its tries as this worker wrote them (so the
 * request answers without reading them back); `lost` has none: another worker holds the charge. */
export type ChargeProgress = ({ stop: Exclude<FallbackStop, 'lost'> } & ChargeState) | { stop: 'lost' };

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
 *
 * Each step is one commit, and each is a recovery point: the next try is recorded (with the
 * previous try's result, when it declined) before its gateway call; its intent id before the
 * confirmation; the paid try with the charge's success. Every one of those writes re-checks the
 * lease, so a worker that lost it stops at its next write.
 */
export class ChargeFallback {
  constructor(
    private readonly store: ChargeStore,
    private readonly wallets: ChargeableCards,
    private readonly attempts: ChargeAttempts,
    private readonly clock: Clock,
    private readonly options: FallbackOptions,
  ) {}

  /** The first try of a new charge, for the charge service to record with the charge itself;
   * undefined when the account has no card to try. `wallet`: as the service just read it with the
   * account (otherwise read here). */
  async firstTry(charge: ChargeRow, wallet?: AccountWallet): Promise<AttemptRow | undefined> {
    return this.nextTry(charge, [], wallet);
  }

  /** Recovery: a charge this worker has just claimed, read once and driven on. */
  async resume(chargeId: string, token: string): Promise<FallbackStop> {
    const charge = await this.store.findById(chargeId);
    if (!charge || charge.status !== 'processing' || charge.locked_by !== token) return 'lost';
    const attempts = await this.store.attemptsOf([chargeId]);
    // A pending try goes to the gateway again (a read, or the create it never got): renew first.
    if (attempts.some(isPending) && !(await this.store.renew(chargeId, token, this.leaseUntil(), this.now()))) return 'lost';
    return (await this.advance({ charge, attempts }, token)).stop;
  }

  /** Drives a charge this worker holds (`token`) from where it stands until it is finished or must
   * wait for the gateway. A pending try in `state` is this worker's to settle (its lease renewed). */
  async advance(state: ChargeState, token: string): Promise<ChargeProgress> {
    const lease = { token, until: () => this.leaseUntil() };
    let charge = state.charge;
    const tried = [...state.attempts];
    let current = tried.find(isPending);
    // A decline's result, written with whatever comes next.
    let previous: AttemptFinish | undefined;
    for (;;) {
      if (!current) {
        const next = await this.nextTry(charge, tried);
        if (!next) {
          const code = failureCode(tried.map(toTried));
          const now = this.now();
          if (!(await this.store.finishFailed(charge.id, token, code, now, previous))) return { stop: 'lost' };
          this.options.onOutcome?.(code, tried.length);
          charge = { ...charge, status: 'failed', failure_code: code, locked_by: null, locked_until: null, settle_after: null, updated_at: now, completed_at: now };
          return { stop: 'finished', charge, attempts: tried };
        }
        if (!(await this.store.startAttempt(token, this.leaseUntil(), next, previous))) return { stop: 'lost' };
        tried.push(next);
        current = next;
        previous = undefined;
      }

      const outcome = await this.attempts.settle(charge, current, lease);
      switch (outcome.kind) {
        case 'succeeded': {
          const { at } = outcome;
          replace(tried, { ...current, ...outcome.result, updated_at: at, completed_at: at });
          charge = { ...charge, status: 'succeeded', card_id: current.card_id, locked_by: null, locked_until: null, settle_after: null, updated_at: at, completed_at: at };
          this.options.onOutcome?.('succeeded', tried.length);
          return { stop: 'finished', charge, attempts: tried };
        }
        case 'declined':
        case 'failed':
          previous = { id: current.id, result: outcome.result, at: outcome.at };
          replace(tried, { ...current, ...outcome.result, updated_at: outcome.at, completed_at: outcome.at });
          current = undefined;
          continue;
        case 'unknown':
        case 'unavailable': {
          const delay = Math.min(FIRST_SETTLE_DELAY_SECONDS * 2 ** charge.recovery_passes, MAX_SETTLE_DELAY_SECONDS);
          const settleAfter = addSeconds(this.clock.now(), delay).toISOString();
          const now = this.now();
          if (!(await this.store.release(charge.id, token, settleAfter, now))) return { stop: 'lost' };
          this.options.onOutcome?.(outcome.kind === 'unknown' ? 'outcome_unknown' : 'gateway_unavailable');
          charge = { ...charge, locked_by: null, locked_until: null, settle_after: settleAfter, updated_at: now };
          return { stop: outcome.kind, charge, attempts: tried };
        }
        case 'lost':
          return { stop: 'lost' };
      }
    }
  }

  /** The next card to try after `tried`, as a new try's row; undefined when none is left. The
   * wallet is read afresh unless given (a new charge's, read a moment ago). */
  private async nextTry(charge: ChargeRow, tried: readonly AttemptRow[], given?: AccountWallet): Promise<AttemptRow | undefined> {
    const wallet = given ?? (await this.wallets.walletOf(charge.account_id));
    if (!wallet.customerId) return undefined;
    const card = nextCardToTry(chargeOrder(wallet.cards, this.clock.now()), tried.map(toTried));
    return card && this.attempts.newAttempt(charge, card, wallet.customerId, nextNumber(tried));
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

const isPending = (attempt: AttemptRow) => attempt.status === 'pending';

/** Puts the newer copy of a try in place of the older one. */
function replace(tried: AttemptRow[], attempt: AttemptRow): void {
  tried[tried.findIndex((candidate) => candidate.id === attempt.id)] = attempt;
}
