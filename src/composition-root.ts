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
import { createPageRoutes } from './features/pages/page-routes.js';
import { OnboardingService } from './features/onboarding/onboarding-service.js';
import { createOnboardingRoutes } from './features/onboarding/onboarding-routes.js';
import { VerificationCodeStore } from './features/onboarding/verification-code-store.js';
import { VerificationCodes } from './features/onboarding/verification-codes.js';
import { registrationCode } from './features/onboarding/registration-code.js';
import { createReferenceRoutes } from './features/reference/reference-routes.js';
import { SessionService } from './features/sessions/session-service.js';
import { createSessionRoutes } from './features/sessions/session-routes.js';
import { SupportAuditStore } from './features/support/support-audit-store.js';
import { createSupportRoutes } from './features/support/support-routes.js';
import { SupportSearchStore } from './features/support/support-search-store.js';
import { AccountSearchStore } from './features/accounts/account-search.js';
import { CardHolderQueries } from './features/cards/card-holders.js';
import { SupportAccountService } from './features/support/support-account-service.js';
import { SupportAuditReads } from './features/support/support-audit-reads.js';
import { SupportAuditTrail } from './features/support/support-audit-trail.js';
import { SupportCardRecords } from './features/support/support-card-records.js';
import { SupportChargeRecords } from './features/support/support-charge-records.js';
import { SupportSearch } from './features/support/support-search.js';
import type { Job } from './jobs/poller.js';
import type { Logger } from './logger.js';
import { MessageOutbox } from './messaging/message-outbox.js';
import { buildOpenApiDocument } from './openapi/openapi-document.js';
import { composeCards } from './composition/compose-cards.js';
import { createPayerRoutes } from './features/payers/payer-routes.js';
import { PayerService, type PayerUsage } from './features/payers/payer-service.js';
import { PayerStore } from './features/payers/payer-store.js';
import { composeCharges } from './composition/compose-charges.js';
import { PayLinks } from './features/pay-page/pay-links.js';
import type { CollectionTrigger, PastDueCharges } from './features/charges/past-due.js';
import { CardRetryStore } from './features/charges/card-retry-store.js';
import type { DeclinedVerifications } from './features/cards/declined-verifications.js';
import { CHARGE_ROUTES_WITH_OWN_KEYS } from './features/charges/charge-routes.js';
import { TOPUP_ROUTES_WITH_OWN_KEYS } from './features/balance/topup-routes.js';
import { composeOperations } from './composition/compose-operations.js';
import { composeTransferTickets } from './composition/compose-transfer-tickets.js';
import { composeBillingEvents } from './composition/compose-billing-events.js';
import { TRANSFER_TICKET_ROUTES_WITH_OWN_KEYS } from './features/transfer-tickets/transfer-ticket-routes.js';
import type { OperatorMetrics } from './metrics/operator-metrics.js';
import type { RedisConnection } from './redis/redis-connection.js';
import { composeBalance, composeBalanceCore } from './composition/compose-balance.js';
import { createGateway, createMessageTransport } from './composition/create-adapters.js';
import type { MessageTransport } from './messaging/message-transport.js';
import { FieldCipher, keysFromConfig } from './crypto/field-cipher.js';
import type { PaymentGateway } from './gateway/payment-gateway.js';
import { SimulatorGateway } from './gateway/simulator/simulator-gateway.js';
import { idempotency } from './http/idempotency.js';
import { IdempotencyStore } from './http/idempotency-store.js';
import { IDEMPOTENCY_KEY_TTL_SECONDS } from './http/idempotency-rules.js';
import { runOnKnex, type Reads } from './db/read-statements.js';
import { PaySessionService } from './features/pay-page/pay-session-service.js';
import { createPayRoutes } from './features/pay-page/pay-routes.js';

