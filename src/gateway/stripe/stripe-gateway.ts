import Stripe from 'stripe';
import {
  GatewayError,
  type AttachOutcome,
  type CardDetails,
  type ChargeOutcome,
  type Decline,
  type HoldOutcome,
  type IntentState,
  type PaymentGateway,
  type PaymentOutcome,
  type ReleaseOutcome,
} from '../payment-gateway.js';
import { mapStripeError, toGatewayError } from './map-stripe-error.js';
import { toCardDetails } from './to-card-details.js';
import { toDecline, toIntentState, toIntentStatus } from './to-intent-state.js';

export interface StripeGatewayOptions {
  secretKey: string;
  /** A Stripe-compatible server instead of api.stripe.com (local testing). */
  apiHost?: string;
  apiPort?: number;
  apiProtocol?: 'http' | 'https';
  timeoutMs?: number;
  /** The SDK's own retries (connection errors, 409, 5xx), always with our idempotency key. */
  maxNetworkRetries?: number;
}

/** The port implemented with the official SDK. Every write carries the caller's idempotency key,
 * so a retry after a crash lands on the same Stripe object. */
export class StripeGateway implements PaymentGateway {
  readonly name = 'stripe' as const;
  private readonly stripe: Stripe;

  constructor(options: StripeGatewayOptions) {
    this.stripe = new Stripe(options.secretKey, {
      ...(options.apiHost ? { host: options.apiHost } : {}),
      ...(options.apiPort ? { port: options.apiPort } : {}),
      ...(options.apiProtocol ? { protocol: options.apiProtocol } : {}),
      maxNetworkRetries: options.maxNetworkRetries ?? 2,
      timeout: options.timeoutMs ?? 30_000,
    });
  }

  async ensureCustomer(input: { accountId: string; email: string; idempotencyKey: string }) {
    try {
      const customer = await this.stripe.customers.create(
        { email: input.email, metadata: { account_id: input.accountId } },
        { idempotencyKey: input.idempotencyKey },
      );
      return { customerId: customer.id };
    } catch (error) {
      throw toGatewayError(error);
    }
  }

  async attachPaymentMethod(input: { customerId: string; paymentMethod: string; idempotencyKey: string }): Promise<AttachOutcome> {
    try {
      // Attaching a test id such as pm_card_visa creates a new pm_… id: use the returned one.
      const method = await this.stripe.paymentMethods.attach(
        input.paymentMethod,
        { customer: input.customerId },
        { idempotencyKey: input.idempotencyKey },
      );
      return { outcome: 'attached', paymentMethodId: method.id, card: toCardDetails(method) };
    } catch (error) {
      const mapped = mapStripeError(error);
      if (mapped.kind === 'declined') return { outcome: 'declined', decline: mapped.decline };
      throw mapped.error;
    }
  }

  async detachPaymentMethod(input: { paymentMethodId: string; idempotencyKey: string }): Promise<void> {
    try {
      await this.stripe.paymentMethods.detach(input.paymentMethodId, {}, { idempotencyKey: input.idempotencyKey });
    } catch (error) {
      // Stripe refuses to detach twice; a payment method that is already detached is what we wanted.
      if (error instanceof Stripe.errors.StripeInvalidRequestError && (await this.isDetached(input.paymentMethodId))) return;
      throw toGatewayError(error);
    }
  }

