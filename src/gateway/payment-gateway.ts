/**
 * The payment gateway port, in our own words. The core (cards, charges, jobs) only ever talks to
 * this interface; Stripe types never leave `gateway/stripe/`, and the simulator implements the same
 * port in-process.
 *
 * Expected outcomes (a decline, a 3-D Secure challenge) are values. Infrastructure failures are
 * thrown as `GatewayError` with a `kind` the caller can act on:
 *  - `retryable`: this request was refused before it acted (connection refused, rate limited);
 *    the same call with the same idempotency key may be sent again. An SDK that resends on its own
 *    may end here after an earlier try went through, so money movements still replay their key
 *    rather than assume nothing happened.
 *  - `indeterminate`: the request may or may not have taken effect (timeout, 5xx, a 409 while an
 *    earlier request under the same key still runs). Never resend a
 *    money movement blindly: read the intent's state instead.
 *  - `fatal`: a bug or misconfiguration (bad key, invalid request); retrying will not help.
 *
 * Every state-changing call takes an `idempotencyKey` that the caller derives from its own
 * persisted row id, so a retry after a crash lands on the same gateway object.
 */

export type CardBrand = 'visa' | 'mastercard' | 'amex' | 'discover' | 'diners' | 'jcb' | 'unionpay' | 'unknown';

export interface CardDetails {
  brand: CardBrand;
  last4: string;
  expMonth: number;
  expYear: number;
  /** Same physical card number → same fingerprint (per gateway account). */
  fingerprint: string;
  funding?: 'credit' | 'debit' | 'prepaid' | 'unknown';
  country?: string;
}

/** A decline as the gateway reported it. `code` is Stripe's error code (`card_declined`,
 * `expired_card`, `incorrect_cvc`, `processing_error`, `authentication_required`, …);
 * `declineCode` is Stripe's decline_code when there is one (`insufficient_funds`, `lost_card`, …). */
export interface Decline {
  code: string;
  declineCode?: string;
  message: string;
  /** The gateway's advice on retrying: `do_not_try_again`, `try_again_later` or
   * `confirm_card_data` (Stripe's advice_code), when it gave one. */
  adviceCode?: string;
  /** The issuer's raw response code as the network passed it on (Visa `43`, `51`, …). */
  networkDeclineCode?: string;
  /** The network's own advice: Mastercard's Merchant Advice Code (`03`, `21`, `24`–`30`, …). */
  networkAdviceCode?: string;
  /** The card's network when the gateway named it with the decline (`visa`, `mastercard`, …). */
  network?: string;
  /** The gateway's request id, for support. */
  requestId?: string;
}

export type AttachOutcome =
  | { outcome: 'attached'; paymentMethodId: string; card: CardDetails }
  | { outcome: 'declined'; decline: Decline };

export type HoldOutcome =
  | { outcome: 'held'; intentId: string }
  // A $0 verification (amount 0) the gateway or the card's network cannot do: nothing happened.
  | { outcome: 'zero_amount_refused'; intentId?: undefined }
  | { outcome: 'requires_action'; intentId: string; redirectUrl: string }
  | { outcome: 'declined'; intentId?: string; decline: Decline };

export type ReleaseOutcome = { outcome: 'released' | 'refunded' | 'already_released' };

export type ChargeOutcome =
  | { outcome: 'succeeded'; intentId: string }
  | { outcome: 'declined'; intentId: string; decline: Decline };

/** How an on-session payment (a top-up, the customer present) ended its confirmation. */
export type PaymentOutcome =
  | { outcome: 'succeeded'; intentId: string }
  | { outcome: 'requires_action'; intentId: string; redirectUrl: string }
  | { outcome: 'declined'; intentId: string; decline: Decline };

/** What an intent looks like now, read back from the gateway (recovery, 3-D Secure return). */
export type IntentStatus =
  | 'created' // never confirmed: no money moved
  | 'requires_action' // waiting for the customer's 3-D Secure challenge
  | 'processing'
  | 'held' // authorized, not captured (verification holds)
  | 'succeeded' // captured (charges)
  | 'declined' // the last confirmation failed; `decline` says why
  | 'canceled'; // released hold or abandoned intent

