import type { Knex } from 'knex';
import { AppError } from '../../errors.js';
import type { Decline } from '../../gateway/payment-gateway.js';
import type { Logger } from '../../logger.js';
import { verificationFailed } from './card-errors.js';
import type { CardHistory } from './card-history.js';
import type { HistoryRow } from './card-history-store.js';
import type { CardRow } from './card-store.js';
import type { PlacedHold } from './card-verification.js';
import type { GatewayCleanup } from './gateway-cleanup.js';
import type { HoldRow } from './hold-store.js';
import { brandName } from './rules/brand-name.js';
import type { VerificationRecorder } from './verification-recorder.js';

type DeclinedHold = Extract<PlacedHold, { outcome: 'declined' }>;

/** How an added card is refused: each refusal recorded in the card's history, the payment method
 * attached for it detached when nothing else holds it, and the error the customer gets. */
export class CardRefusals {
  constructor(
    private readonly deps: { db: Knex; recorder: VerificationRecorder; cardHistory: CardHistory; cleanup: GatewayCleanup; logger: Logger },
  ) {}

  /** The card declined when it was attached. */
  async declinedAtAttach(history: HistoryRow, decline: Decline): Promise<never> {
    await this.deps.recorder.recordDecline(this.deps.db, history, decline);
    this.deps.logger.info({ history_id: history.id, gateway_code: decline.code, decline_code: decline.declineCode }, 'card declined at attach');
    throw verificationFailed((await this.deps.cardHistory.get(history.id))!);
  }

  /** The hold could not be placed. A refused hold left nothing at the gateway but the payment
   * method just attached: undo it. (After other failures the hold may still exist, and the
   * recovery job settles it.) */
  async holdNotPlaced(history: HistoryRow, paymentMethodId: string, error: unknown): Promise<AppError> {
    const answer = await this.deps.cardHistory.failOnGatewayError(history, error);
    if (answer.code === 'gateway_error') await this.deps.cleanup.detach(history.id, paymentMethodId);
    return answer;
  }

  /** The card declined its verification hold. */
  async declinedHold(history: HistoryRow, hold: HoldRow, outcome: DeclinedHold, paymentMethodId: string): Promise<never> {
    await this.deps.db.transaction((trx) => this.deps.recorder.declined(trx, { hold, ...(outcome.intentId ? { intentId: outcome.intentId } : {}), history: { ...history, card_id: null }, decline: outcome.decline }));
    await this.deps.cleanup.detach(history.id, paymentMethodId);
    this.deps.logger.info({ history_id: history.id, gateway_code: outcome.decline.code, decline_code: outcome.decline.declineCode }, 'card verification hold declined');
    throw verificationFailed((await this.deps.cardHistory.get(history.id))!);
  }

  /** The same physical card is saved on the account already. A match with other dates is the same
   * card reissued or re-typed: say so, and point at the expiry update. */
  async duplicate(history: HistoryRow, paymentMethodId: string, existing: CardRow | undefined): Promise<never> {
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

  /** Parallel additions filled the account first. */
  async overLimit(history: HistoryRow, paymentMethodId: string, refusal: AppError): Promise<never> {
    await this.deps.cardHistory.fail(
      history,
      'card_limit_reached',
      refusal.detail,
      'Other cards were added to the account at the same time and it reached MAX_CARDS_PER_ACCOUNT before this one was saved: the card was not kept and its verification hold is released. The customer can delete a card and add this one again.',
    );
    await this.deps.cleanup.detach(history.id, paymentMethodId);
    throw new AppError('card_limit_reached', refusal.detail, { body: { history_id: history.id } });
  }
}
