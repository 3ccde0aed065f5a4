import nock from 'nock';
import type { PaymentGateway } from '../../src/gateway/payment-gateway.js';

// nock intercepts every http request and fetch from the moment it is imported, and under Node 20
// its fetch interception breaks plain fetch POSTs ("unusable"), which other suites in the same
// mocha run make. Interception is therefore on only while a StripeApiMock is started.
nock.restore();

export type StripeRoute =
  | 'customers.create'
  | 'paymentMethods.attach'
  | 'paymentMethods.detach'
  | 'paymentMethods.update'
  | 'paymentMethods.retrieve'
  | 'paymentIntents.create'
  | 'paymentIntents.confirm'
  | 'paymentIntents.cancel'
  | 'paymentIntents.retrieve'
  | 'refunds.create'
  | 'setupIntents.create'
  | 'setupIntents.retrieve';

/** One request the adapter sent, with its form body flattened the way Stripe reads it
 * (`metadata[account_id]`, `allowed_payment_method_types[0]`, …). */
export interface StripeRequest {
  route: StripeRoute;
  method: string;
  path: string;
  /** The object id in the path (`pm_…`, `pi_…`), when there is one. */
  id?: string;
  form: Record<string, string>;
  contentType?: string;
  idempotencyKey?: string;
}

/** What a test may make Stripe answer instead of the default. */
export type StripeReply =
  | { status: number; body: unknown }
  // ECONNREFUSED (never sent), ECONNRESET (maybe sent), or ETIMEDOUT: the error the SDK raises when
  // its own timeout fires (a real delay would not trip it: under nock the socket is simulated).
  | { networkError: string };

const routes: Array<{ route: StripeRoute; method: string; pattern: RegExp }> = [
  { route: 'customers.create', method: 'POST', pattern: /^\/v1\/customers$/ },
  { route: 'paymentMethods.attach', method: 'POST', pattern: /^\/v1\/payment_methods\/([^/]+)\/attach$/ },
  { route: 'paymentMethods.detach', method: 'POST', pattern: /^\/v1\/payment_methods\/([^/]+)\/detach$/ },
  { route: 'paymentMethods.update', method: 'POST', pattern: /^\/v1\/payment_methods\/([^/]+)$/ },
  { route: 'paymentMethods.retrieve', method: 'GET', pattern: /^\/v1\/payment_methods\/([^/]+)$/ },
  { route: 'paymentIntents.create', method: 'POST', pattern: /^\/v1\/payment_intents$/ },
  { route: 'paymentIntents.confirm', method: 'POST', pattern: /^\/v1\/payment_intents\/([^/]+)\/confirm$/ },
  { route: 'paymentIntents.cancel', method: 'POST', pattern: /^\/v1\/payment_intents\/([^/]+)\/cancel$/ },
  { route: 'paymentIntents.retrieve', method: 'GET', pattern: /^\/v1\/payment_intents\/([^/]+)$/ },
  { route: 'refunds.create', method: 'POST', pattern: /^\/v1\/refunds$/ },
  { route: 'setupIntents.create', method: 'POST', pattern: /^\/v1\/setup_intents$/ },
  { route: 'setupIntents.retrieve', method: 'GET', pattern: /^\/v1\/setup_intents\/([^/]+)$/ },
];

/**
 * Stripe's API under nock, for the Stripe adapter's tests. By default it answers like Stripe test
 * mode (a small stateful fake: customers, payment methods, intents, a few test cards, idempotent
 * replays); a test overrides only the reply its scenario is about. Every request is recorded with
 * its form body and Idempotency-Key. The network is closed except loopback, and a request to an
 * endpoint the mock does not know fails the test in `stop()`.
 */
export class StripeApiMock {
  readonly requests: StripeRequest[] = [];
  private readonly unmatched: string[] = [];
  private readonly overrides = new Map<StripeRoute, StripeReply[]>();
  private readonly replays = new Map<string, { signature: string; status: number; body: unknown }>();
  private readonly methods = new Map<string, StripeObject>();
  private readonly intents = new Map<string, StripeObject>();
  private readonly detached = new Set<string>();
  private readonly setups = new Map<string, StripeObject>();
  private created = 0;
  // nock reports every request it does not intercept, loopback ones (supertest, a local server)
  // included; only requests that tried to leave the machine are a test bug.
  private readonly onNoMatch = (request: { method?: string; url?: string }) => {
    const host = URL.canParse(request.url ?? '') ? new URL(request.url!).hostname : '';
    if (!/^(127\.0\.0\.1|localhost|\[::1\])$/.test(host)) this.unmatched.push(`${request.method ?? '?'} ${request.url ?? '?'}`);
  };

  constructor(readonly origin = 'https://api.stripe.com') {}

