import type { Clock } from '../../clock.js';
import { AppError } from '../../errors.js';
import type { AccountRow } from '../accounts/account-ports.js';
import { plainFailure } from './rules/topup-failures.js';
import type { TopupEnds } from './topup-ends.js';
import type { NewCardInput, NewCardTopups, Prepared } from './topup-new-card.js';
import type { TopupPayment, TopupStep } from './topup-payment.js';
import type { TopupRow, TopupStore } from './topup-store.js';

/** The payment of a top-up just written, under the lease its request holds: from its saved card,
 * or from the new card, attached first (a card refused then ends the top-up). */
export class TopupFirstPayment {
  constructor(private readonly deps: { newCards: NewCardTopups; topups: TopupStore; ends: TopupEnds; payment: TopupPayment; clock: Clock }) {}

  async pay(account: AccountRow, row: TopupRow, token: string, newCard: NewCardInput | undefined): Promise<TopupStep> {
    return newCard ? this.payWithNewCard(account, row, token, newCard) : this.deps.payment.pay(row, token);
  }

  private async payWithNewCard(account: AccountRow, row: TopupRow, token: string, input: NewCardInput): Promise<TopupStep> {
    let prepared: Prepared;
    try {
      prepared = await this.deps.newCards.prepare(account, row.id, input);
    } catch (error) {
      // Refused before any payment (unknown payment method, gateway down, card limit): nothing
      // was charged; the top-up ends here and the refusal is the answer.
      const message = error instanceof AppError ? error.detail : 'The payment could not be started; nothing was charged.';
      await this.deps.ends.cancelled(row.id, plainFailure('interrupted', message));
      throw error;
    }
    if (prepared.kind === 'declined') {
      await this.deps.topups.update(row.id, token, { history_id: prepared.historyId }, this.now());
      await this.deps.ends.cancelled(row.id, prepared.failure);
      return 'finished';
    }
    const card = prepared.card;
    const details = { gateway_customer_id: card.customerId, gateway_payment_method_id: card.paymentMethodId, brand: card.brand, last4: card.last4, history_id: card.historyId, card_id: input.saveCard ? card.id : null };
    if (!(await this.deps.topups.update(row.id, token, details, this.now()))) return 'lost';
    return this.deps.payment.pay({ ...row, ...details }, token);
  }

  private now(): string {
    return this.deps.clock.now().toISOString();
  }
}
