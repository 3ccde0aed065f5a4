import type { Knex } from 'knex';
import type { Clock } from '../../clock.js';
import { isUniqueViolation } from '../../db/is-unique-violation.js';
import { isAppError } from '../../errors.js';
import type { Logger } from '../../logger.js';
import { lockAccount } from '../accounts/lock-account.js';
import { gatewayUnavailable } from './card-errors.js';
import type { CardGuards } from './card-guards.js';
import type { HistoryRow } from './card-history-store.js';
import type { CardRefusals } from './card-refusals.js';
import type { CardRow, CardStore } from './card-store.js';
import type { PlacedHold, VerificationResult } from './card-verification.js';
import type { HoldRow, HoldStore } from './hold-store.js';
import type { VerificationRecorder } from './verification-recorder.js';

/** The last step of adding a card: the hold's answer recorded with the new card, under the
 * account lock (the room for it checked again there), or the card refused and its hold released. */
export class NewCardRecording {
  constructor(
    private readonly deps: { db: Knex; recorder: VerificationRecorder; guards: CardGuards; cards: CardStore; holds: HoldStore; refusals: CardRefusals; clock: Clock; logger: Logger },
  ) {}

  async record(history: HistoryRow, hold: HoldRow, outcome: PlacedHold, card: CardRow): Promise<VerificationResult> {
    const { db, recorder, cards, refusals } = this.deps;
    if (outcome.outcome === 'declined') return refusals.declinedHold(history, hold, outcome, card.gateway_payment_method_id);
    let applied: boolean;
    try {
      applied = (
        await db.transaction(async (trx) => {
          // Parallel additions all passed the early check; under the account lock each one counts
          // the cards kept before it.
          await lockAccount(trx, card.account_id);
          await this.deps.guards.assertRoomForCard(card.account_id, trx);
          return outcome.outcome === 'held'
            ? recorder.verified(trx, { hold, intentId: outcome.intentId, history, newCard: card })
            : recorder.awaitingAuthentication(trx, { hold, intentId: outcome.intentId, redirectUrl: outcome.redirectUrl, history, newCard: card });
        })
      ).applied;
    } catch (error) {
      if (isAppError(error) && error.code === 'card_limit_reached') {
        await this.releaseUnkept(hold, outcome.intentId);
        return refusals.overLimit(history, card.gateway_payment_method_id, error);
      }
      if (!isUniqueViolation(error)) throw error;
      // The same card was saved by a concurrent request meanwhile: undo ours, release its hold.
      await this.releaseUnkept(hold, outcome.intentId);
      return refusals.duplicate(history, card.gateway_payment_method_id, await cards.findLiveByFingerprint(card.account_id, card.fingerprint));
    }
    // Only the recovery job takes over an authorization, and only after a lease far longer than a
    // request: if it did, it also releases the hold.
    if (!applied) throw gatewayUnavailable(history.id);
    const saved = (await cards.findById(card.id))!;
    this.deps.logger.info({ card_id: card.id, history_id: history.id, status: saved.status }, 'card verification hold placed');
    if (outcome.outcome === 'requires_action') return { status: 'requires_action', card: saved, redirectUrl: outcome.redirectUrl };
    return { status: 'held', card: saved, hold: (await this.deps.holds.findById(hold.id))! };
  }

  /** The gateway authorized the hold (or waits for 3-D Secure on it) for a card that is not kept:
   * the hold releaser cancels its intent right away. */
  private async releaseUnkept(hold: HoldRow, intentId: string): Promise<void> {
    const now = this.deps.clock.now().toISOString();
    await this.deps.holds.transition(hold.id, 'authorizing', { status: 'held', intent_id: intentId, lease_until: null, release_after: now, updated_at: now });
  }
}
