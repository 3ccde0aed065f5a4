import { addSeconds, type Clock } from '../../clock.js';
import type { AmountTakenFirst } from './amount-taken-first.js';
import type { ChargeAttempts } from './charge-attempts.js';
import { CardNoLongerEligible, type RetryCard } from './card-retry-store.js';
import type { AttemptFinish, AttemptRow, ChargeFailureCode, ChargeRow, ChargeState, ChargeStore, DunningOutcome, FirstTry } from './charge-store.js';
import { afterFailedRound } from './rules/dunning-schedule.js';
import type { AccountWallet, ChargeableCards } from './chargeable-cards.js';
import { mergeSkipped, skippedCard, type NetworkRetryGuard, type SkippedCard } from './network-retry-guard.js';
import { cardsLeftToTry, chargeOrder, failureCode, type CardCandidate, type TriedCard } from './rules/charge-order.js';
import type { ChargeResult } from '../../metrics/operator-metrics.js';
import { backoffSeconds } from '../../jobs/backoff.js';

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
  /** The card-network rules: which cards may be tried off-session now (none are skipped without). */
  guard?: NetworkRetryGuard;
  /** DUNNING_SCHEDULE in seconds after the first failure: when a charge with `on_failure: retry`
   * that no card paid is tried again (without it, such a charge fails like any other). */
  dunningSchedule?: readonly number[];
  /** Told of each charge the fallback finishes: a part taken first (the balance) comes back when
   * no card paid. */
  takenFirst?: Pick<AmountTakenFirst, 'afterFinished'>;
}

/** A charge's next step as the fallback chose it: the try to record (with the card the rules
 * count it against), and the cards skipped so far. */
interface NextTry {
  row?: AttemptRow;
  card?: RetryCard & { cardId: string };
  skipped: SkippedCard[];
  /** A card ahead in charge order waits for its tries in flight (see `Eligibility.busy`). */
  busy?: boolean;
}

// A card whose limit is reached only by counting its tries still in flight (charges on it running
// at once) is waited for, in charge order, rather than skipped: most tries are answered within a
// second. Past this, it is skipped as retry_limit like a card that is really at its limit.
const BUSY_WAITS_MS = [20, 40, 80, 160, 320, 640, 1000, 1000];