  async authorizeHold(input: Parameters<PaymentGateway['authorizeHold']>[0]): Promise<HoldOutcome> {
    if (input.amount === 0) return this.verifyWithoutAmount(input);
    try {
      const intent = await this.stripe.paymentIntents.create(
        {
          amount: input.amount,
          currency: input.currency.toLowerCase(),
          customer: input.customerId,
          payment_method: input.paymentMethodId,
          allowed_payment_method_types: ['card'],
          // Authorize only: the hold is voided later, never captured.
          capture_method: 'manual',
          confirm: true,
          // The customer is present: a 3-D Secure challenge redirects to return_url, and the
          // authenticated card is set up for the off-session charges that follow.
          return_url: input.returnUrl,
          setup_future_usage: 'off_session',
          ...(input.metadata ? { metadata: input.metadata } : {}),
        },
        { idempotencyKey: input.idempotencyKey },
      );
      const status = toIntentStatus(intent);
      switch (status) {
        case 'held':
        case 'succeeded':
          return { outcome: 'held', intentId: intent.id };
        case 'requires_action': {
          const redirectUrl = intent.next_action?.redirect_to_url?.url;
          if (!redirectUrl) throw new GatewayError('fatal', `PaymentIntent ${intent.id} requires an action without a redirect url`, { gatewayCode: 'unsupported_next_action' });
          return { outcome: 'requires_action', intentId: intent.id, redirectUrl };
        }
        case 'declined':
          return { outcome: 'declined', intentId: intent.id, decline: toDecline(intent.last_payment_error) };
        case 'processing':
          throw new GatewayError('indeterminate', `PaymentIntent ${intent.id} is still processing`, { gatewayCode: 'processing' });
        case 'created':
        case 'canceled':
          throw new GatewayError('fatal', `PaymentIntent ${intent.id} is ${intent.status} after confirmation`, { gatewayCode: 'unexpected_status' });
      }
    } catch (error) {
      if (error instanceof GatewayError) throw error;
      const mapped = mapStripeError(error);
      if (mapped.kind === 'declined') return { outcome: 'declined', ...(mapped.intentId ? { intentId: mapped.intentId } : {}), decline: mapped.decline };
      throw mapped.error;
    }
  }

  /** A $0 verification: a SetupIntent, which has Stripe validate the card with the issuer (a $0
   * authorization, or Stripe's own fallback where the network cannot do $0) and sets it up for the
   * off-session charges that follow. Its id stands for the hold's intent from here on. */
  private async verifyWithoutAmount(input: Parameters<PaymentGateway['authorizeHold']>[0]): Promise<HoldOutcome> {
    try {
      const setup = await this.stripe.setupIntents.create(
        {
          customer: input.customerId,
          payment_method: input.paymentMethodId,
          allowed_payment_method_types: ['card'],
          usage: 'off_session',
          confirm: true,
          return_url: input.returnUrl,
          ...(input.metadata ? { metadata: input.metadata } : {}),
        },
        { idempotencyKey: input.idempotencyKey },
      );
      const status = toSetupStatus(setup);
      if (status === 'held') return { outcome: 'held', intentId: setup.id };
      if (status === 'declined') return { outcome: 'declined', intentId: setup.id, decline: toDecline(setup.last_setup_error) };
      if (status === 'requires_action') {
        const redirectUrl = setup.next_action?.redirect_to_url?.url;
        if (!redirectUrl) throw new GatewayError('fatal', `SetupIntent ${setup.id} requires an action without a redirect url`, { gatewayCode: 'unsupported_next_action' });
        return { outcome: 'requires_action', intentId: setup.id, redirectUrl };
      }
      if (status === 'processing') throw new GatewayError('indeterminate', `SetupIntent ${setup.id} is still processing`, { gatewayCode: 'processing' });
      throw new GatewayError('fatal', `SetupIntent ${setup.id} is ${setup.status} after confirmation`, { gatewayCode: 'unexpected_status' });
    } catch (error) {
      if (error instanceof GatewayError) throw error;
      const mapped = mapStripeError(error);
      if (mapped.kind === 'declined') return { outcome: 'declined', decline: mapped.decline };
      throw mapped.error;
    }
  }