  start(): this {
    if (!nock.isActive()) nock.activate();
    nock.disableNetConnect();
    nock.enableNetConnect(/^(127\.0\.0\.1|localhost)(:\d+)?$/);
    nock.emitter.on('no match', this.onNoMatch);
    const scope = nock(this.origin).persist();
    for (const method of ['get', 'post', 'delete'] as const) scope[method](/.*/).reply((request) => this.handle(request));
    return this;
  }

  /** Closes the mock; throws when a request reached no known endpoint, so the test fails loudly. */
  stop(): void {
    nock.emitter.removeListener('no match', this.onNoMatch);
    nock.cleanAll();
    nock.enableNetConnect();
    nock.restore();
    if (this.unmatched.length > 0) throw new Error(`Unexpected requests to Stripe: ${this.unmatched.join(', ')}`);
  }

  /** The next `times` calls to `route` get `reply` instead of the default. */
  replyWith(route: StripeRoute, reply: StripeReply, times = 1): this {
    const queue = this.overrides.get(route) ?? [];
    for (let i = 0; i < times; i++) queue.push(reply);
    this.overrides.set(route, queue);
    return this;
  }

  /** A 402 card error for `route`, as Stripe sends a decline. */
  declineWith(route: StripeRoute, error: { code: string; decline_code?: string; message?: string }): this {
    return this.replyWith(route, { status: 402, body: stripeError('card_error', { message: 'Your card was declined.', ...error }) });
  }

  /** The requests sent to `route`, oldest first. */
  sent(route: StripeRoute): StripeRequest[] {
    return this.requests.filter((request) => request.route === route);
  }

  /** The only request sent to `route`; throws when there were none or several. */
  only(route: StripeRoute): StripeRequest {
    const sent = this.sent(route);
    if (sent.length !== 1) throw new Error(`Expected one ${route} request, got ${sent.length}`);
    return sent[0]!;
  }

  /** The customer passes or fails the 3-D Secure page of an intent waiting for it. */
  completeAuthentication(intentId: string, outcome: 'complete' | 'fail'): void {
    const intent = this.intents.get(intentId);
    if (intent?.status !== 'requires_action') throw new Error(`${intentId} is not waiting for authentication`);
    intent.next_action = null;
    if (outcome === 'complete') intent.status = intent.capture_method === 'manual' ? 'requires_capture' : 'succeeded';
    else Object.assign(intent, { status: 'requires_payment_method', last_payment_error: { type: 'invalid_request_error', ...authenticationFailure } });
  }

  /** Stripe test mode, reduced to what the adapter uses. */
  private answer(request: StripeRequest): [number, unknown] {
    const { form, id = '' } = request;
    const metadata = Object.fromEntries(Object.entries(form).flatMap(([k, v]) => (k.startsWith('metadata[') ? [[k.slice(9, -1), v]] : [])));
    const intent = this.intents.get(id);
    const method = this.methods.get(id);
    switch (request.route) {
      case 'customers.create':
        return [200, { id: this.newId('cus'), object: 'customer', email: form.email ?? null, metadata }];
      case 'paymentMethods.attach': {
        const card = testCards[id];
        if (card?.declines === 'on_attach') return [402, stripeError('card_error', card.error)];
        if (!card && !method) return missing('PaymentMethod', id);
        if (this.detached.has(id)) return [400, stripeError('invalid_request_error', { code: 'payment_method_unexpected_state', message: 'This PaymentMethod was detached from a Customer and may not be used again.' })];
        const attached = method ?? stripePaymentMethod({ id: this.newId('pm'), testCard: id, card: cardObject(card!) });
        attached.customer = form.customer ?? null;
        this.methods.set(String(attached.id), attached);
        return [200, attached];
      }
      case 'paymentMethods.detach':
        if (!method) return missing('PaymentMethod', id);
        if (!method.customer) return [400, stripeError('invalid_request_error', { code: 'payment_method_unexpected_state', message: 'The payment method you provided is not attached to a customer so detachment is impossible.' })];
        method.customer = null;
        this.detached.add(id);
        return [200, method];
      case 'paymentMethods.update':
        if (!method) return missing('PaymentMethod', id);
        Object.assign(method.card as StripeObject, { exp_month: Number(form['card[exp_month]']), exp_year: Number(form['card[exp_year]']) });
        return [200, method];
      case 'paymentMethods.retrieve':
        return method ? [200, method] : missing('PaymentMethod', id);
      case 'paymentIntents.create': {
        const created = stripePaymentIntent({
          id: this.newId('pi'),
          amount: Number(form.amount),
          currency: form.currency,
          customer: form.customer ?? null,
          payment_method: form.payment_method ?? null,
          capture_method: form.capture_method ?? 'automatic',
          description: form.description ?? null,
          metadata,
        });
        this.intents.set(String(created.id), created);
        return form.confirm === 'true' ? this.confirm(created, form) : [200, created];
      }
      case 'paymentIntents.confirm':
        if (!intent) return missing('payment_intent', id);
        if (intent.status !== 'requires_confirmation' && intent.status !== 'requires_payment_method') return unexpectedState(intent, 'confirm');
        return this.confirm(intent, form);
      case 'paymentIntents.cancel':
        if (!intent) return missing('payment_intent', id);
        if (intent.status === 'succeeded' || intent.status === 'canceled') return unexpectedState(intent, 'cancel');
        return [200, Object.assign(intent, { status: 'canceled', next_action: null })];
      case 'paymentIntents.retrieve':
        return intent ? [200, intent] : missing('payment_intent', id);
      case 'refunds.create':
        return [200, { id: this.newId('re'), object: 'refund', payment_intent: form.payment_intent, status: 'succeeded' }];
      case 'setupIntents.create': {
        // A $0 verification: the test cards that decline payments decline it too.
        const card = testCards[String(this.methods.get(form.payment_method ?? '')?.testCard ?? '')];
        const declined = card?.declines === 'on_payment';
        const setup = {
          id: this.newId('seti'),
          object: 'setup_intent',
          customer: form.customer ?? null,
          payment_method: form.payment_method ?? null,
          usage: form.usage ?? 'off_session',
          status: declined ? 'requires_payment_method' : 'succeeded',
          last_setup_error: declined ? { type: 'card_error', ...card!.error } : null,
          next_action: null,
          metadata,
        };
        this.setups.set(setup.id, setup);
        return [200, setup];
      }
      case 'setupIntents.retrieve':
        return this.setups.has(id) ? [200, this.setups.get(id)] : missing('setup_intent', id);
    }
  }

