import type { Knex } from 'knex';
import type { Clock } from '../../clock.js';
import { AppError } from '../../errors.js';
import { isGatewayError, type PaymentGateway } from '../../gateway/payment-gateway.js';
import type { AccountRow } from '../accounts/account-ports.js';
import { lockAccount } from '../accounts/lock-account.js';
import { gatewayUnavailable } from '../cards/card-errors.js';
import type { CardGuards } from '../cards/card-guards.js';
import type { CardHistory } from '../cards/card-history.js';
import type { IdType } from '../cards/card-rows.js';
import type { GatewayCustomers } from '../cards/gateway-customers.js';
import type { VerificationRecorder } from '../cards/verification-recorder.js';
import type { PayingCard } from './topup-cards.js';
import { declinedFailure } from './rules/topup-failures.js';
import type { TopupFailure } from './topup-store.js';
import type { PendingTopupCards } from './topup-new-card-pending.js';

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
 * written `pending` (PendingTopupCards) and becomes `active` only with the paid top-up; a card used
 * once is detached after the payment, paid or not (NewCardAfterPayment).
 */
export class NewCardTopups {
  constructor(
    private readonly deps: {
      db: Knex;
      gateway: PaymentGateway;
      guards: CardGuards;
      customers: GatewayCustomers;
      cardHistory: CardHistory;
      recorder: VerificationRecorder;
      /** A card to be kept is written pending once attached. */
      pendingCards: PendingTopupCards;
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
    const cardId = await this.deps.pendingCards.keep(account, topupId, described, input, idDocument);
    return { kind: 'ready', card: { ...paying, id: cardId, saved: false } };
  }
}
