import type { Clock } from '../../clock.js';
import type { CardHistory } from '../cards/card-history.js';
import type { CardHistoryStore } from '../cards/card-history-store.js';
import type { GatewayCleanup } from '../cards/gateway-cleanup.js';
import type { TopupRow } from './topup-store.js';

/** The close of a top-up paid with a new card, whoever ended it (the request, a confirm, a cancel,
 * the settler). */
export class NewCardAfterPayment {
  constructor(private readonly deps: { cardHistory: CardHistory; historyStore: CardHistoryStore; cleanup: GatewayCleanup; clock: Clock }) {}

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
}
