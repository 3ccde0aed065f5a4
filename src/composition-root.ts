import type { Router } from 'express';
import type { Knex } from 'knex';
import { collectDefaultMetrics, Registry } from 'prom-client';
import { TokenIssuer } from './auth/token-issuer.js';
import { TokenVerifier } from './auth/token-verifier.js';
import { systemClock, type Clock } from './clock.js';
import type { Config } from './config.js';
import { AccountService } from './features/accounts/account-service.js';
import { AccountStore } from './features/accounts/account-store.js';
import { createAccountRoutes } from './features/accounts/account-routes.js';
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
import type { MessageTransport } from './messaging/message-transport.js';
import { SmtpTransport } from './messaging/smtp-transport.js';
import { WebhookTransport } from './messaging/webhook-transport.js';

/** What tests may swap: time, message delivery, the gateway. */
export interface Overrides {
  clock?: Clock;
  messageTransport?: MessageTransport;
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
  const outbox = new MessageOutbox(db, overrides.messageTransport ?? createMessageTransport(config), clock, logger);
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
  const supportService = new SupportService(accounts, new SupportSearchStore(db), new SupportAuditStore(db), clock, config.EMAIL_GRACE_SECONDS);

  const routers: Router[] = [
    createHealthRoutes({ db, metrics }),
    createReferenceRoutes(),
    createAccountRoutes({ accountService, publicRateLimit: publicLimit }),
    createSessionRoutes({ sessionService, publicRateLimit: publicLimit }),
    createOnboardingRoutes({
      onboardingService,
      publicRateLimit: publicLimit,
      codeTtlSeconds: config.CODE_TTL_SECONDS,
      resendSeconds: config.CODE_RESEND_SECONDS,
    }),
    createSupportRoutes({ supportService }),
  ];
  const jobs: Job[] = [{ name: 'message-delivery', runOnce: () => outbox.deliverDue() }];

  return { config, db, clock, logger, metrics, tokenVerifier, tokenIssuer, outbox, routers, jobs };
}
