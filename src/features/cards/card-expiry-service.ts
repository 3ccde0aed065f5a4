import type { Knex } from 'knex';
import type { Clock } from '../../clock.js';
import { AppError } from '../../errors.js';
import type { PlacedHold } from './card-verification.js';
import { isGatewayError, type CardDetails, type PaymentGateway } from '../../gateway/payment-gateway.js';
import type { Logger } from '../../logger.js';
import type { AccountService } from '../accounts/account-service.js';
import type { VerificationResult } from './card-verification.js';
import { cardNotFound, gatewayUnavailable, notSavedYet, verificationFailed } from './card-errors.js';
import type { CardGuards } from './card-guards.js';
import { newHistoryEntry, type CardHistory } from './card-history.js';
import type { CardHistoryStore, HistoryRow } from './card-history-store.js';
import { RETRY_CLEARED, type CardRow, type CardStore } from './card-store.js';
import type { CardVerification } from './card-verification.js';
import type { ExpiryNotices } from './expiry-notices.js';
import type { GatewayCleanup } from './gateway-cleanup.js';
import type { GatewayCustomers } from './gateway-customers.js';
import type { HoldRow, HoldStore } from './hold-store.js';
import { lockAccount } from '../accounts/lock-account.js';
import { expiryProblem, isExpired } from './rules/card-expiry.js';
import type { VerificationRecorder } from './verification-recorder.js';

/** New expiry dates: typed by the customer (`PATCH /v1/cards/{id}`, verified with a new hold), or
 * pushed by the gateway's card updater (trusted, recorded in the history). */
export class CardExpiryService {
  constructor(
    private readonly deps: {
      db: Knex;
      gateway: PaymentGateway;
      accountService: AccountService;
      guards: CardGuards;
      customers: GatewayCustomers;
      cards: CardStore;
      cardHistory: CardHistory;
      historyStore: CardHistoryStore;
      holds: HoldStore;
      verification: CardVerification;
      recorder: VerificationRecorder;
      cleanup: GatewayCleanup;
      clock: Clock;
      logger: Logger;
      publicBaseUrl: string;
      /** Expiring-card notices: a new expiry from the updater withdraws the old one's. */
      expiryNotices?: ExpiryNotices;
    },
  ) {}

  /** The gateway gets the new dates first (the hold must test them); on a decline our card keeps
   * its old dates and the gateway's are put back. */
  async update(accountId: string, cardId: string, expiry: { month: number; year: number }): Promise<VerificationResult> {
    const { cards, cardHistory, gateway } = this.deps;
    const card = await cards.findLive(accountId, cardId);
    if (!card) throw cardNotFound();
    const problem = expiryProblem(expiry.month, expiry.year, this.deps.clock.now());
    if (problem) throw new AppError('invalid_expiry', problem, { errors: [{ field: /month/.test(problem) ? 'exp_month' : 'exp_year', message: problem }] });
    const notSaved = notSavedYet(card, 'changing its expiry');
    if (notSaved) throw notSaved;
    // Guessing expiry dates is card testing too, so failed updates count and are limited alike.
    await this.deps.guards.assertFailureBudget(accountId);
    const customerId = await this.deps.customers.find(accountId);
    if (!customerId) throw cardNotFound();

    // Checked again where it binds, with the entry's insert under the account lock (see adding).
    const history = await this.deps.db.transaction(async (trx) => {
      await lockAccount(trx, accountId);
      await this.deps.guards.assertFailureBudget(accountId, trx);
      return cardHistory.start(accountId, 'update_expiry', card, expiry, trx);
    });
    try {
      await gateway.updateExpiry({ paymentMethodId: card.gateway_payment_method_id, expMonth: expiry.month, expYear: expiry.year, idempotencyKey: `expiry:${history.id}` });
    } catch (error) {
      throw await this.failed(history, error);
    }
    let placed: { hold: HoldRow; outcome: PlacedHold };
    try {
      const returnUrl = `${this.deps.publicBaseUrl}/v1/cards/${card.id}/authentication-return`;
      placed = await this.deps.verification.authorize({ accountId, historyId: history.id, customerId, paymentMethodId: card.gateway_payment_method_id, currency: (await this.deps.accountService.get(accountId)).currency, returnUrl });
    } catch (error) {
      await this.deps.cleanup.revertExpiry(history, card);
      throw await this.failed(history, error);
    }
    return this.record(history, card, placed.hold, placed.outcome);
  }

  /** The gateway refused or failed. A card deleted meanwhile (its payment method detached) is
   * why the gateway refused: that is a missing card, not a gateway problem. */
  private async failed(history: HistoryRow, error: unknown): Promise<AppError> {
    if (isGatewayError(error) && !(await this.deps.cards.findLive(history.account_id, history.card_id!))) {
      await this.deps.cardHistory.fail(history, 'card_removed', 'The card was deleted while its new expiry date was being verified.', 'The customer deleted the card while its expiry update was under way; the update was dropped with it.');
      return cardNotFound();
    }
    return this.deps.cardHistory.failOnGatewayError(history, error);
  }

  private async record(history: HistoryRow, card: CardRow, hold: HoldRow, outcome: PlacedHold): Promise<VerificationResult> {
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

  /** The card updater (network account updater) reissued the card: its new dates land on every
   * live card with that payment method, each with an `update_expiry` entry. Runs in the caller's
   * transaction (the webhook's of `payment_method.automatically_updated`; the gateway's report of
   * our own changes never comes here). */
  async applyGatewayUpdate(trx: Knex.Transaction, paymentMethodId: string, details: CardDetails): Promise<number> {
    const now = this.deps.clock.now();
    let changed = 0;
    // The accounts' locks first, in id order (two events never wait on each other in a cycle), then
    // the cards read again under them.
    const accountIds = [...new Set((await this.deps.cards.listLiveByPaymentMethod(paymentMethodId, trx)).map((card) => card.account_id))].sort();
    for (const accountId of accountIds) await lockAccount(trx, accountId);
    for (const card of await this.deps.cards.listLiveByPaymentMethod(paymentMethodId, trx)) {
      if (card.exp_month === details.expMonth && card.exp_year === details.expYear) continue;
      // A verification of dates the customer typed is under way: it decides the card's dates.
      if (await this.deps.historyStore.hasPendingUpdate(card.id, trx)) continue;
      const entry = newHistoryEntry(now.toISOString(), card.account_id, 'update_expiry', card, { month: details.expMonth, year: details.expYear });
      await this.deps.historyStore.insert({ ...entry, result: 'succeeded' }, trx);
      const status = card.status === 'requires_action' ? card.status : isExpired(details.expMonth, details.expYear, now) ? 'expired' : 'active';
      // The old dates' notices still waiting in the outbox would warn of a card that no longer expires.
      await this.deps.expiryNotices?.withdrawForOldExpiry(trx, card, now.toISOString());
      await this.deps.cards.update(card.id, { exp_month: details.expMonth, exp_year: details.expYear, status, ...RETRY_CLEARED, updated_at: now.toISOString() }, trx);
      if (status === 'active') this.deps.recorder.cardUsable(trx, card.account_id, 'expiry_updated');
      changed += 1;
    }
    return changed;
  }
}
