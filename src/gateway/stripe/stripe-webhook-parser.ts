import Stripe from 'stripe';
import type { Clock } from '../../clock.js';
import type { GatewayEvent, IntentStatus } from '../payment-gateway.js';
import { toCardDetails } from './to-card-details.js';
import { toDecline, toIntentStatus } from './to-intent-state.js';

/** A webhook that cannot be trusted: bad or missing signature, a timestamp outside the tolerance
 * (replay) or in the future, or a signed body that is not an event. Answer 400 and do not process. */
export class InvalidWebhookSignature extends Error {
  constructor(
    readonly reason: 'signature' | 'stale' | 'future' | 'malformed',
    message: string,
  ) {
    super(message);
    this.name = 'InvalidWebhookSignature';
  }
}

export interface StripeWebhookParserOptions {
  /** The endpoint's signing secret (whsec_…). */
  secret: string;
  clock: Clock;
  /** Oldest accepted signature, in seconds; Stripe's default is 300. */
  toleranceSeconds?: number;
  /** How far ahead of our clock a signature may be dated (clock skew), in seconds. */
  futureSkewSeconds?: number;
}

/** Verifies a Stripe webhook and translates it into the port's GatewayEvent. The HTTP route and
 * the event-id deduplication live with the webhooks feature. */
export class StripeWebhookParser {
  private readonly toleranceSeconds: number;
  private readonly futureSkewSeconds: number;

  constructor(private readonly options: StripeWebhookParserOptions) {
    this.toleranceSeconds = options.toleranceSeconds ?? 300;
    this.futureSkewSeconds = options.futureSkewSeconds ?? 30;
  }

  /** `rawBody` must be the exact bytes Stripe sent: a re-serialized JSON body fails the check. */
  parse(rawBody: string | Buffer, signatureHeader: string | undefined): GatewayEvent {
    const nowMs = this.options.clock.now().getTime();
    let event: Stripe.Event;
    try {
      // The SDK checks the HMAC and refuses signatures older than the tolerance, measured from
      // our clock (receivedAt) rather than the process's.
      event = Stripe.webhooks.constructEvent(rawBody, signatureHeader ?? '', this.options.secret, this.toleranceSeconds, undefined, nowMs);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (error instanceof SyntaxError) throw new InvalidWebhookSignature('malformed', 'The signed body is not JSON');
      throw new InvalidWebhookSignature(/tolerance/i.test(message) ? 'stale' : 'signature', message);
    }
    // The SDK only bounds the age: a timestamp in the future passes it. A validly signed but
    // future-dated header would stretch the replay window, so refuse it here.
    const signedAt = signatureTimestamp(signatureHeader ?? '');
    if (signedAt === undefined || signedAt * 1000 > nowMs + this.futureSkewSeconds * 1000) {
      throw new InvalidWebhookSignature('future', 'Webhook timestamp is in the future');
    }
    if (!event || typeof event.id !== 'string' || typeof event.type !== 'string') {
      throw new InvalidWebhookSignature('malformed', 'The signed body is not a Stripe event');
    }
    return translate(event);
  }
}

function translate(event: Stripe.Event): GatewayEvent {
  if (event.type.startsWith('payment_intent.')) {
    const intent = event.data.object as Stripe.PaymentIntent;
    const status = intentStatusOrUndefined(intent);
    // A status newer than this code: acknowledge it and let recovery read the intent later.
    if (!status) return { id: event.id, type: 'ignored', gatewayType: event.type };
    return {
      id: event.id,
      type: 'intent_updated',
      intentId: intent.id,
      status,
      ...(status === 'declined' ? { decline: toDecline(intent.last_payment_error) } : {}),
    };
  }
  // Only the card updater's change is news. `payment_method.updated` also reports our own PATCH
  // of the dates, sent before their verification hold decides, and arrives in any order: taking it
  // would save dates that the verification refused.
  if (event.type === 'payment_method.automatically_updated') {
    const method = event.data.object as Stripe.PaymentMethod;
    if (method.card) return { id: event.id, type: 'payment_method_updated', paymentMethodId: method.id, card: toCardDetails(method) };
  }
  return { id: event.id, type: 'ignored', gatewayType: event.type };
}

function intentStatusOrUndefined(intent: Stripe.PaymentIntent): IntentStatus | undefined {
  try {
    return toIntentStatus(intent);
  } catch {
    return undefined;
  }
}

function signatureTimestamp(header: string): number | undefined {
  const part = header.split(',').find((item) => item.trim().startsWith('t='));
  const seconds = part ? Number(part.trim().slice(2)) : NaN;
  return Number.isFinite(seconds) ? seconds : undefined;
}
