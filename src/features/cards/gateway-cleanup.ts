import type { PaymentGateway } from '../../gateway/payment-gateway.js';
import type { Logger } from '../../logger.js';
import type { HistoryRow } from './card-history-store.js';
import type { CardRow } from './card-store.js';

/**
 * Undoes at the gateway what a failed verification left there. Best effort, after the outcome is
 * committed: a refused payment method left attached is clutter, and a reverted expiry that fails is
 * corrected by the next update; neither may turn a recorded outcome into an error.
 */
export class GatewayCleanup {
  constructor(
    private readonly gateway: PaymentGateway,
    private readonly logger: Logger,
  ) {}

  /** `ownerId` is the row the detach is about (a history entry, a deleted card): the key. */
  async detach(ownerId: string, paymentMethodId: string): Promise<void> {
    await this.bestEffort(ownerId, 'detach a payment method', () =>
      this.gateway.detachPaymentMethod({ paymentMethodId, idempotencyKey: `detach:${ownerId}` }),
    );
  }

  /** An intent left waiting for 3-D Secure, which should not stay open. False when the cancel
   * failed: the caller decides who retries it. */
  cancelIntent(ownerId: string, intentId: string): Promise<boolean> {
    return this.bestEffort(ownerId, 'cancel an abandoned intent', () => this.gateway.cancelIntent({ intentId, idempotencyKey: `cancel:${ownerId}` }));
  }

  /** The gateway got the new dates before the hold that declined; put the old ones back. */
  async revertExpiry(history: HistoryRow, card: CardRow): Promise<void> {
    await this.bestEffort(history.id, 'restore the previous expiry', () =>
      this.gateway.updateExpiry({
        paymentMethodId: card.gateway_payment_method_id,
        expMonth: card.exp_month,
        expYear: card.exp_year,
        idempotencyKey: `expiry-revert:${history.id}`,
      }),
    );
  }

  /** What a failed verification leaves to undo, by the kind of entry. */
  async afterFailure(history: HistoryRow, card: CardRow | undefined): Promise<void> {
    if (history.action === 'add' && history.gateway_payment_method_id) await this.detach(history.id, history.gateway_payment_method_id);
    if (history.action === 'update_expiry' && card) await this.revertExpiry(history, card);
  }

  private async bestEffort(ownerId: string, what: string, call: () => Promise<unknown>): Promise<boolean> {
    try {
      await call();
      return true;
    } catch (error) {
      this.logger.warn({ owner_id: ownerId, err: { message: error instanceof Error ? error.message : String(error) } }, `could not ${what}`);
      return false;
    }
  }
}
