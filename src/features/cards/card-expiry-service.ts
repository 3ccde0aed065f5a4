import type { PaymentGateway } from '../../gateway/payment-gateway.js';
import type { AccountService } from '../accounts/account-service.js';
import type { CardVerification, PlacedHold, VerificationResult } from './card-verification.js';
import type { ExpiryUpdateEntry } from './expiry-update-entry.js';
import type { ExpiryUpdateOutcomes } from './expiry-update-outcomes.js';
import type { GatewayCleanup } from './gateway-cleanup.js';
import type { HoldRow } from './hold-store.js';

/** New expiry dates typed by the customer (`PATCH /v1/cards/{id}`), verified with a new hold. The
 * steps: `ExpiryUpdateEntry` (before the gateway), the gateway's update and the hold,
 * `ExpiryUpdateOutcomes`. (Dates pushed by the gateway's card updater: `CardUpdaterExpiry`.) */
export class CardExpiryService {
  constructor(
    private readonly deps: {
      entry: ExpiryUpdateEntry;
      outcomes: ExpiryUpdateOutcomes;
      gateway: PaymentGateway;
      verification: CardVerification;
      accountService: AccountService;
      cleanup: GatewayCleanup;
      publicBaseUrl: string;
    },
  ) {}

  /** The gateway gets the new dates first (the hold must test them); on a decline our card keeps
   * its old dates and the gateway's are put back. */
  async update(accountId: string, cardId: string, expiry: { month: number; year: number }): Promise<VerificationResult> {
    const { outcomes } = this.deps;
    const { card, customerId, history } = await this.deps.entry.begin(accountId, cardId, expiry);
    try {
      await this.deps.gateway.updateExpiry({ paymentMethodId: card.gateway_payment_method_id, expMonth: expiry.month, expYear: expiry.year, idempotencyKey: `expiry:${history.id}` });
    } catch (error) {
      throw await outcomes.failed(history, error);
    }
    let placed: { hold: HoldRow; outcome: PlacedHold };
    try {
      const returnUrl = `${this.deps.publicBaseUrl}/v1/cards/${card.id}/authentication-return`;
      placed = await this.deps.verification.authorize({ accountId, historyId: history.id, customerId, paymentMethodId: card.gateway_payment_method_id, currency: (await this.deps.accountService.get(accountId)).currency, returnUrl });
    } catch (error) {
      await this.deps.cleanup.revertExpiry(history, card);
      throw await outcomes.failed(history, error);
    }
    return outcomes.record(history, card, placed.hold, placed.outcome);
  }
}