  private confirm(intent: StripeObject, form: Record<string, string>): [number, unknown] {
    const paymentMethod = String(intent.payment_method);
    const card = testCards[String(this.methods.get(paymentMethod)?.testCard ?? paymentMethod)] ?? testCards.pm_card_visa!;
    const decline = (error: StripeObject): [number, unknown] => {
      Object.assign(intent, { status: 'requires_payment_method', last_payment_error: { type: 'card_error', ...error } });
      return [402, stripeError('card_error', { ...error, payment_intent: intent })];
    };
    if (card.declines) return decline(card.error);
    if (card.authenticates && form.off_session === 'true') return decline(authenticationRequired);
    if (card.authenticates) {
      const url = `https://hooks.stripe.com/3d_secure_2/hosted?payment_intent=${intent.id}`;
      return [200, Object.assign(intent, { status: 'requires_action', next_action: { type: 'redirect_to_url', redirect_to_url: { url, return_url: form.return_url ?? null } } })];
    }
    return [200, Object.assign(intent, { status: intent.capture_method === 'manual' ? 'requires_capture' : 'succeeded', last_payment_error: null })];
  }

  private newId(prefix: string): string {
    return `${prefix}_mock_${++this.created}`;
  }

  private async handle(request: Request): Promise<[number, unknown, Record<string, string>]> {
    const url = new URL(request.url);
    const match = routes
      .map((route) => ({ ...route, found: route.method === request.method ? route.pattern.exec(url.pathname) : null }))
      .find((route) => route.found);
    if (!match?.found) {
      this.unmatched.push(`${request.method} ${url.pathname}`);
      return [501, stripeError('api_error', { message: `The Stripe mock has no ${request.method} ${url.pathname}` }), {}];
    }
    const recorded: StripeRequest = {
      route: match.route,
      method: request.method,
      path: url.pathname,
      ...(match.found[1] ? { id: decodeURIComponent(match.found[1]) } : {}),
      form: Object.fromEntries(new URLSearchParams(request.method === 'GET' ? url.search : await request.text())),
      ...(request.headers.get('content-type') ? { contentType: request.headers.get('content-type')! } : {}),
      ...(request.headers.get('idempotency-key') ? { idempotencyKey: request.headers.get('idempotency-key')! } : {}),
    };
    this.requests.push(recorded);
    const requestId = `req_mock_${this.requests.length}`;

    const override = this.overrides.get(match.route)?.shift();
    if (override && 'networkError' in override) throw Object.assign(new Error(override.networkError), { code: override.networkError });
    if (override && 'status' in override) return [override.status, override.body, { 'request-id': requestId }];

    // Stripe replays the first answer for a key and refuses the key with other parameters.
    const key = recorded.idempotencyKey;
    const signature = JSON.stringify([recorded.route, recorded.path, recorded.form]);
    const replay = key ? this.replays.get(key) : undefined;
    if (replay && replay.signature !== signature) {
      const message = 'Keys for idempotent requests can only be used with the same parameters they were first used with.';
      return [400, stripeError('idempotency_error', { message }), { 'request-id': requestId }];
    }
    if (replay) return [replay.status, replay.body, { 'request-id': requestId, 'idempotent-replayed': 'true' }];
    const [status, body] = this.answer(recorded);
    if (key && status < 500) this.replays.set(key, { signature, status, body: structuredClone(body) });
    return [status, body, { 'request-id': requestId }];
  }
}

