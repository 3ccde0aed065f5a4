import type { Knex } from 'knex';
import type { Clock } from '../../clock.js';
import type { FieldCipher } from '../../crypto/field-cipher.js';
import { isUniqueViolation } from '../../db/is-unique-violation.js';
import { AppError, isAppError } from '../../errors.js';
import type { PlacedHold, VerificationResult } from './card-verification.js';
import { isGatewayError, isGatewayRefusal, type CardDetails, type PaymentGateway } from '../../gateway/payment-gateway.js';
import { newId } from '../../ids.js';
import type { Logger } from '../../logger.js';
import type { AccountRow } from '../accounts/account-store.js';
import type { AccountService } from '../accounts/account-service.js';
import type { AuthenticationCompletion } from './authentication-completion.js';
import { gatewayError, gatewayUnavailable, verificationFailed } from './card-errors.js';
import type { CardGuards } from './card-guards.js';
import type { CardHistory } from './card-history.js';
import type { HistoryRow } from './card-history-store.js';
import type { CardRow, CardStore, IdType } from './card-store.js';
import type { CardVerification } from './card-verification.js';
import type { GatewayCleanup } from './gateway-cleanup.js';
import type { GatewayCustomers } from './gateway-customers.js';
import type { HoldRow, HoldStore } from './hold-store.js';
import { lockAccount } from '../accounts/lock-account.js';
import { maskIdNumber } from './rules/mask-id-number.js';
import type { VerificationRecorder } from './verification-recorder.js';
import type { CardPayers } from './card-payers.js';
import { brandName } from './rules/brand-name.js';

export interface AddCardInput {
  paymentMethod: string;
  holderName: string;
  idType?: IdType;
  idNumber?: string;
  returnUrl?: string;
  /** The payer the card is for; the account's default payer when absent. */
  payerId?: string;
}

const SUPERSEDED_MESSAGE = '3-D Secure was not completed: the card was entered again, and that newer try replaces this one.';

type Attached = { paymentMethodId: string; card: CardDetails };

/** `POST /v1/cards`: guards, gateway customer, attach, duplicate check, verification hold. Each
 * gateway call is preceded by the row it is keyed on and followed by the record of its answer;
 * no transaction is open while the gateway is called. */
export class AddCardService {
  constructor(
    private readonly deps: {
      db: Knex;
      gateway: PaymentGateway;
      accountService: AccountService;
      guards: CardGuards;
      customers: GatewayCustomers;
      cards: CardStore;
      payers: CardPayers;
      cardHistory: CardHistory;
      holds: HoldStore;
      verification: CardVerification;
      recorder: VerificationRecorder;
      cleanup: GatewayCleanup;
      completion: AuthenticationCompletion;
      cipher: FieldCipher;
      clock: Clock;
      logger: Logger;
      publicBaseUrl: string;
    },
  ) {}

  async add(accountId: string, input: AddCardInput): Promise<VerificationResult> {
    const { guards, cardHistory } = this.deps;
    const account = await this.deps.accountService.get(accountId);
    guards.assertReadyForCards(account);
    const idDocument = guards.idDocument(account, input.idType, input.idNumber);
    await guards.assertFailureBudget(accountId);
    await guards.assertRoomForCard(accountId);

    const customerId = await this.ensureCustomer(account);
    const { history: started, payerId } = await this.startEntry(accountId, input.payerId);
    const { attached, history } = await this.attach(started, customerId, input.paymentMethod);
    await this.refuseDuplicate(history, attached);

    const cardId = newId('card');
    const card = { ...this.newCard(cardId, account, attached, input.holderName, idDocument), payer_id: payerId };
    const returnUrl = input.returnUrl ?? `${this.deps.publicBaseUrl}/v1/cards/${cardId}/authentication-return`;
    let placed: { hold: HoldRow; outcome: PlacedHold };
    try {
      placed = await this.deps.verification.authorize({ accountId, historyId: history.id, customerId, paymentMethodId: attached.paymentMethodId, currency: account.currency, returnUrl });
    } catch (error) {
      const answer = await cardHistory.failOnGatewayError(history, error);
      // A refused hold left nothing at the gateway but the payment method just attached: undo it.
      // (After other failures the hold may still exist, and the recovery job settles it.)
      if (answer.code === 'gateway_error') await this.deps.cleanup.detach(history.id, attached.paymentMethodId);
      throw answer;
    }
    return this.record({ ...history, card_id: cardId }, placed.hold, placed.outcome, card);
  }