  async releaseHold(input: { intentId: string; idempotencyKey: string }): Promise<ReleaseOutcome> {
    // A $0 verification holds no money: there is nothing to release.
    if (isSetupIntent(input.intentId)) return { outcome: 'released' };
    try {
      await this.stripe.paymentIntents.cancel(input.intentId, {}, { idempotencyKey: input.idempotencyKey });
      return { outcome: 'released' };
    } catch (error) {
      if (!isUnexpectedState(error)) throw toGatewayError(error);
    }
    // Cancel refused: the hold is canceled already, or was captured and must be refunded instead.
    const intent = await this.retrieve(input.intentId);
    if (intent.status === 'canceled') return { outcome: 'already_released' };
    if (intent.status !== 'succeeded') throw new GatewayError('fatal', `PaymentIntent ${intent.id} cannot be released from ${intent.status}`, { gatewayCode: 'payment_intent_unexpected_state' });
    try {
      await this.stripe.refunds.create({ payment_intent: intent.id }, { idempotencyKey: `${input.idempotencyKey}:refund` });
      return { outcome: 'refunded' };
    } catch (error) {
      if (error instanceof Stripe.errors.StripeInvalidRequestError && error.code === 'charge_already_refunded') return { outcome: 'already_released' };
      throw toGatewayError(error);
    }
  }

  async createCharge(input: Parameters<PaymentGateway['createCharge']>[0]): Promise<{ intentId: string }> {
    try {
      const intent = await this.stripe.paymentIntents.create(
        {
          amount: input.amount,
          currency: input.currency.toLowerCase(),
          customer: input.customerId,
          payment_method: input.paymentMethodId,
          allowed_payment_method_types: ['card'],
          // Created unconfirmed so that its id is stored before any money moves; off_session is
          // only accepted together with a confirmation, so it is sent on confirm.
          confirm: false,
          ...(input.description ? { description: input.description } : {}),
          ...(input.metadata ? { metadata: input.metadata } : {}),
        },
        { idempotencyKey: input.idempotencyKey },
      );
      return { intentId: intent.id };
    } catch (error) {
      throw toGatewayError(error);
    }
  }

  async confirmCharge(input: { intentId: string; idempotencyKey: string }): Promise<ChargeOutcome> {
    const confirmed = await this.confirmOrReadBack(input.intentId, { off_session: true }, input.idempotencyKey);
    if ('decline' in confirmed) return { outcome: 'declined', intentId: input.intentId, decline: confirmed.decline };
    const { intent } = confirmed;
    const status = toIntentStatus(intent);
    if (status === 'succeeded') return { outcome: 'succeeded', intentId: intent.id };
    if (status === 'declined') return { outcome: 'declined', intentId: intent.id, decline: toDecline(intent.last_payment_error) };
    if (status === 'processing') throw new GatewayError('indeterminate', `PaymentIntent ${intent.id} is still processing`, { gatewayCode: 'processing' });
    throw new GatewayError('fatal', `PaymentIntent ${intent.id} is ${intent.status} after an off-session confirmation`, { gatewayCode: 'payment_intent_unexpected_state' });
  }

  async confirmPayment(input: { intentId: string; returnUrl: string; setupFutureUsage: boolean; idempotencyKey: string }): Promise<PaymentOutcome> {
    // On session: no off_session flag, so the bank may ask for 3-D Secure, which sends the
    // customer back to return_url.
    const confirmed = await this.confirmOrReadBack(
      input.intentId,
      { return_url: input.returnUrl, ...(input.setupFutureUsage ? { setup_future_usage: 'off_session' as const } : {}) },
      input.idempotencyKey,
    );
    if ('decline' in confirmed) return { outcome: 'declined', intentId: input.intentId, decline: confirmed.decline };
    const { intent } = confirmed;
    const status = toIntentStatus(intent);
    if (status === 'succeeded') return { outcome: 'succeeded', intentId: intent.id };
    if (status === 'declined') return { outcome: 'declined', intentId: intent.id, decline: toDecline(intent.last_payment_error) };
    if (status === 'requires_action') {
      const redirectUrl = intent.next_action?.redirect_to_url?.url;
      if (!redirectUrl) throw new GatewayError('fatal', `PaymentIntent ${intent.id} requires an action without a redirect url`, { gatewayCode: 'unsupported_next_action' });
      return { outcome: 'requires_action', intentId: intent.id, redirectUrl };
    }
    if (status === 'processing') throw new GatewayError('indeterminate', `PaymentIntent ${intent.id} is still processing`, { gatewayCode: 'processing' });
    throw new GatewayError('fatal', `PaymentIntent ${intent.id} is ${intent.status} after an on-session confirmation`, { gatewayCode: 'payment_intent_unexpected_state' });
  }