/** What tests may swap: time, message delivery, the gateway. */
export interface Overrides {
  clock?: Clock;
  messageTransport?: MessageTransport;
  gateway?: PaymentGateway;
  /** Runs the reads made outside transactions: the GET paths', and the charge path's before its
   * transactions (the account, the wallet, the simulator's key and intent). main passes
   * createReads'; by default they run on db. */
  reads?: Reads;
  /** The simulator's own connections (createSimulatorKnex, PostgreSQL): main passes them; by
   * default the simulator writes on db. Its commits are counted on the metrics all the same. */
  simulatorDb?: Knex;
}

export interface AppContext {
  config: Readonly<Config>;
  db: Knex;
  clock: Clock;
  logger: Logger;
  metrics: Registry;
  /** Decline rates, charge outcomes, backlogs, job lag, rate-limit rejections (GET /metrics). */
  operatorMetrics: OperatorMetrics;
  /** Set with REDIS_URL; closed on SIGTERM. */
  redis?: RedisConnection;
  /** The per-token limit, mounted on /v1 by the app. */
  tokenRateLimit: RequestHandler;
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
  /** The per-address limit of the public routes; the app applies it before the input checks. */
  publicRateLimit: RequestHandler;
  /** Feature routers, mounted by the app in this order. */
  routers: Router[];
  /** Background jobs the poller runs (message delivery, hold release, charge recovery). */
  jobs: Job[];
  /** The signed links of the pay page (notices carry them; tests open them). */
  payLinks: PayLinks;
  /** The charges feature's past-due port (the pay page, the account and support views). */
  pastDue: PastDueCharges;
}

/** The one place that composes the service: it and the `composition/` files it calls are the
 * only code that calls `new` on stores, adapters and services. */
