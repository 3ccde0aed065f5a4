import type { Knex } from 'knex';
import type { Clock } from '../../clock.js';
import type { FieldCipher } from '../../crypto/field-cipher.js';
import { isUniqueViolation } from '../../db/is-unique-violation.js';
import { AppError } from '../../errors.js';
import { isGatewayError, type PaymentGateway } from '../../gateway/payment-gateway.js';
import { newId } from '../../ids.js';
import type { AccountRow } from '../accounts/account-ports.js';
import { lockAccount } from '../accounts/lock-account.js';
import { idNumberContext } from '../cards/rules/id-number-context.js';
import { gatewayUnavailable } from '../cards/card-errors.js';
import type { CardGuards } from '../cards/card-guards.js';
import type { CardHistory } from '../cards/card-history.js';
import type { CardHistoryStore, HistoryRow } from '../cards/card-history-store.js';
import type { CardRow, IdType, NewCardRows } from '../cards/card-rows.js';
import type { GatewayCleanup } from '../cards/gateway-cleanup.js';
import type { GatewayCustomers } from '../cards/gateway-customers.js';
import { maskIdNumber } from '../cards/rules/mask-id-number.js';
import type { VerificationRecorder } from '../cards/verification-recorder.js';
import type { PayingCard } from './topup-cards.js';
import { declinedFailure } from './rules/topup-failures.js';
import type { TopupFailure, TopupRow } from './topup-store.js';

export interface NewCardInput {
  paymentMethod: string;
  saveCard: boolean;
  holderName?: string;
  idType?: IdType;
  idNumber?: string;
}

export type PreparedCard = PayingCard & { historyId: string | null; saved: boolean };

/** Attached and ready to pay, or refused by the card when attached (recorded in its history). */
export type Prepared = { kind: 'ready'; card: PreparedCard } | { kind: 'declined'; historyId: string; failure: TopupFailure };

/**
 * A top-up paid with a new card goes through card entry's guards: the card-testing budget (its
 * card-history entry is `pending` while the payment runs and `failed`, counting, if the card
 * declines), Chile's ID rules and the card limit when the card is to be kept. A kept card is
 * written `pending` and becomes `active` only with the paid top-up; a card used once is detached
 * after the payment, paid or not.
 */
export class NewCardTopups {
  constructor(
    private readonly deps: {
      db: Knex;
      gateway: PaymentGateway;
      guards: CardGuards;
      cardRows: NewCardRows;
      customers: GatewayCustomers;
      cardHistory: CardHistory;
      historyStore: CardHistoryStore;
      recorder: VerificationRecorder;
      cleanup: GatewayCleanup;
      cipher: FieldCipher;
      clock: Clock;
    },
  ) {}

  /** The checks made before anything is written or sent: ID rules, card-testing budget, room. */
  async check(account: AccountRow, input: NewCardInput): Promise<void> {
    const { guards } = this.deps;
    if (input.saveCard) guards.idDocument(account, input.idType, input.idNumber);
    await guards.assertFailureBudget(account.id);
    if (input.saveCard) await guards.assertRoomForCard(account.id);
  }

  async prepare(account: AccountRow, topupId: string, input: NewCardInput): Promise<Prepared> {
    const { guards } = this.deps;
    const idDocument = input.saveCard ? guards.idDocument(account, input.idType, input.idNumber) : undefined;
    let customerId: string;
    try {
      customerId = await this.deps.customers.ensure(account);
    } catch (error) {
      if (isGatewayError(error)) throw gatewayUnavailable();
      throw error;
    }
    // Counted against the budget in the same transaction, under the account lock, as card entry does.
    const history = await this.deps.db.transaction(async (trx) => {
      await lockAccount(trx, account.id);
      await guards.assertFailureBudget(account.id, trx);
      const started = await this.deps.cardHistory.start(account.id, 'add', undefined, undefined, trx);
      // Named on the top-up in the same transaction: if the process dies from here on, whoever
      // ends the top-up (the settler) also ends this entry and detaches the card (afterPayment).
      await trx('topups').where({ id: topupId, status: 'new' }).update({ history_id: started.id, updated_at: this.deps.clock.now().toISOString() });
      return started;
    });
    let outcome;
    try {
      outcome = await this.deps.gateway.attachPaymentMethod({ customerId, paymentMethod: input.paymentMethod, idempotencyKey: `attach:${history.id}` });
    } catch (error) {
      if (isGatewayError(error) && (error.details.gatewayCode === 'resource_missing' || error.details.gatewayCode === 'payment_method_unexpected_state')) {
        await this.deps.cardHistory.fail(history, 'invalid_payment_method', 'The payment method was not recognised. Collect the card again with the payment form.');
        const message = 'is not a payment method the gateway knows for this account: collect the card again and send its pm_… id';
        throw new AppError('validation_failed', `payment_method ${message}.`, { errors: [{ field: 'payment_method', message }] });
      }
      throw await this.deps.cardHistory.failOnGatewayError(history, error);
    }
    if (outcome.outcome === 'declined') {
      await this.deps.recorder.recordDecline(this.deps.db, history, outcome.decline);
      return { kind: 'declined', historyId: history.id, failure: declinedFailure(outcome.decline) };
    }
    const described = await this.deps.cardHistory.describeCard(history, outcome.paymentMethodId, outcome.card);
    const paying = { brand: outcome.card.brand, last4: outcome.card.last4, paymentMethodId: outcome.paymentMethodId, customerId, historyId: history.id };
    if (!input.saveCard) return { kind: 'ready', card: { ...paying, id: `once_${topupId}`, saved: false } };
    const cardId = await this.keepPending(account, topupId, described, input, idDocument);
    return { kind: 'ready', card: { ...paying, id: cardId, saved: false } };
  }