  /** Confirms an intent. A card decline comes back as one; an intent confirmed before (a recovery
   * with a new key) is read back instead of confirmed again: it never pays twice. */
  private async confirmOrReadBack(intentId: string, params: Stripe.PaymentIntentConfirmParams, idempotencyKey: string): Promise<{ intent: Stripe.PaymentIntent } | { decline: Decline }> {
    try {
      return { intent: await this.stripe.paymentIntents.confirm(intentId, params, { idempotencyKey }) };
    } catch (error) {
      const mapped = mapStripeError(error);
      if (mapped.kind === 'declined') return { decline: mapped.decline };
      if (!isUnexpectedState(error)) throw mapped.error;
      return { intent: await this.retrieve(intentId) };
    }
  }

  async cancelIntent(input: { intentId: string; idempotencyKey: string }): Promise<void> {
    try {
      await this.stripe.paymentIntents.cancel(input.intentId, {}, { idempotencyKey: input.idempotencyKey });
    } catch (error) {
      if (isUnexpectedState(error) && (await this.retrieve(input.intentId)).status === 'canceled') return;
      throw toGatewayError(error);
    }
  }

  async updateExpiry(input: { paymentMethodId: string; expMonth: number; expYear: number; idempotencyKey: string }): Promise<CardDetails> {
    try {
      const method = await this.stripe.paymentMethods.update(
        input.paymentMethodId,
        { card: { exp_month: input.expMonth, exp_year: input.expYear } },
        { idempotencyKey: input.idempotencyKey },
      );
      return toCardDetails(method);
    } catch (error) {
      throw toGatewayError(error);
    }
  }

  async getIntent(intentId: string): Promise<IntentState> {
    if (isSetupIntent(intentId)) {
      try {
        const setup = await this.stripe.setupIntents.retrieve(intentId);
        const status = toSetupStatus(setup);
        return { intentId: setup.id, status, amount: 0, currency: 'USD', ...(status === 'declined' ? { decline: toDecline(setup.last_setup_error) } : {}) };
      } catch (error) {
        throw toGatewayError(error);
      }
    }
    return toIntentState(await this.retrieve(intentId));
  }

  private async retrieve(intentId: string): Promise<Stripe.PaymentIntent> {
    try {
      return await this.stripe.paymentIntents.retrieve(intentId);
    } catch (error) {
      throw toGatewayError(error);
    }
  }

  private async isDetached(paymentMethodId: string): Promise<boolean> {
    try {
      return (await this.stripe.paymentMethods.retrieve(paymentMethodId)).customer === null;
    } catch {
      return false;
    }
  }
}

const isSetupIntent = (intentId: string) => intentId.startsWith('seti_');

/** A SetupIntent's status in the words of the hold it stands for. */
function toSetupStatus(setup: Pick<Stripe.SetupIntent, 'id' | 'status' | 'last_setup_error'>): IntentState['status'] {
  switch (setup.status) {
    case 'succeeded':
      return 'held';
    case 'requires_action':
      return 'requires_action';
    case 'requires_payment_method':
      return setup.last_setup_error ? 'declined' : 'created';
    case 'requires_confirmation':
      return 'created';
    case 'processing':
      return 'processing';
    case 'canceled':
      return 'canceled';
    default:
      throw new GatewayError('fatal', `Unknown SetupIntent status "${setup.status}" on ${setup.id}`, { gatewayCode: 'unknown_status' });
  }
}

const isUnexpectedState = (error: unknown) =>
  error instanceof Stripe.errors.StripeInvalidRequestError && error.code === 'payment_intent_unexpected_state';