  /** The card-testing budget is checked again where it binds: in the transaction that records
   * this verification as under way, under the account lock, so of parallel additions each one
   * counts the entries of those admitted before it. The payer is known from here on (404 for
   * one that is not the account's, before the gateway hears of the card). */
  private startEntry(accountId: string, payerId: string | undefined): Promise<{ history: HistoryRow; payerId: string }> {
    return this.deps.db.transaction(async (trx) => {
      await lockAccount(trx, accountId);
      const payer = await this.deps.payers.payerFor(trx, accountId, payerId);
      await this.deps.guards.assertFailureBudget(accountId, trx);
      return { history: await this.deps.cardHistory.start(accountId, 'add', undefined, undefined, trx), payerId: payer.id };
    });
  }

  private async ensureCustomer(account: AccountRow): Promise<string> {
    try {
      return await this.deps.customers.ensure(account);
    } catch (error) {
      if (!isGatewayError(error)) throw error;
      if (!isGatewayRefusal(error)) throw gatewayUnavailable();
      this.deps.logger.error({ account_id: account.id, gateway_error: { kind: error.kind, message: error.message, ...error.details } }, 'gateway refused to create the customer (integration error)');
      throw gatewayError();
    }
  }

  private async attach(history: HistoryRow, customerId: string, paymentMethod: string): Promise<{ attached: Attached; history: HistoryRow }> {
    const { gateway, cardHistory, recorder } = this.deps;
    let outcome;
    try {
      outcome = await gateway.attachPaymentMethod({ customerId, paymentMethod, idempotencyKey: `attach:${history.id}` });
    } catch (error) {
      if (isGatewayError(error) && (error.details.gatewayCode === 'resource_missing' || error.details.gatewayCode === 'payment_method_unexpected_state')) {
        await cardHistory.fail(history, 'invalid_payment_method', 'The payment method was not recognised. Collect the card again with the payment form.');
        const message = 'is not a payment method the gateway knows for this account: collect the card again and send its pm_… id';
        throw new AppError('validation_failed', `payment_method ${message}.`, { errors: [{ field: 'payment_method', message }] });
      }
      throw await cardHistory.failOnGatewayError(history, error);
    }
    if (outcome.outcome === 'declined') {
      await recorder.recordDecline(this.deps.db, history, outcome.decline);
      this.deps.logger.info({ history_id: history.id, gateway_code: outcome.decline.code, decline_code: outcome.decline.declineCode }, 'card declined at attach');
      throw verificationFailed((await cardHistory.get(history.id))!);
    }
    const attached = { paymentMethodId: outcome.paymentMethodId, card: outcome.card };
    return { attached, history: await cardHistory.describeCard(history, attached.paymentMethodId, attached.card) };
  }

  /** The same physical card (fingerprint) twice in one account is refused. A match with other
   * dates is the same card reissued or re-typed: say so, and point at the expiry update. */
  private async refuseDuplicate(history: HistoryRow, attached: Attached): Promise<void> {
    const existing = await this.deps.cards.findLiveByFingerprint(history.account_id, attached.card.fingerprint);
    if (!existing) return;
    // A customer who left the 3-D Secure page and starts over with the same card means the new try.
    const waiting = existing.status === 'requires_action' ? await this.deps.completion.pendingChallengeOf(existing.id) : undefined;
    if (waiting && (await this.deps.completion.abandon(waiting, SUPERSEDED_MESSAGE, { detach: false }))) return;
    await this.refuseAsDuplicate(history, attached.paymentMethodId, existing);
  }

