import type { Knex } from 'knex';
import type { Clock } from '../../clock.js';
import { AppError } from '../../errors.js';
import { isGatewayError, isGatewayRefusal, type IntentState, type PaymentGateway } from '../../gateway/payment-gateway.js';
import { holdVerdict } from '../../gateway/intent-settlement.js';
import type { VerificationResult } from './card-verification.js';
import { cardNotFound, gatewayError, gatewayUnavailable, verificationFailed } from './card-errors.js';
import type { CardHistoryStore, HistoryAction, HistoryRow } from './card-history-store.js';
import type { CardStore } from './card-store.js';
import type { GatewayCleanup } from './gateway-cleanup.js';
import type { HoldRow, HoldStore } from './hold-store.js';
import type { VerificationRecorder } from './verification-recorder.js';

export type ConfirmResult = VerificationResult & { action: HistoryAction };

/** What an intent that ended without a decline reason failed with: the customer abandoned or
 * failed the 3-D Secure page. */

/**
 * Finishes a verification that waited for 3-D Secure, from whichever arrives first: the customer's
 * `POST /v1/cards/{id}/confirm` (which reads the intent from the gateway) or the gateway's webhook.
 * The recorder's compare-and-set on the hold makes the second one a no-op.
 */
export class AuthenticationCompletion {
  constructor(
    private readonly deps: {
      db: Knex;
      gateway: PaymentGateway;
      cards: CardStore;
      history: CardHistoryStore;
      holds: HoldStore;
      recorder: VerificationRecorder;
      cleanup: GatewayCleanup;
      clock: Clock;
    },
  ) {}

  /** Settles the card's pending verification if there is one, then answers with the card's latest
   * verification: held (201), still waiting (202), or failed (402). */
  async confirm(accountId: string, cardId: string): Promise<ConfirmResult> {
    const { cards, history: historyStore, holds } = this.deps;
    if (!(await cards.findAny(accountId, cardId))) throw cardNotFound();
    const history = await historyStore.latestForCard(cardId);
    if (!history) throw cardNotFound();
    const hold = await holds.findLatestForHistory(history.id);
    if (hold?.status === 'requires_action' && hold.intent_id) {
      let state: IntentState;
      try {
        state = await this.deps.gateway.getIntent(hold.intent_id);
      } catch (error) {
        if (!isGatewayError(error)) throw error;
        // A refused read is an integration error: asking again will not help (502, not 503).
        throw isGatewayRefusal(error) ? gatewayError(history.id) : gatewayUnavailable(history.id);
      }
      const settled = await this.deps.db.transaction((trx) => this.settle(trx, hold, history, state));
      await settled.afterCommit();
    }
    return this.latestOutcome(accountId, cardId, history.id);
  }

  /** A gateway event about an intent. Runs inside the webhook's transaction; `afterCommit` holds
   * the gateway clean-up, which must not run inside it. */
  async completeFromEvent(trx: Knex.Transaction, intentId: string, state: Pick<IntentState, 'status' | 'decline'>): Promise<{ afterCommit: () => Promise<void> }> {
    const hold = await this.deps.holds.findByIntent(intentId, trx);
    const history = hold && (await this.deps.history.findById(hold.history_id, trx));
    if (!hold || !history || hold.status !== 'requires_action') return { afterCommit: async () => {} };
    return this.settle(trx, hold, history, state);
  }

  /** The hold of a card's verification that is waiting for 3-D Secure, if there is one. */
  async pendingChallengeOf(cardId: string): Promise<HoldRow | undefined> {
    const history = await this.deps.history.latestForCard(cardId);
    const hold = history && (await this.deps.holds.findLatestForHistory(history.id));
    return hold?.status === 'requires_action' ? hold : undefined;
  }

  /** Reads a waiting intent from the gateway and records how it ended (a missed webhook, a
   * customer who never came back to confirm). */
  async reconcile(hold: HoldRow): Promise<'settled' | 'waiting'> {
    const state = await this.deps.gateway.getIntent(hold.intent_id!);
    const { verdict } = holdVerdict(state);
    if (verdict !== 'succeeded' && verdict !== 'declined') return 'waiting';
    const history = (await this.deps.history.findById(hold.history_id))!;
    const settled = await this.deps.db.transaction((trx) => this.settle(trx, hold, history, state));
    await settled.afterCommit();
    return 'settled';
  }

  /** Ends a verification that waits for 3-D Secure without an answer: the card is not kept, and
   * the intent is canceled. False when it was settled meanwhile. */
  async abandon(hold: HoldRow, message: string, options: { detach: boolean }): Promise<boolean> {
    const history = await this.deps.history.findById(hold.history_id);
    if (!history) return false;
    const { applied } = await this.deps.db.transaction((trx) => this.deps.recorder.abandoned(trx, { hold, history, message }));
    if (!applied) return false;
    if (!(await this.deps.cleanup.cancelIntent(hold.id, hold.intent_id!))) await this.releaseLater(hold);
    if (options.detach && history.action === 'add') await this.deps.cleanup.afterFailure(history, undefined);
    if (history.action === 'update_expiry' && history.card_id) await this.deps.cleanup.afterFailure(history, await this.deps.cards.findById(history.card_id));
    return true;
  }

  /** The intent of an abandoned verification could not be canceled. The customer may have passed
   * the page meanwhile, so it may hold money: the hold releaser takes it over (its release cancels
   * an uncaptured intent) and retries until the gateway confirms. */
  private async releaseLater(hold: HoldRow): Promise<void> {
    const now = this.deps.clock.now().toISOString();
    await this.deps.holds.transition(hold.id, 'abandoned', {
      status: 'release_failed',
      release_after: now,
      lease_until: null,
      last_error: 'The intent of the abandoned 3-D Secure verification could not be canceled.',
      updated_at: now,
    });
  }

  private async settle(trx: Knex.Transaction, hold: HoldRow, history: HistoryRow, state: Pick<IntentState, 'status' | 'decline'>) {
    const nothing = { afterCommit: async () => {} };
    const intentId = hold.intent_id!;
    const verdict = holdVerdict(state);
    if (verdict.verdict === 'succeeded') {
      await this.deps.recorder.verified(trx, { hold, intentId, history });
      return nothing;
    }
    if (verdict.verdict !== 'declined') return nothing;
    const { applied } = await this.deps.recorder.declined(trx, { hold, intentId, history, decline: verdict.decline });
    if (!applied) return nothing;
    const card = history.card_id ? await this.deps.cards.findById(history.card_id, trx) : undefined;
    return { afterCommit: () => this.deps.cleanup.afterFailure(history, card) };
  }

  private async latestOutcome(accountId: string, cardId: string, historyId: string): Promise<ConfirmResult> {
    const history = (await this.deps.history.findById(historyId))!;
    if (history.result === 'failed') throw verificationFailed(history);
    const card = await this.deps.cards.findLive(accountId, cardId);
    if (!card) throw cardNotFound();
    const hold = await this.deps.holds.findLatestForHistory(history.id);
    if (history.result === 'pending' && hold?.status === 'requires_action' && hold.next_action_url) {
      return { action: history.action, status: 'requires_action', card, redirectUrl: hold.next_action_url };
    }
    if (history.result === 'succeeded' && hold && ['held', 'released', 'release_failed'].includes(hold.status)) {
      return { action: history.action, status: 'held', card, hold };
    }
    throw new AppError('conflict', 'This card has no verification to confirm right now.');
  }
}
