import type { Knex } from 'knex';
import type { AppError } from '../../errors.js';
import { isGatewayError } from '../../gateway/payment-gateway.js';
import { cardNotFound, gatewayUnavailable, verificationFailed } from './card-errors.js';
import type { CardHistory } from './card-history.js';
import type { HistoryRow } from './card-history-store.js';
import type { CardRow, CardStore } from './card-store.js';
import type { PlacedHold, VerificationResult } from './card-verification.js';
import type { GatewayCleanup } from './gateway-cleanup.js';
import type { HoldRow, HoldStore } from './hold-store.js';
import type { VerificationRecorder } from './verification-recorder.js';

/** How a typed expiry update ends: the gateway's failure, or the hold's answer recorded (on a
 * decline the card keeps its old dates and the gateway's are put back). */
export class ExpiryUpdateOutcomes {
  constructor(
    private readonly deps: { db: Knex; recorder: VerificationRecorder; cleanup: GatewayCleanup; cardHistory: CardHistory; cards: CardStore; holds: HoldStore },
  ) {}

  /** The gateway refused or failed. A card deleted meanwhile (its payment method detached) is
   * why the gateway refused: that is a missing card, not a gateway problem. */
  async failed(history: HistoryRow, error: unknown): Promise<AppError> {
    if (isGatewayError(error) && !(await this.deps.cards.findLive(history.account_id, history.card_id!))) {
      await this.deps.cardHistory.fail(history, 'card_removed', 'The card was deleted while its new expiry date was being verified.', 'The customer deleted the card while its expiry update was under way; the update was dropped with it.');
      return cardNotFound();
    }
    return this.deps.cardHistory.failOnGatewayError(history, error);
  }

  async record(history: HistoryRow, card: CardRow, hold: HoldRow, outcome: PlacedHold): Promise<VerificationResult> {
    const { db, recorder } = this.deps;
    if (outcome.outcome === 'declined') {
      await db.transaction((trx) => recorder.declined(trx, { hold, ...(outcome.intentId ? { intentId: outcome.intentId } : {}), history, decline: outcome.decline }));
      await this.deps.cleanup.revertExpiry(history, card);
      throw verificationFailed((await this.deps.cardHistory.get(history.id))!);
    }
    const { applied } = await db.transaction((trx) =>
      outcome.outcome === 'held'
        ? recorder.verified(trx, { hold, intentId: outcome.intentId, history })
        : recorder.awaitingAuthentication(trx, { hold, intentId: outcome.intentId, redirectUrl: outcome.redirectUrl, history }),
    );
    if (!applied) throw gatewayUnavailable(history.id);
    const saved = (await this.deps.cards.findById(card.id))!;
    if (outcome.outcome === 'requires_action') return { status: 'requires_action', card: saved, redirectUrl: outcome.redirectUrl };
    return { status: 'held', card: saved, hold: (await this.deps.holds.findById(hold.id))! };
  }
}