  /** After the payment: the history entry ends like a card entry would, and a card used once (or
   * not kept) is detached at the gateway. */
  async afterPayment(topup: TopupRow): Promise<void> {
    if (!topup.history_id || topup.status === 'new') return;
    const history = await this.deps.cardHistory.get(topup.history_id);
    if (!history || history.result !== 'pending') return;
    const now = this.deps.clock.now().toISOString();
    if (topup.status === 'paid') {
      await this.deps.historyStore.update(history.id, { result: 'succeeded', card_id: topup.save_card ? topup.card_id : null, updated_at: now });
      if (!topup.save_card && topup.gateway_payment_method_id) await this.deps.cleanup.detach(history.id, topup.gateway_payment_method_id);
      return;
    }
    const declined = topup.failure_code === 'card_declined' || topup.failure_code === 'authentication_failed';
    await this.deps.historyStore.update(history.id, {
      result: 'failed',
      failure_code: topup.failure_code === 'authentication_failed' || topup.failure_code === 'authentication_abandoned' ? 'authentication_failed' : declined ? 'card_declined' : 'gateway_unavailable',
      decline_code: topup.decline_code,
      failure_message: topup.failure_message,
      gateway_code: topup.gateway_code,
      gateway_decline_code: topup.gateway_decline_code,
      gateway_request_id: topup.gateway_request_id,
      support_reason: `Entered to pay top-up ${topup.number}, which was cancelled (${topup.failure_code}).`,
      // Only the card's own refusal counts toward the card-testing limit, as on card entry.
      counts_as_failure: declined,
      updated_at: now,
    });
    // The top-up may not name the payment method if the process died right after attaching it;
    // the history entry does.
    const paymentMethodId = topup.gateway_payment_method_id ?? history.gateway_payment_method_id;
    if (paymentMethodId) await this.deps.cleanup.detach(history.id, paymentMethodId);
  }

  private async keepPending(account: AccountRow, topupId: string, history: HistoryRow, input: NewCardInput, idDocument: { type: IdType; normalized: string } | undefined): Promise<string> {
    const id = newId('card');
    const now = this.deps.clock.now().toISOString();
    try {
      await this.deps.db.transaction(async (trx) => {
        await lockAccount(trx, account.id);
        await this.deps.guards.assertRoomForCard(account.id, trx);
        // The card joins the payer the top-up pays for, last in that payer's charge order.
        const payerId: string | null = (await trx('topups').where({ id: topupId }).first('payer_id'))?.payer_id ?? null;
        const position = await this.deps.cardRows.nextPosition(account.id, payerId, trx);
        await this.deps.cardRows.insert({
          id,
          account_id: account.id,
          payer_id: payerId,
          gateway_payment_method_id: history.gateway_payment_method_id,
          fingerprint: history.fingerprint,
          brand: history.brand,
          last4: history.last4,
          exp_month: history.exp_month,
          exp_year: history.exp_year,
          holder_name: input.holderName ?? holderNameOf(account),
          id_type: idDocument?.type ?? null,
          id_number_encrypted: idDocument ? this.deps.cipher.encrypt(idDocument.normalized, idNumberContext(id)) : null,
          id_number_masked: idDocument ? maskIdNumber(idDocument.normalized) : null,
          status: 'pending', // active once the top-up is paid
          is_default: false,
          position,
          created_at: now,
          updated_at: now,
          deleted_at: null,
          // The history holds the card's details by now (described when it was attached).
        } as CardRow, trx);
        await this.deps.historyStore.update(history.id, { card_id: id, updated_at: now }, trx);
        // With the card: a top-up that ends cancelled, however it ends, removes its pending card.
        await trx('topups').where({ id: topupId, status: 'new' }).update({ card_id: id, updated_at: now });
      });
    } catch (error) {
      if (!isUniqueViolation(error) && !(error instanceof AppError)) throw error;
      const duplicate = isUniqueViolation(error);
      const message = duplicate ? 'This card is already saved on the account: pay with its card_id instead.' : (error as AppError).detail;
      await this.deps.cardHistory.fail(history, duplicate ? 'duplicate_card' : 'card_limit_reached', message);
      if (history.gateway_payment_method_id) await this.deps.cleanup.detach(history.id, history.gateway_payment_method_id);
      throw new AppError(duplicate ? 'duplicate_card' : 'card_limit_reached', message, { body: { history_id: history.id } });
    }
    return id;
  }
}

function holderNameOf(account: AccountRow): string {
  const details = account.details ? (JSON.parse(account.details) as Record<string, unknown>) : {};
  const name = details.name ?? details.contact_name ?? details.enterprise_name;
  return typeof name === 'string' && name ? name : account.email;
}
