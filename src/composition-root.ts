import type { RequestHandler, Router } from 'express';
import type { Knex } from 'knex';
import { collectDefaultMetrics, Registry } from 'prom-client';
import { TokenIssuer } from './auth/token-issuer.js';
import { TokenVerifier } from './auth/token-verifier.js';
import { systemClock, type Clock } from './clock.js';
import type { Config } from './config.js';
import { AccountService } from './features/accounts/account-service.js';
import { AccountStore } from './features/accounts/account-store.js';
import { createAccountRoutes } from './features/accounts/account-routes.js';
import { createDocsRoutes } from './features/docs/docs-routes.js';
import { createHealthRoutes } from './features/health/health-routes.js';
import { OnboardingService } from './features/onboarding/onboarding-service.js';
import { createOnboardingRoutes } from './features/onboarding/onboarding-routes.js';
import { VerificationCodeStore } from './features/onboarding/verification-code-store.js';
import { VerificationCodes } from './features/onboarding/verification-codes.js';
import { createReferenceRoutes } from './features/reference/reference-routes.js';
import { SessionService } from './features/sessions/session-service.js';
import { createSessionRoutes } from './features/sessions/session-routes.js';
import { SupportAuditStore } from './features/support/support-audit-store.js';
import { createSupportRoutes } from './features/support/support-routes.js';
import { SupportSearchStore } from './features/support/support-search-store.js';
import { SupportService } from './features/support/support-service.js';
import { publicRateLimit } from './http/rate-limits.js';
import type { Job } from './jobs/poller.js';
import type { Logger } from './logger.js';
import { ConsoleTransport } from './messaging/console-transport.js';
import { MessageOutbox } from './messaging/message-outbox.js';
import { buildOpenApiDocument } from './openapi/openapi-document.js';
import type { MessageTransport } from './messaging/message-transport.js';
import { SmtpTransport } from './messaging/smtp-transport.js';
import { WebhookTransport } from './messaging/webhook-transport.js';
import { FieldCipher, keysFromConfig } from './crypto/field-cipher.js';
import { AbandonedChallenges } from './features/cards/abandoned-challenges.js';
import { AddCardService } from './features/cards/add-card-service.js';
import { AuthenticationCompletion } from './features/cards/authentication-completion.js';
import { CardExpiryService } from './features/cards/card-expiry-service.js';
import { CardGuards } from './features/cards/card-guards.js';
import { CardHistory } from './features/cards/card-history.js';
import { CardHistoryStore } from './features/cards/card-history-store.js';
import { CardManagementService } from './features/cards/card-management-service.js';
import { createCardRoutes } from './features/cards/card-routes.js';
import { CardStore } from './features/cards/card-store.js';
import { CardVerification } from './features/cards/card-verification.js';
import { GatewayCleanup } from './features/cards/gateway-cleanup.js';
import { GatewayCustomers } from './features/cards/gateway-customers.js';
import { HoldReleaser } from './features/cards/hold-releaser.js';
import { HoldStore } from './features/cards/hold-store.js';
import { VerificationRecorder } from './features/cards/verification-recorder.js';
import { StripeWebhookService } from './features/webhooks/stripe-webhook-service.js';
import { WebhookEventStore } from './features/webhooks/webhook-event-store.js';
import { createWebhookRoutes } from './features/webhooks/webhook-routes.js';
import type { PaymentGateway } from './gateway/payment-gateway.js';
import { SimulatorGateway } from './gateway/simulator/simulator-gateway.js';
import { StripeGateway } from './gateway/stripe/stripe-gateway.js';
import { ChargeAttempts } from './features/charges/charge-attempts.js';
import { ChargeFallback } from './features/charges/charge-fallback.js';
import { ChargeRecovery } from './features/charges/charge-recovery.js';
import { createChargeRoutes } from './features/charges/charge-routes.js';
import { ChargeService } from './features/charges/charge-service.js';
import { ChargeStore } from './features/charges/charge-store.js';
import { ChargeableCards } from './features/charges/chargeable-cards.js';
import { idempotency } from './http/idempotency.js';
import { IdempotencyStore } from './http/idempotency-store.js';
import { IDEMPOTENCY_KEY_TTL_SECONDS } from './http/idempotency-rules.js';
import { StripeWebhookParser } from './gateway/stripe/stripe-webhook-parser.js';

/** What tests may swap: time, message delivery, the gateway. */
export interface Overrides {
  clock?: Clock;
  messageTransport?: MessageTransport;
  gateway?: PaymentGateway;
}

