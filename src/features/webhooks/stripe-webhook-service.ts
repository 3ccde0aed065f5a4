import type { Knex } from 'knex';
import type { Clock } from '../../clock.js';
import { AppError } from '../../errors.js';
import type { GatewayEvent } from '../../gateway/payment-gateway.js';
import type { Logger } from '../../logger.js';
import type { AuthenticationCompletion } from '../cards/authentication-completion.js';
import type { CardUpdaterExpiry } from '../cards/card-updater-expiry.js';
import type { WebhookEventStore } from './webhook-event-store.js';

/** Verifies a delivery and turns it into a port event (the gateway adapter's parser). Throws on a
 * signature that cannot be trusted. */
export interface WebhookParser {
  parse(rawBody: Buffer | string, signatureHeader: string | undefined): GatewayEvent;
}

export type WebhookReceipt = { received: true; duplicate: boolean; type: GatewayEvent['type'] };

/**
 * Stripe delivers each event at least once, in any order. An event's id is recorded in the same
 * transaction as its effect, so a redelivery (or two deliveries at once) changes nothing twice; a
 * failure rolls both back and Stripe retries.
 */
export class StripeWebhookService {
  constructor(
    private readonly deps: {
      db: Knex;
      parser: WebhookParser | undefined;
      events: WebhookEventStore;
      completion: AuthenticationCompletion;
      expiry: CardUpdaterExpiry;
      clock: Clock;
      logger: Logger;
    },
  ) {}

  async receive(rawBody: Buffer | string, signatureHeader: string | undefined): Promise<WebhookReceipt> {
    const { parser, events, logger } = this.deps;
    if (!parser) throw new AppError('not_found', 'Stripe webhooks are not enabled on this deployment: set STRIPE_WEBHOOK_SECRET to the endpoint\'s signing secret.');
    let event: GatewayEvent;
    try {
      event = parser.parse(rawBody, signatureHeader);
    } catch (error) {
      logger.warn({ err: { message: error instanceof Error ? error.message : String(error) } }, 'webhook refused: signature not valid');
      throw new AppError('invalid_signature', 'The Stripe-Signature header does not match this body, or its timestamp is outside the tolerance.');
    }
    let afterCommit = async () => {};
    try {
      await this.deps.db.transaction(async (trx) => {
        await events.record(trx, { id: event.id, gateway: 'stripe', type: event.type, processedAt: this.deps.clock.now().toISOString() });
        afterCommit = await this.apply(trx, event);
      });
    } catch (error) {
      if (!events.isDuplicate(error)) throw error;
      logger.info({ event_id: event.id }, 'webhook event already processed');
      return { received: true, duplicate: true, type: event.type };
    }
    await afterCommit();
    logger.info({ event_id: event.id, type: event.type }, 'webhook event processed');
    return { received: true, duplicate: false, type: event.type };
  }

  private async apply(trx: Knex.Transaction, event: GatewayEvent): Promise<() => Promise<void>> {
    switch (event.type) {
      case 'intent_updated':
        return (await this.deps.completion.completeFromEvent(trx, event.intentId, { status: event.status, ...(event.decline ? { decline: event.decline } : {}) })).afterCommit;
      case 'payment_method_updated':
        await this.deps.expiry.applyGatewayUpdate(trx, event.paymentMethodId, event.card);
        return async () => {};
      case 'ignored':
        return async () => {};
    }
  }
}