export interface IntentState {
  intentId: string;
  status: IntentStatus;
  amount: number;
  currency: string; // upper case ISO 4217
  decline?: Decline;
}

/** Events a gateway pushes to us (Stripe webhooks), already verified and translated. */
export type GatewayEvent =
  | { id: string; type: 'intent_updated'; intentId: string; status: IntentStatus; decline?: Decline }
  | { id: string; type: 'payment_method_updated'; paymentMethodId: string; card: CardDetails }
  | { id: string; type: 'ignored'; gatewayType: string };

export interface PaymentGateway {
  readonly name: 'simulator' | 'stripe';

  /** One gateway customer per account. */
  ensureCustomer(input: { accountId: string; email: string; idempotencyKey: string }): Promise<{ customerId: string }>;

  /** `paymentMethod` is the token the frontend got from the gateway (`pm_…`, or Stripe's test ids
   * such as `pm_card_visa`). Cards that the gateway refuses at attach come back declined. */
  attachPaymentMethod(input: {
    customerId: string;
    paymentMethod: string;
    idempotencyKey: string;
  }): Promise<AttachOutcome>;

  detachPaymentMethod(input: { paymentMethodId: string; idempotencyKey: string }): Promise<void>;

  /** Authorize (manual capture, on-session) a verification hold. `returnUrl` is where the
   * 3-D Secure page sends the customer back to. `amount: 0` asks for a $0 account verification
   * (Stripe: a SetupIntent, whose id then stands for the intent in `releaseHold` and `getIntent`);
   * `zero_amount_refused` when it cannot be done for this card. */
  authorizeHold(input: {
    customerId: string;
    paymentMethodId: string;
    amount: number; // minor units
    currency: string;
    returnUrl: string;
    idempotencyKey: string;
    metadata?: Record<string, string>;
  }): Promise<HoldOutcome>;

  /** Void an authorized hold (refund it if it was captured). Safe to call twice. */
  releaseHold(input: { intentId: string; idempotencyKey: string }): Promise<ReleaseOutcome>;

  /** Step one of an off-session charge: create the intent without confirming it, so its id can
   * be persisted before any money moves. */
  createCharge(input: {
    customerId: string;
    paymentMethodId: string;
    amount: number;
    currency: string;
    description?: string;
    idempotencyKey: string;
    metadata?: Record<string, string>;
  }): Promise<{ intentId: string }>;

  /** Step two: confirm off-session. */
  confirmCharge(input: { intentId: string; idempotencyKey: string }): Promise<ChargeOutcome>;

  /** Step two of an on-session payment (an intent from `createCharge`): the customer is present, so
   * the bank may ask for 3-D Secure (`requires_action`, the page sends the customer back to
   * `returnUrl`). `setupFutureUsage` also sets the card up for later off-session charges. */
  confirmPayment(input: { intentId: string; returnUrl: string; setupFutureUsage: boolean; idempotencyKey: string }): Promise<PaymentOutcome>;

  /** Cancel an intent that was created but never confirmed (or whose confirmation failed). */
  cancelIntent(input: { intentId: string; idempotencyKey: string }): Promise<void>;

  updateExpiry(input: {
    paymentMethodId: string;
    expMonth: number;
    expYear: number;
    idempotencyKey: string;
  }): Promise<CardDetails>;

  getIntent(intentId: string): Promise<IntentState>;
}

export type GatewayErrorKind = 'retryable' | 'indeterminate' | 'fatal';

export class GatewayError extends Error {
  constructor(
    readonly kind: GatewayErrorKind,
    message: string,
    readonly details: { requestId?: string; gatewayCode?: string; httpStatus?: number } = {},
  ) {
    super(message);
    this.name = 'GatewayError';
  }
}

export const isGatewayError = (error: unknown): error is GatewayError => error instanceof GatewayError;

/** The gateway refused the request itself (a 4xx that is not a card decline: Stripe's
 * invalid_request_error, authentication and permission errors, a reused idempotency key). It is an
 * integration error on our side: retrying cannot help and nothing happened at the gateway, so it
 * must neither read as a decline nor as an outage. */
export const isGatewayRefusal = (error: GatewayError): boolean => error.kind === 'fatal';