// A card chosen from a read can stop being eligible before its try is recorded (another charge
// took the window's last try): the step is rolled back and the choice made again from a fresh
// read, which then sees that try. Bounded, in case the race keeps repeating.
const MAX_CHOICES_PER_STEP = 5;

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
  async firstTry(charge: ChargeRow, wallet?: AccountWallet): Promise<{ firstTry?: FirstTry; skipped: SkippedCard[] }> {
    // A card that waits for its tries in flight is waited for by `advance`, after the charge is recorded.
    const next = await this.nextTry(charge, [], [], wallet, false);
    if (!next.row) return { skipped: next.skipped };
    const { row, card } = next;
    return { firstTry: { row, record: (trx) => this.store.insertTryIn(trx, row, card) }, skipped: next.skipped };
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
   * wait for the gateway. A pending try in `state` is this worker's to settle (its lease renewed).
   * Both the request and the recovery job drive charges through here, so a finished charge's part
   * taken first is settled whichever of them finished it. */
  async advance(state: ChargeState, token: string): Promise<ChargeProgress> {
    const progress = await this.drive(state, token);
    if (progress.stop === 'finished') await this.options.takenFirst?.afterFinished(progress.charge);
    return progress;
  }

  private async drive(state: ChargeState, token: string): Promise<ChargeProgress> {
    const lease = { token, until: () => this.leaseUntil() };
    let charge = state.charge;
    // A dunning round tries every card again: only this round's tries count as tried (its number
    // goes on from the earlier rounds', and the answer shows them all).
    const round = charge.dunning_round ?? 0;
    const earlier = state.attempts.filter((attempt) => (attempt.round ?? 0) < round);
    const tried = state.attempts.filter((attempt) => (attempt.round ?? 0) >= round);
    const all = () => [...earlier, ...tried];
    let current = tried.find(isPending);
    // A decline's result, written with whatever comes next.
    let previous: AttemptFinish | undefined;
    let choices = 0;
    let waits = 0;
    // Cards that kept refusing this step's try after every wait: skipped as at their limit.
    const refused = new Set<string>();
    for (;;) {
      if (!current) {
        const skippedSoFar = parseSkipped(charge.skipped);
        const next = await this.nextTry(charge, tried, skippedSoFar, undefined, waits >= BUSY_WAITS_MS.length, nextNumber(all()), refused);
        if (next.busy) {
          // Holding the lease: waiting stays well within it (about 3 s in all).
          await pause(BUSY_WAITS_MS[waits++]!);
          continue;
        }
        const skipped = sameSkipped(skippedSoFar, next.skipped) ? undefined : next.skipped.length > 0 ? JSON.stringify(next.skipped) : null;
        if (!next.row) {
          const code = failureCode(tried.map(toTried));
          const now = this.now();
          const dunning = this.dunningAfter(charge, code);
          if (!(await this.store.finishFailed(charge.id, token, code, now, previous, skipped, dunning))) return { stop: 'lost' };
          this.options.onOutcome?.(code, tried.length);
          const ended = !dunning
            ? { status: 'failed' as const, failure_code: code, completed_at: now }
            : dunning.status === 'past_due'
              ? { status: 'past_due' as const, failure_code: code, past_due_since: dunning.since, next_retry_at: dunning.nextRetryAt }
              : { status: 'failed' as const, failure_code: 'retries_exhausted' as const, next_retry_at: null, completed_at: now };
          charge = { ...charge, ...ended, ...(skipped !== undefined ? { skipped } : {}), locked_by: null, locked_until: null, settle_after: null, updated_at: now };
          return { stop: 'finished', charge, attempts: all() };
        }
        try {
          if (!(await this.store.startAttempt(token, this.leaseUntil(), next.row, previous, { ...(next.card ? { card: next.card } : {}), ...(skipped !== undefined ? { skipped } : {}) }))) return { stop: 'lost' };
        } catch (error) {
          if (!(error instanceof CardNoLongerEligible)) throw error;
          if (++choices < MAX_CHOICES_PER_STEP) continue;
          // Other charges keep taking the tries this card's window allows: wait as for a busy card
          // (the lease is still held) and choose again; once the waits are spent, a card that
          // still refuses is skipped as at its limit (retry_limit), as busy cards are then
          // (`nextTry` with skipBusy), so the charge ends as paid or 402, never a 500.
          if (waits >= BUSY_WAITS_MS.length) {
            if (!next.card) throw error;
            refused.add(next.card.cardId);
          } else {
            await pause(BUSY_WAITS_MS[waits++]!);
          }
          choices = 0;
          continue;
        }
        if (skipped !== undefined) charge = { ...charge, skipped };
        tried.push(next.row);
        current = next.row;
        previous = undefined;
        choices = 0;
        waits = 0;
        refused.clear();
      }

      const outcome = await this.attempts.settle(charge, current, lease);
      switch (outcome.kind) {
        case 'succeeded': {
          const { at } = outcome;
          replace(tried, { ...current, ...outcome.result, updated_at: at, completed_at: at });
          charge = { ...charge, status: 'succeeded', card_id: current.card_id, locked_by: null, locked_until: null, settle_after: null, updated_at: at, completed_at: at };
          this.options.onOutcome?.('succeeded', tried.length);
          return { stop: 'finished', charge, attempts: all() };
        }
        case 'declined':
        case 'failed':
          previous = { id: current.id, cardId: current.card_id, result: outcome.result, at: outcome.at };
          replace(tried, { ...current, ...outcome.result, updated_at: outcome.at, completed_at: outcome.at });
          current = undefined;
          continue;
        case 'unknown':
        case 'unavailable': {
          const delay = backoffSeconds({ firstSeconds: FIRST_SETTLE_DELAY_SECONDS, maxSeconds: MAX_SETTLE_DELAY_SECONDS }, charge.recovery_passes);
          const settleAfter = addSeconds(this.clock.now(), delay).toISOString();
          const now = this.now();
          if (!(await this.store.release(charge.id, token, settleAfter, now))) return { stop: 'lost' };
          this.options.onOutcome?.(outcome.kind === 'unknown' ? 'outcome_unknown' : 'gateway_unavailable');
          charge = { ...charge, locked_by: null, locked_until: null, settle_after: settleAfter, updated_at: now };
          return { stop: outcome.kind, charge, attempts: all() };
        }
        case 'lost':
          return { stop: 'lost' };
      }
    }
  }

  /** The next card to try after `tried`, as a new try's row (none when no card is left), passing
   * over the cards the card-network rules do not allow now, which join `skipped`. The wallet is
   * read afresh unless given (a new charge's, read a moment ago). */
  private async nextTry(charge: ChargeRow, tried: readonly AttemptRow[], skipped: readonly SkippedCard[], given?: AccountWallet, skipBusy = true, number = nextNumber(tried), refused: ReadonlySet<string> = new Set()): Promise<NextTry> {
    const wallet = given ?? (await this.wallets.walletOf(charge.account_id, charge.payer_id ?? null));
    if (!wallet.customerId) return { skipped: [...skipped] };
    const left = cardsLeftToTry(chargeOrder(wallet.cards, this.clock.now()), tried.map(toTried));
    const guard = this.options.guard;
    const guarded = left.filter((card): card is CardCandidate & { fingerprint: string } => card.fingerprint !== undefined);
    const eligibility = guard && guarded.length > 0 ? await guard.eligibilityOf(
            guarded.map((card) => ({ id: card.id, last4: card.last4, fingerprint: card.fingerprint, network: card.brand, blockedReason: card.retryBlockedReason ?? null, notBefore: card.retryNotBefore ?? null })),
          ) : new Map();
    const newlySkipped: SkippedCard[] = [];
    for (const card of left) {
      // A card marked do_not_retry is skipped even if its issuer's word was cleared elsewhere:
      // its own details must change (or its holder use it on-session) first.
      const verdict = refused.has(card.id) ? { eligible: false as const, reason: 'retry_limit' as const } : eligibility.get(card.id);
      if (!skipBusy && card.status !== 'do_not_retry' && verdict && !verdict.eligible && verdict.busy) return { skipped: [...skipped], busy: true };
      const skip = card.status === 'do_not_retry' ? skippedCard(card, { eligible: false, reason: 'do_not_retry' }) : skippedCard(card, verdict ?? { eligible: true });
      if (skip) {
        newlySkipped.push(skip);
        continue;
      }
      const row = this.attempts.newAttempt(charge, card, wallet.customerId, number);
      return {
        row,
        ...(guard && card.fingerprint ? { card: { cardId: card.id, fingerprint: card.fingerprint, network: card.brand } } : {}),
        skipped: mergeSkipped(skipped, newlySkipped).filter((skip) => skip.card_id !== card.id),
      };
    }
    return { skipped: mergeSkipped(skipped, newlySkipped) };
  }

  /** A charge that keeps collecting, after a round no card paid: past due until the schedule's
   * next point, or failed for good once none is left. Undefined for a charge that fails outright
   * (and for an integration error, which no retry would mend). */
  private dunningAfter(charge: ChargeRow, code: ChargeFailureCode): DunningOutcome | undefined {
    const schedule = this.options.dunningSchedule;
    if (charge.on_failure !== 'retry' || !schedule || code === 'gateway_error') return undefined;
    const now = this.clock.now();
    const since = charge.past_due_since ?? now.toISOString();
    const next = afterFailedRound(schedule, new Date(since), now);
    if ('exhausted' in next) return { status: 'failed', notice: 'final' };
    return { status: 'past_due', since, nextRetryAt: next.nextRetryAt.toISOString(), notice: charge.past_due_since ? 'retry_failed' : 'first_failure' };
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

export const parseSkipped = (json: string | null | undefined): SkippedCard[] => (json ? (JSON.parse(json) as SkippedCard[]) : []);

const sameSkipped = (a: readonly SkippedCard[], b: readonly SkippedCard[]) => JSON.stringify(a) === JSON.stringify(b);

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const nextNumber = (tried: readonly { number: number }[]) => tried.reduce((highest, attempt) => Math.max(highest, attempt.number), 0) + 1;

const isPending = (attempt: AttemptRow) => attempt.status === 'pending';

/** Puts the newer copy of a try in place of the older one. */
function replace(tried: AttemptRow[], attempt: AttemptRow): void {
  tried[tried.findIndex((candidate) => candidate.id === attempt.id)] = attempt;
}
