import type { Knex } from 'knex';
import type { Clock } from '../../clock.js';
import type { Logger } from '../../logger.js';
import type { CardRetryStatus } from '../cards/card-retry-status.js';
import type { CardRetryStore, CountedTries, Initiator, RetryCard } from './card-retry-store.js';
import { CardNoLongerEligible } from './card-retry-store.js';
import { checkEligibility, judgeDecline, type Eligibility, type SkipReason } from './rules/network-retry-rules.js';

/** A card a charge (or a dunning retry, or an automatic top-up) did not try, and why. */
export interface SkippedCard {
  card_id: string;
  last4: string;
  reason: SkipReason;
  eligible_after?: string;
}

/** A saved card as an off-session payer sees it, with what its issuer said before. */
export interface GuardedCard extends RetryCard {
  id: string;
  last4: string;
  blockedReason?: 'do_not_retry' | 'needs_customer' | null;
  notBefore?: string | null;
}

/** What a try's result says, as the rules read it. */
export interface TryResult {
  status: string;
  decline_code?: string | null;
  gateway_code?: string | null;
  advice_code?: string | null;
  network_decline_code?: string | null;
  network_advice_code?: string | null;
  network?: string | null;
}

/**
 * The card-network rules as a port for every feature that takes money off-session (charges now;
 * dunning retries and automatic top-ups when they come): ask before choosing a card
 * (`eligibilityOf`), count the try in the transaction that records it (`reserveIn`, which refuses
 * a card that stopped being eligible meanwhile), and record its result in the transaction that
 * records that (`recordResultIn`: a never-again decline turns the card `do_not_retry`).
 */
export class NetworkRetryGuard {
  constructor(
    private readonly store: CardRetryStore,
    private readonly cardStatus: CardRetryStatus,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {}

  /** Each card's eligibility now, by card id. */
  async eligibilityOf(cards: readonly GuardedCard[], initiator: Initiator = 'merchant'): Promise<Map<string, Eligibility>> {
    const now = this.clock.now();
    const counted = await this.store.countedTries(cards.map((card) => card.fingerprint), initiator, now);
    return new Map(
      cards.map((card) => [
        card.id,
        checkEligibility({ network: card.network, blockedReason: card.blockedReason ?? null, notBefore: card.notBefore ?? null, ...triesOf(counted.get(card.fingerprint)) }, now),
      ]),
    );
  }

  /** Counts a try at the card in the transaction that records it, after checking again under the
   * card's lock; throws CardNoLongerEligible (roll back, choose again) when it may not be tried. */
  async reserveIn(trx: Knex.Transaction, attempt: { id: string; created_at: string }, card: RetryCard & { cardId: string }, initiator: Initiator = 'merchant'): Promise<void> {
    const now = this.clock.now();
    await this.store.lockIn(trx, card.fingerprint, attempt.created_at);
    const block = await this.cardStatus.blockOf(trx, card.cardId);
    const counted = await this.store.countedTries([card.fingerprint], initiator, now, trx);
    const eligibility = checkEligibility({ network: card.network, ...block, ...triesOf(counted.get(card.fingerprint)) }, now);
    if (!eligibility.eligible) throw new CardNoLongerEligible();
    await this.store.countIn(trx, attempt, card, initiator);
  }

  /** A try's result, in the transaction that records it: a decline stays counted and what the
   * issuer said is kept on the card; anything else stops counting. */
  async recordResultIn(trx: Knex.Transaction, attempt: { id: string; cardId: string }, result: TryResult, at: string): Promise<void> {
    const counted = await this.store.resultIn(trx, attempt.id, result.status === 'declined');
    if (!counted) return;
    const verdict = judgeDecline({
      code: result.gateway_code ?? null,
      declineCode: result.decline_code ?? null,
      adviceCode: result.advice_code ?? null,
      networkDeclineCode: result.network_decline_code ?? null,
      networkAdviceCode: result.network_advice_code ?? null,
      network: result.network ?? counted.network,
    });
    switch (verdict.kind) {
      case 'soft':
        return;
      case 'wait':
        await this.cardStatus.recordIn(trx, attempt.cardId, { kind: 'not_before', at: new Date(Date.parse(at) + verdict.waitSeconds * 1000).toISOString(), code: verdict.code }, at);
        return;
      case 'needs_customer':
        await this.cardStatus.recordIn(trx, attempt.cardId, { kind: 'needs_customer', code: verdict.code }, at);
        return;
      case 'never_again':
        if (await this.cardStatus.recordIn(trx, attempt.cardId, { kind: 'do_not_retry', code: verdict.code }, at)) {
          this.logger.info({ card_id: attempt.cardId, code: verdict.code }, 'card marked do_not_retry: its issuer said never to try it again');
        }
    }
  }
}

const triesOf = (counted: CountedTries | undefined) => ({ countedTries: counted?.declined ?? [], inFlightTries: counted?.inFlight ?? [] });

export const skippedCard = (card: { id: string; last4: string }, eligibility: Eligibility): SkippedCard | undefined =>
  eligibility.eligible ? undefined : { card_id: card.id, last4: card.last4, reason: eligibility.reason, ...(eligibility.eligibleAfter ? { eligible_after: eligibility.eligibleAfter } : {}) };

/** A charge's skipped cards after a new look: the latest reason per card, first-seen order. */
export function mergeSkipped(earlier: readonly SkippedCard[], latest: readonly SkippedCard[]): SkippedCard[] {
  const merged = new Map(earlier.map((skip) => [skip.card_id, skip]));
  for (const skip of latest) merged.set(skip.card_id, skip);
  return [...merged.values()];
}