export function createContext(config: Readonly<Config>, db: Knex, logger: Logger, overrides: Overrides = {}): AppContext {
  const clock = overrides.clock ?? systemClock;
  const reads = overrides.reads ?? runOnKnex;
  const metrics = new Registry();
  collectDefaultMetrics({ register: metrics });
  const operations = composeOperations({ config, db, clock, logger, metrics, ...(overrides.simulatorDb ? { simulatorDb: overrides.simulatorDb } : {}) });
  const { operatorMetrics } = operations;

  const tokenVerifier = new TokenVerifier({
    secret: config.AUTH_JWT_SECRET,
    jwksUrl: config.AUTH_JWKS_URL,
    issuer: config.AUTH_ISSUER,
    audience: config.AUTH_AUDIENCE,
    jwksCacheSeconds: config.AUTH_JWKS_CACHE_SECONDS,
    jwksCooldownSeconds: config.AUTH_JWKS_COOLDOWN_SECONDS,
    maxTtlSeconds: config.AUTH_MAX_TOKEN_TTL_SECONDS,
    clock: systemClock,
  });
  const tokenIssuer = new TokenIssuer({
    secret: config.AUTH_JWT_SECRET,
    issuer: config.AUTH_ISSUER,
    audience: config.AUTH_AUDIENCE,
    ttlSeconds: config.AUTH_TOKEN_TTL_SECONDS,
    // Tokens live in wall-clock time on both sides: an identity provider's tokens do too, and a
    // token must not expire or start early because a test moved the service's clock.
    clock: systemClock,
  });
  const fieldCipher = new FieldCipher(keysFromConfig(config.DATA_ENCRYPTION_KEY), 'v1');
  const outbox = new MessageOutbox(db, overrides.messageTransport ?? createMessageTransport(config), clock, logger, fieldCipher);
  const publicLimit = operations.publicRateLimit;

  const accounts = new AccountStore(db, reads);
  const codes = new VerificationCodes(new VerificationCodeStore(db), outbox, clock, {
    ttlSeconds: config.CODE_TTL_SECONDS,
    resendSeconds: config.CODE_RESEND_SECONDS,
    maxAttempts: config.CODE_MAX_ATTEMPTS,
    maxFailures: config.CODE_MAX_FAILURES,
  }, config.CODE_SECRET);
  // The gateway's name marks the automatic top-ups the balance records (the gateway itself comes later).
  const balance = composeBalanceCore({ db, reads, accounts, clock, logger, outbox, gatewayName: overrides.gateway?.name ?? config.GATEWAY });
  const accountService = new AccountService(db, accounts, registrationCode(codes), tokenIssuer, clock, balance.balanceService);
  const sessionService = new SessionService(db, accounts, codes, tokenIssuer, logger);
  // Payers come before the features that act for one (cards, charges, top-ups); what they say
  // about a payer's use is bound once those features exist (payerUsage, below).
  let payerUsage: PayerUsage | undefined;
  // Past-due charges, bound once charges exist: the account shows them, and cards, top-ups and
  // the pay page collect them.
  let pastDue: PastDueCharges | undefined;
  const payerStore = new PayerStore(db, reads);
  const payerService = new PayerService({
    db, payers: payerStore, accounts, clock, maxPayers: config.MAX_PAYERS_PER_ACCOUNT,
    usage: { inUse: (trx, accountId, payerId) => payerUsage!.inUse(trx, accountId, payerId) },
  });
  const onboardingService = new OnboardingService(db, accountService, accounts, codes, clock, config.EMAIL_GRACE_SECONDS, payerService);

  const routers: Router[] = [
    createHealthRoutes({ db, metrics, ...(operations.redis ? { redis: operations.redis } : {}) }),
    createDocsRoutes(buildOpenApiDocument(config.PUBLIC_BASE_URL)),
    createReferenceRoutes(),
    createPageRoutes({
      gateway: config.GATEWAY,
      ...(config.STRIPE_PUBLISHABLE_KEY ? { stripePublishableKey: config.STRIPE_PUBLISHABLE_KEY } : {}),
      ...(config.TRANSFER_BANK_DETAILS ? { transferBankDetails: config.TRANSFER_BANK_DETAILS } : {}),
    }),
    createAccountRoutes({ accountService, publicRateLimit: publicLimit, pastDue: { summaryOf: (accountId) => pastDue!.summaryOf(accountId) } }),
    createSessionRoutes({ sessionService, publicRateLimit: publicLimit }),
    createOnboardingRoutes({
      onboardingService,
      publicRateLimit: publicLimit,
      codeTtlSeconds: config.CODE_TTL_SECONDS,
      resendSeconds: config.CODE_RESEND_SECONDS,
    }),
  ];
  const jobs: Job[] = [{ name: 'message-delivery', runOnce: () => outbox.deliverDue() }];

  const gateway = overrides.gateway ?? createGateway(config, overrides.simulatorDb ?? db, clock, reads);
  const simulator = gateway instanceof SimulatorGateway ? gateway : undefined;
  // The card-network counters, per physical card: charges count their off-session tries in them,
  // and a declined card verification counts as a customer-initiated declined try (the customer is
  // there, entering the card).
  const cardRetryStore = new CardRetryStore(db, gateway.name, reads);
  const declinedVerifications: DeclinedVerifications = { countIn: (trx, declined) => cardRetryStore.countDeclinedIn(trx, declined, declined, 'customer') };
  // Pay links (the pay page): in the notices of past-due charges and expiring cards.
  const payLinks = new PayLinks({ secret: config.AUTH_JWT_SECRET, issuer: config.AUTH_ISSUER, publicBaseUrl: config.PUBLIC_BASE_URL, ttlSeconds: config.PAY_LINK_TTL_SECONDS, clock });
  const cards = composeCards({ config, db, reads, clock, logger, gateway, fieldCipher, accounts, accountService, operatorMetrics, declinedVerifications, payers: payerService, outbox,
    // A card that can pay again collects the account's past-due charges at once (after its commit).
    cardUsable: (accountId, why) => collectInBackground(accountId, why),
    payLinkFor: (accountId) => payLinks.urlFor(accountId) });
  const charges = composeCharges({ config, db, reads, clock, logger, gateway, balanceCharges: balance.balanceCharges, retryStore: cardRetryStore, outbox, payLinks, operatorMetrics });
  pastDue = charges.pastDue;
  const collectInBackground = (accountId: string, why: CollectionTrigger) => {
    void pastDue!.collectNow(accountId, why).catch((error: unknown) => logger.warn({ account_id: accountId, trigger: why, err: { message: error instanceof Error ? error.message : String(error) } }, 'collecting past-due charges failed; the schedule retries them'));
  };
  routers.push(createPayerRoutes({ payerService }), ...cards.routers, ...charges.routers);
  // A payer is in use while the cards feature keeps a live card of it or a charge of it is being paid.
  payerUsage = {
    inUse: async (trx, accountId, payerId) => (await cards.stores.cards.payerHasCards(accountId, payerId, trx)) || (await charges.chargeStore.hasOpenForPayer(trx, payerId)),
  };
  jobs.push(...cards.jobs, ...charges.jobs);
  const supportAudit = new SupportAuditStore(db, reads);
  const topups = composeBalance({ config, db, clock, logger, gateway, fieldCipher, core: balance, audit: supportAudit, cards: cards.entry, cardStore: cards.stores.cards, payers: payerService, networkRetryGuard: charges.networkRetryGuard, operatorMetrics,
    afterTopupPaid: (accountId) => collectInBackground(accountId, 'topup_paid') });
  routers.push(...topups.routers);
  jobs.push(...topups.jobs);
  const transferTickets = composeTransferTickets({ db, reads, clock, logger, outbox, accounts, transfers: topups.transferService, audit: supportAudit });
  routers.push(...transferTickets.routers);

  // ---- pay page -------------------------------------------------------------------------------
  // The pay link's session and the customer's past-due routes, over the charges feature's port.
  const paySessions = new PaySessionService({ links: payLinks, tokens: tokenIssuer, clock, maxTtlSeconds: config.AUTH_TOKEN_TTL_SECONDS, signInUrl: config.PUBLIC_BASE_URL });
  routers.push(createPayRoutes({ paySessions, pastDue: charges.pastDue, publicRateLimit: publicLimit, gateway: config.GATEWAY }));
  // ---- end of pay page -------------------------------------------------------------------------

  // Support: read-only over accounts, cards and charges; every read is audited.
  const supportTrail = new SupportAuditTrail(supportAudit, clock);
  routers.push(createSupportRoutes({
    search: new SupportSearch(new SupportSearchStore(new AccountSearchStore(db, reads), new CardHolderQueries(db)), supportTrail),
    accounts: new SupportAccountService({
      accounts,
      payers: payerStore,
      cards: new SupportCardRecords({ cards: cards.stores.cards, history: cards.stores.history, holds: cards.stores.holds, cipher: fieldCipher, clock, logger }),
      charges: new SupportChargeRecords(charges.chargeStore, charges.pastDue),
      balance: balance.supportReader,
      trail: supportTrail,
      clock,
      emailGraceSeconds: config.EMAIL_GRACE_SECONDS,
    }),
    audit: new SupportAuditReads(supportAudit, supportTrail),
  }));
  const billingEvents = composeBillingEvents({ config, db, reads, clock, logger, metrics, audit: supportAudit });
  routers.push(...billingEvents.routers);
  jobs.push(...billingEvents.jobs);

  const idempotencyStore = new IdempotencyStore(db, fieldCipher);
  const idempotencyKeys = idempotency({ store: idempotencyStore, clock, logger, lockSeconds: config.IDEMPOTENCY_LOCK_SECONDS, ownKeys: [...CHARGE_ROUTES_WITH_OWN_KEYS, ...TOPUP_ROUTES_WITH_OWN_KEYS, ...TRANSFER_TICKET_ROUTES_WITH_OWN_KEYS] });
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
    operatorMetrics,
    ...(operations.redis ? { redis: operations.redis } : {}),
    tokenRateLimit: operations.tokenRateLimit,
    tokenVerifier,
    tokenIssuer,
    outbox,
    gateway,
    ...(simulator ? { simulator } : {}),
    fieldCipher,
    idempotency: idempotencyKeys,
    publicRateLimit: publicLimit,
    routers,
    jobs: jobs.map((job) => operatorMetrics.instrumentJob(job)),
    payLinks,
    pastDue: charges.pastDue,
  };
}