  private async refuseAsDuplicate(history: HistoryRow, paymentMethodId: string, existing: CardRow | undefined): Promise<never> {
    const newExpiry = existing && history.exp_month !== null && (existing.exp_month !== history.exp_month || existing.exp_year !== history.exp_year);
    const detail = !existing
      ? 'This card is already saved on the account.'
      : newExpiry
        ? `This is the same card as ${existing.id} (${brandName(existing.brand)} ending ${existing.last4}), with a new expiry date ${history.exp_month}/${history.exp_year}. Update the saved card's expiry with PATCH /v1/cards/${existing.id} instead of adding it again.`
        : `This card is already saved as ${existing.id} (${brandName(existing.brand)} ending ${existing.last4}).`;
    await this.deps.cardHistory.fail(history, 'duplicate_card', detail);
    // A client re-sending the saved card's own payment method id must not lose that card.
    if (paymentMethodId !== existing?.gateway_payment_method_id) await this.deps.cleanup.detach(history.id, paymentMethodId);
    throw new AppError('duplicate_card', detail, { body: { ...(existing ? { card_id: existing.id } : {}), history_id: history.id } });
  }

  private async record(history: HistoryRow, hold: HoldRow, outcome: PlacedHold, card: CardRow): Promise<VerificationResult> {
    const { db, recorder, cards, cardHistory } = this.deps;
    if (outcome.outcome === 'declined') {
      await db.transaction((trx) => recorder.declined(trx, { hold, ...(outcome.intentId ? { intentId: outcome.intentId } : {}), history: { ...history, card_id: null }, decline: outcome.decline }));
      await this.deps.cleanup.detach(history.id, card.gateway_payment_method_id);
      this.deps.logger.info({ history_id: history.id, gateway_code: outcome.decline.code, decline_code: outcome.decline.declineCode }, 'card verification hold declined');
      throw verificationFailed((await cardHistory.get(history.id))!);
    }
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
        return this.refuseOverLimit(history, card.gateway_payment_method_id, error);
      }
      if (!isUniqueViolation(error)) throw error;
      // The same card was saved by a concurrent request meanwhile: undo ours, release its hold.
      await this.releaseUnkept(hold, outcome.intentId);
      return this.refuseAsDuplicate(history, card.gateway_payment_method_id, await cards.findLiveByFingerprint(card.account_id, card.fingerprint));
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

  private async refuseOverLimit(history: HistoryRow, paymentMethodId: string, refusal: AppError): Promise<never> {
    await this.deps.cardHistory.fail(
      history,
      'card_limit_reached',
      refusal.detail,
      'Other cards were added to the account at the same time and it reached MAX_CARDS_PER_ACCOUNT before this one was saved: the card was not kept and its verification hold is released. The customer can delete a card and add this one again.',
    );
    await this.deps.cleanup.detach(history.id, paymentMethodId);
    throw new AppError('card_limit_reached', refusal.detail, { body: { history_id: history.id } });
  }

  private newCard(id: string, account: AccountRow, attached: Attached, holderName: string, idDocument: { type: IdType; normalized: string } | undefined): CardRow {
    const now = this.deps.clock.now().toISOString();
    return {
      id,
      account_id: account.id,
      payer_id: null,
      gateway_payment_method_id: attached.paymentMethodId,
      fingerprint: attached.card.fingerprint,
      brand: attached.card.brand,
      last4: attached.card.last4,
      exp_month: attached.card.expMonth,
      exp_year: attached.card.expYear,
      holder_name: holderName,
      id_type: idDocument?.type ?? null,
      id_number_encrypted: idDocument ? this.deps.cipher.encrypt(idDocument.normalized, idNumberContext(id)) : null,
      id_number_masked: idDocument ? maskIdNumber(idDocument.normalized) : null,
      status: 'requires_action',
      is_default: false,
      position: 0,
      created_at: now,
      updated_at: now,
      deleted_at: null,
    };
  }
}

/** The associated data binding an encrypted id number to its card row (see FieldCipher). */
export const idNumberContext = (cardId: string) => `cards.id_number:${cardId}`;