export interface AppContext {
  config: Readonly<Config>;
  db: Knex;
  clock: Clock;
  logger: Logger;
  metrics: Registry;
  tokenVerifier: TokenVerifier;
  tokenIssuer: TokenIssuer;
  outbox: MessageOutbox;
  gateway: PaymentGateway;
  /** Set when GATEWAY=simulator: the app serves its 3-D Secure page, tests inject failures. */
  simulator?: SimulatorGateway;
  /** ID numbers at rest (support decrypts with it). */
  fieldCipher: FieldCipher;
  /** Stores and replays POST responses by Idempotency-Key; mounted after `authenticate`. */
  idempotency: RequestHandler;
  /** Feature routers, mounted by the app in this order. */
  routers: Router[];
  /** Background jobs the poller runs (message delivery, hold release, charge recovery). */
  jobs: Job[];
}

function createMessageTransport(config: Readonly<Config>): MessageTransport {
  const webhook = config.MESSAGE_WEBHOOK_URL ? new WebhookTransport({ url: config.MESSAGE_WEBHOOK_URL }) : undefined;
  switch (config.MESSAGE_TRANSPORT) {
    case 'webhook':
      return webhook ?? new ConsoleTransport();
    case 'smtp':
      return new SmtpTransport({ smtpUrl: config.SMTP_URL ?? '', from: config.MESSAGE_FROM, smsTransport: webhook ?? new ConsoleTransport() });
    case 'console':
      return new ConsoleTransport();
  }
}

function createGateway(config: Readonly<Config>, db: Knex, clock: Clock): PaymentGateway {
  if (config.GATEWAY === 'stripe') {
    return new StripeGateway({
      secretKey: config.STRIPE_SECRET_KEY ?? '',
      ...(config.STRIPE_API_HOST ? { apiHost: config.STRIPE_API_HOST } : {}),
      ...(config.STRIPE_API_PORT ? { apiPort: config.STRIPE_API_PORT } : {}),
      ...(config.STRIPE_API_PROTOCOL ? { apiProtocol: config.STRIPE_API_PROTOCOL } : {}),
      timeoutMs: config.STRIPE_TIMEOUT_MS,
    });
  }
  return new SimulatorGateway({ db, clock, latencyMs: config.SIMULATOR_LATENCY_MS, publicBaseUrl: config.PUBLIC_BASE_URL });
}