type StripeObject = Record<string, unknown>;

interface MockTestCard {
  number: string;
  brand: string;
  funding: string;
  declines?: 'on_attach' | 'on_payment';
  authenticates?: boolean;
  error: StripeObject;
}

const authenticationRequired = { code: 'authentication_required', decline_code: 'authentication_required', message: 'Your card was declined. This transaction requires authentication.' };
const authenticationFailure = { code: 'payment_intent_authentication_failure', message: 'The provided PaymentMethod has failed authentication.' };
const cardDeclined = (decline_code: string, message = 'Your card was declined.') => ({ code: 'card_declined', decline_code, message });

/** The test cards the adapter's tests use, with the answers Stripe's testing docs give for them. */
const testCards: Record<string, MockTestCard> = {
  pm_card_visa: { number: '4242424242424242', brand: 'visa', funding: 'credit', error: {} },
  pm_card_mastercard: { number: '5555555555554444', brand: 'mastercard', funding: 'credit', error: {} },
  pm_card_visa_chargeDeclinedInsufficientFunds: {
    number: '4000000000009995', brand: 'visa', funding: 'credit', declines: 'on_attach',
    error: cardDeclined('insufficient_funds', 'Your card has insufficient funds.'),
  },
  pm_card_chargeDeclinedExpiredCard: {
    number: '4000000000000069', brand: 'visa', funding: 'credit', declines: 'on_attach',
    error: { code: 'expired_card', message: 'Your card has expired.' },
  },
  pm_card_chargeCustomerFail: { number: '4000000000000341', brand: 'visa', funding: 'credit', declines: 'on_payment', error: cardDeclined('generic_decline') },
  pm_card_authenticationRequired: { number: '4000002760003184', brand: 'visa', funding: 'credit', authenticates: true, error: {} },
};

const cardObject = (card: MockTestCard) => ({
  brand: card.brand,
  last4: card.number.slice(-4),
  exp_month: 12,
  exp_year: 2034,
  fingerprint: `fp${card.number.slice(-8)}mock`,
  funding: card.funding,
  country: 'US',
});

/** Stripe's error envelope, e.g. `stripeError('card_error', { code: 'card_declined', … })`. */
export function stripeError(type: string, fields: StripeObject): { error: StripeObject } {
  return { error: { type, ...fields } };
}

/** A card PaymentMethod as Stripe returns it; override any field. */
export function stripePaymentMethod(overrides: StripeObject = {}): StripeObject {
  return { id: 'pm_mock', object: 'payment_method', type: 'card', customer: null, card: cardObject(testCards.pm_card_visa!), ...overrides };
}

/** A PaymentIntent as Stripe returns it; override any field (status, last_payment_error, …). */
export function stripePaymentIntent(overrides: StripeObject = {}): StripeObject {
  return {
    id: 'pi_mock',
    object: 'payment_intent',
    amount: 100,
    currency: 'usd',
    status: 'requires_confirmation',
    capture_method: 'automatic',
    customer: null,
    payment_method: null,
    last_payment_error: null,
    next_action: null,
    metadata: {},
    ...overrides,
  };
}

const missing = (resource: string, id: string): [number, unknown] => [
  404,
  stripeError('invalid_request_error', { code: 'resource_missing', message: `No such ${resource}: '${id}'` }),
];

const unexpectedState = (intent: StripeObject, action: string): [number, unknown] => [
  400,
  stripeError('invalid_request_error', {
    code: 'payment_intent_unexpected_state',
    message: `You cannot ${action} this PaymentIntent because it has a status of ${String(intent.status)}.`,
    payment_intent: intent,
  }),
];

/** A payment intent made through the adapter against the mock, ready for the confirmation a test
 * is about: a customer, the test card attached, the intent created (each call answered by the
 * mock's defaults). */
export async function chargeToConfirm(gateway: PaymentGateway): Promise<{ intentId: string }> {
  const { customerId } = await gateway.ensureCustomer({ accountId: 'acct_1', email: 'ada@example.com', idempotencyKey: 'customer' });
  const attach = await gateway.attachPaymentMethod({ customerId, paymentMethod: 'pm_card_visa', idempotencyKey: 'attach' });
  if (attach.outcome !== 'attached') throw new Error('not attached');
  return gateway.createCharge({ customerId, paymentMethodId: attach.paymentMethodId, amount: 1000, currency: 'usd', idempotencyKey: 'create' });
}
