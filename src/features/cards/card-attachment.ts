import { AppError } from '../../errors.js';
import { isGatewayError, type CardDetails, type PaymentGateway } from '../../gateway/payment-gateway.js';
import type { AuthenticationCompletion } from './authentication-completion.js';
import type { CardHistory } from './card-history.js';
import type { HistoryRow } from './card-history-store.js';
import type { CardRefusals } from './card-refusals.js';
import type { CardStore } from './card-store.js';

export type Attached = { paymentMethodId: string; card: CardDetails };

const SUPERSEDED_MESSAGE = '3-D Secure was not completed: the card was entered again, and that newer try replaces this one.';

/** Attaching the entered payment method to the account's customer (keyed on the history entry),
 * its card described in the history, and the duplicate check on its fingerprint. */
export class CardAttachment {
  constructor(
    private readonly deps: { gateway: PaymentGateway; cardHistory: CardHistory; cards: CardStore; completion: AuthenticationCompletion; refusals: CardRefusals },
  ) {}

  async attach(history: HistoryRow, customerId: string, paymentMethod: string): Promise<{ attached: Attached; history: HistoryRow }> {
    const { gateway, cardHistory } = this.deps;
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
    if (outcome.outcome === 'declined') return this.deps.refusals.declinedAtAttach(history, outcome.decline);
    const attached = { paymentMethodId: outcome.paymentMethodId, card: outcome.card };
    return { attached, history: await cardHistory.describeCard(history, attached.paymentMethodId, attached.card) };
  }

  /** The same physical card (fingerprint) twice in one account is refused. */
  async refuseDuplicate(history: HistoryRow, attached: Attached): Promise<void> {
    const existing = await this.deps.cards.findLiveByFingerprint(history.account_id, attached.card.fingerprint);
    if (!existing) return;
    // A customer who left the 3-D Secure page and starts over with the same card means the new try.
    const waiting = existing.status === 'requires_action' ? await this.deps.completion.pendingChallengeOf(existing.id) : undefined;
    if (waiting && (await this.deps.completion.abandon(waiting, SUPERSEDED_MESSAGE, { detach: false }))) return;
    await this.deps.refusals.duplicate(history, attached.paymentMethodId, existing);
  }
}