/** The only place that calls `new` on stores, adapters and services. */
export function createContext(config: Readonly<Config>, db: Knex, logger: Logger, overrides: Overrides = {}): AppContext {
  const clock = overrides.clock ?? systemClock;
  const metrics = new Registry();
  collectDefaultMetrics({ register: metrics });

  const tokenVerifier = new TokenVerifier({
    secret: config.AUTH_JWT_SECRET,
    jwksUrl: config.AUTH_JWKS_URL,
    issuer: config.AUTH_ISSUER,
    audience: config.AUTH_AUDIENCE,
  });
  const tokenIssuer = new TokenIssuer({
    secret: config.AUTH_JWT_SECRET,
    issuer: config.AUTH_ISSUER,
    audience: config.AUTH_AUDIENCE,
    ttlSeconds: config.AUTH_TOKEN_TTL_SECONDS,
    clock,
  });
  const fieldCipher = new FieldCipher(keysFromConfig(config.DATA_ENCRYPTION_KEY), 'v1');
  const outbox = new MessageOutbox(db, overrides.messageTransport ?? createMessageTransport(config), clock, logger, fieldCipher);
  const publicLimit = publicRateLimit(config.RATE_LIMIT_PUBLIC_PER_MINUTE);

  const accounts = new AccountStore(db);
  const codes = new VerificationCodes(new VerificationCodeStore(db), outbox, clock, {
    ttlSeconds: config.CODE_TTL_SECONDS,
    resendSeconds: config.CODE_RESEND_SECONDS,
    maxAttempts: config.CODE_MAX_ATTEMPTS,
    maxFailures: config.CODE_MAX_FAILURES,
  }, config.CODE_SECRET);
  const accountService = new AccountService(db, accounts, codes, outbox, tokenIssuer, clock);
  const sessionService = new SessionService(db, accounts, codes, outbox, tokenIssuer, logger);
  const onboardingService = new OnboardingService(db, accountService, accounts, codes, outbox, clock, config.EMAIL_GRACE_SECONDS);

  const routers: Router[] = [
    createHealthRoutes({ db, metrics }),
    createDocsRoutes(buildOpenApiDocument(config.PUBLIC_BASE_URL)),
    createReferenceRoutes(),
    createAccountRoutes({ accountService, publicRateLimit: publicLimit }),
    createSessionRoutes({ sessionService, publicRateLimit: publicLimit }),
    createOnboardingRoutes({
      onboardingService,
      publicRateLimit: publicLimit,
      codeTtlSeconds: config.CODE_TTL_SECONDS,
      resendSeconds: config.CODE_RESEND_SECONDS,
    }),
  ];
  const jobs: Job[] = [{ name: 'message-delivery', runOnce: () => outbox.deliverDue() }];

  // Cards: the vault, its verification holds and the gateway's webhooks.
  const gateway = overrides.gateway ?? createGateway(config, db, clock);
  const simulator = gateway instanceof SimulatorGateway ? gateway : undefined;
  const cardStore = new CardStore(db);
  const cardHistoryStore = new CardHistoryStore(db);
  const holdStore = new HoldStore(db);
  const cardHistory = new CardHistory(cardHistoryStore, clock, logger);
  const cardGuards = new CardGuards({ cards: cardStore, history: cardHistoryStore, clock, failuresPerDay: config.CARD_FAILURES_PER_DAY, maxCards: config.MAX_CARDS_PER_ACCOUNT });
  const gatewayCustomers = new GatewayCustomers(db, gateway, clock);
  const cardVerification = new CardVerification(gateway, holdStore, clock);
  const verificationRecorder = new VerificationRecorder({ accounts, cards: cardStore, history: cardHistoryStore, holds: holdStore, clock, holdReleaseDelaySeconds: config.HOLD_RELEASE_DELAY_SECONDS });
  const gatewayCleanup = new GatewayCleanup(gateway, logger);
  const cardFlow = { db, gateway, cards: cardStore, holds: holdStore, recorder: verificationRecorder, cleanup: gatewayCleanup, clock, logger };
  const authenticationCompletion = new AuthenticationCompletion({ ...cardFlow, history: cardHistoryStore });
  const addCard = new AddCardService({ ...cardFlow, accountService, guards: cardGuards, customers: gatewayCustomers, cardHistory, verification: cardVerification, cipher: fieldCipher, completion: authenticationCompletion, publicBaseUrl: config.PUBLIC_BASE_URL });
  const cardExpiry = new CardExpiryService({ ...cardFlow, accountService, guards: cardGuards, customers: gatewayCustomers, cardHistory, historyStore: cardHistoryStore, verification: cardVerification, publicBaseUrl: config.PUBLIC_BASE_URL });
  const cardManagement = new CardManagementService({ db, cards: cardStore, history: cardHistoryStore, completion: authenticationCompletion, cleanup: gatewayCleanup, clock, logger });
  const stripeWebhooks = new StripeWebhookService({
    db,
    parser: config.STRIPE_WEBHOOK_SECRET ? new StripeWebhookParser({ secret: config.STRIPE_WEBHOOK_SECRET, clock }) : undefined,
    events: new WebhookEventStore(),
    completion: authenticationCompletion,
    expiry: cardExpiry,
    clock,
    logger,
  });
  routers.push(
    createCardRoutes({ addCard, completion: authenticationCompletion, expiry: cardExpiry, management: cardManagement }),
    createWebhookRoutes({ stripeWebhooks }),
  );
  jobs.push(
    new HoldReleaser({ gateway, holds: holdStore, history: cardHistoryStore, cleanup: gatewayCleanup, clock, logger }),
    new AbandonedChallenges({ holds: holdStore, completion: authenticationCompletion, clock, logger }),
  );

  // Charges: fallback over the account's cards, exactly once per key, settled by recovery.
  const chargeStore = new ChargeStore(db);
  const chargeFallback = new ChargeFallback(
    chargeStore,
    new ChargeableCards(db, gateway.name),
    new ChargeAttempts(chargeStore, gateway, clock, logger, { retries: 2, delayMs: 200 }),
    clock,
    { leaseSeconds: config.CHARGE_LEASE_SECONDS },
  );
  const chargeService = new ChargeService(chargeStore, accounts, chargeFallback, clock, { maxAmountUsd: config.CHARGE_MAX_AMOUNT_USD });
  const chargeRecovery = new ChargeRecovery(chargeStore, chargeFallback, clock, logger);
  routers.push(createChargeRoutes({ chargeService }));
  jobs.push({ name: 'charge-recovery', runOnce: () => chargeRecovery.runOnce() });

  // Support: read-only over accounts, cards and charges; every read is audited.
  const supportService = new SupportService({
    accounts,
    search: new SupportSearchStore(db),
    audit: new SupportAuditStore(db),
    cards: cardStore,
    history: cardHistoryStore,
    holds: holdStore,
    charges: chargeStore,
    cipher: fieldCipher,
    clock,
    logger,
    emailGraceSeconds: config.EMAIL_GRACE_SECONDS,
  });
  routers.push(createSupportRoutes({ supportService }));

  const idempotencyStore = new IdempotencyStore(db, fieldCipher);
  const idempotencyKeys = idempotency({ store: idempotencyStore, clock, logger, lockSeconds: config.IDEMPOTENCY_LOCK_SECONDS });
  jobs.push({
    name: 'idempotency-key-expiry',
    runOnce: () => idempotencyStore.deleteCreatedBefore(new Date(clock.now().getTime() - IDEMPOTENCY_KEY_TTL_SECONDS * 1000).toISOString()),
  });

  return {
    config,
    db,
    clock,
    logger,
    metrics,
    tokenVerifier,
    tokenIssuer,
    outbox,
    gateway,
    ...(simulator ? { simulator } : {}),
    fieldCipher,
    idempotency: idempotencyKeys,
    routers,
    jobs,
  };
}
