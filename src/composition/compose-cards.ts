import type { Router } from 'express';
import type { Knex } from 'knex';
import type { Reads } from '../db/read-statements.js';
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { FieldCipher } from '../crypto/field-cipher.js';
import type { AccountService } from '../features/accounts/account-service.js';
import type { AccountStore } from '../features/accounts/account-store.js';
import { AbandonedChallenges } from '../features/cards/abandoned-challenges.js';
import { AddCardService } from '../features/cards/add-card-service.js';
import { CardAttachment } from '../features/cards/card-attachment.js';
import { CardEntry } from '../features/cards/card-entry.js';
import { CardRefusals } from '../features/cards/card-refusals.js';
import { NewCardRecording } from '../features/cards/new-card-recording.js';
import { AuthenticationCompletion } from '../features/cards/authentication-completion.js';
import { CardExpiryService } from '../features/cards/card-expiry-service.js';
import { CardUpdaterExpiry } from '../features/cards/card-updater-expiry.js';
import { ExpiryUpdateEntry } from '../features/cards/expiry-update-entry.js';
import { ExpiryUpdateOutcomes } from '../features/cards/expiry-update-outcomes.js';
import { CardGuards } from '../features/cards/card-guards.js';
import { CardHistory } from '../features/cards/card-history.js';
import { CardHistoryStore } from '../features/cards/card-history-store.js';
import { CardManagementService } from '../features/cards/card-management-service.js';
import { createCardRoutes } from '../features/cards/card-routes.js';
import { CardStore } from '../features/cards/card-store.js';
import { CardVerification } from '../features/cards/card-verification.js';
import type { CardUsableListener } from '../features/cards/verification-recorder.js';
import type { DeclinedVerifications } from '../features/cards/declined-verifications.js';
import { GatewayCleanup } from '../features/cards/gateway-cleanup.js';
import { GatewayCustomers } from '../features/cards/gateway-customers.js';
import { HoldReleaser } from '../features/cards/hold-releaser.js';
import { HoldStore } from '../features/cards/hold-store.js';
import { VerificationRecorder } from '../features/cards/verification-recorder.js';
import { StripeWebhookService } from '../features/webhooks/stripe-webhook-service.js';
import { WebhookEventStore } from '../features/webhooks/webhook-event-store.js';
import { createWebhookRoutes } from '../features/webhooks/webhook-routes.js';
import type { PaymentGateway } from '../gateway/payment-gateway.js';
import { StripeWebhookParser } from '../gateway/stripe/stripe-webhook-parser.js';
import type { Job } from '../jobs/poller.js';
import { atMostEvery } from '../jobs/at-most-every.js';
import type { MessageOutbox } from '../messaging/message-outbox.js';
import { ExpiryNotices } from '../features/cards/expiry-notices.js';
import type { Logger } from '../logger.js';
import type { OperatorMetrics } from '../metrics/operator-metrics.js';
import type { PayerDirectory } from '../features/payers/payer-service.js';

export interface CardsDependencies {
  config: Readonly<Config>;
  db: Knex;
  /** Runs the reads of the GET paths (see db/read-statements.ts). */
  reads: Reads;
  clock: Clock;
  logger: Logger;
  gateway: PaymentGateway;
  fieldCipher: FieldCipher;
  accounts: AccountStore;
  accountService: AccountService;
  operatorMetrics?: OperatorMetrics;
  /** The card-network counters a declined verification counts toward (the charges feature's). */
  declinedVerifications?: DeclinedVerifications;
  /** Which payer a card is for (the payers feature). */
  payers: PayerDirectory;
  /** Where the expiring-card notices are queued (without it, no notices are sent). */
  outbox?: MessageOutbox;
  /** Told after the commit when a card can pay again (past-due charges are collected then). */
  cardUsable?: CardUsableListener;
  /** A signed pay-page link for the account (the expiring-card notices point there). */
  payLinkFor?: (accountId: string) => Promise<string>;
}

// Expiring-card notices are a matter of days: one scan an hour is plenty.
const EXPIRY_SCAN_SECONDS = 3600;

/** Cards: the vault, its verification holds and the gateway's webhooks. */
export function composeCards({ config, db, reads, clock, logger, gateway, fieldCipher, accounts, accountService, operatorMetrics, declinedVerifications, payers, outbox, cardUsable, payLinkFor }: CardsDependencies) {
  const cardStore = new CardStore(db, reads);
  const cardHistoryStore = new CardHistoryStore(db, reads);
  const holdStore = new HoldStore(db, reads);
  const cardHistory = new CardHistory(cardHistoryStore, clock, logger);
  const cardGuards = new CardGuards({ cards: cardStore, history: cardHistoryStore, clock, failuresPerDay: config.CARD_FAILURES_PER_DAY, maxCards: config.MAX_CARDS_PER_ACCOUNT });
  const gatewayCustomers = new GatewayCustomers(db, gateway, clock);
  const cardVerification = new CardVerification(gateway, holdStore, clock, config.VERIFICATION_METHOD);
  const verificationRecorder = new VerificationRecorder({ accounts, cards: cardStore, history: cardHistoryStore, holds: holdStore, clock, holdReleaseDelaySeconds: config.HOLD_RELEASE_DELAY_SECONDS,
    listeners: {
      ...(declinedVerifications ? { declinedVerifications } : {}),
      ...(cardUsable ? { cardUsable } : {}),
      ...(operatorMetrics ? { onOutcome: (result, declineCode) => operatorMetrics.verificationOutcome(result, declineCode) } : {}),
    },
  });
  const gatewayCleanup = new GatewayCleanup(gateway, logger);
  const cardFlow = { db, gateway, payers, cards: cardStore, holds: holdStore, recorder: verificationRecorder, cleanup: gatewayCleanup, clock, logger };
  const authenticationCompletion = new AuthenticationCompletion({ ...cardFlow, history: cardHistoryStore });
  // Adding a card, step by step: entry, attachment, hold, recording; the refusals of each.
  const cardRefusals = new CardRefusals({ db, recorder: verificationRecorder, cardHistory, cleanup: gatewayCleanup, logger });
  const addCard = new AddCardService({
    entry: new CardEntry({ db, accountService, guards: cardGuards, customers: gatewayCustomers, payers, cardHistory, logger }),
    attachment: new CardAttachment({ gateway, cardHistory, cards: cardStore, completion: authenticationCompletion, refusals: cardRefusals }),
    verification: cardVerification,
    refusals: cardRefusals,
    recording: new NewCardRecording({ db, recorder: verificationRecorder, guards: cardGuards, cards: cardStore, holds: holdStore, refusals: cardRefusals, clock, logger }),
    cipher: fieldCipher,
    clock,
    publicBaseUrl: config.PUBLIC_BASE_URL,
  });
  const expiryNotices = outbox ? new ExpiryNotices({ db, accounts, outbox, clock, logger, noticeDays: config.EXPIRY_NOTICE_DAYS, publicBaseUrl: config.PUBLIC_BASE_URL, ...(payLinkFor ? { payLinkFor } : {}) }) : undefined;
  const cardExpiry = new CardExpiryService({
    entry: new ExpiryUpdateEntry({ db, cards: cardStore, guards: cardGuards, customers: gatewayCustomers, cardHistory, clock }),
    outcomes: new ExpiryUpdateOutcomes({ db, recorder: verificationRecorder, cleanup: gatewayCleanup, cardHistory, cards: cardStore, holds: holdStore }),
    gateway,
    verification: cardVerification,
    accountService,
    cleanup: gatewayCleanup,
    publicBaseUrl: config.PUBLIC_BASE_URL,
  });
  const cardUpdater = new CardUpdaterExpiry({ cards: cardStore, historyStore: cardHistoryStore, recorder: verificationRecorder, clock, ...(expiryNotices ? { expiryNotices } : {}) });
  const cardManagement = new CardManagementService({ db, payers, cards: cardStore, history: cardHistoryStore, completion: authenticationCompletion, cleanup: gatewayCleanup, clock, logger });
  const stripeWebhooks = new StripeWebhookService({
    db,
    parser: config.STRIPE_WEBHOOK_SECRET ? new StripeWebhookParser({ secret: config.STRIPE_WEBHOOK_SECRET, clock }) : undefined,
    events: new WebhookEventStore(),
    completion: authenticationCompletion,
    expiry: cardUpdater,
    clock,
    logger,
  });

  const routers: Router[] = [
    createCardRoutes({ addCard, completion: authenticationCompletion, expiry: cardExpiry, management: cardManagement }),
    createWebhookRoutes({ stripeWebhooks }),
  ];
  const jobs: Job[] = [
    new HoldReleaser({ gateway, holds: holdStore, history: cardHistoryStore, cleanup: gatewayCleanup, clock, logger }),
    new AbandonedChallenges({ holds: holdStore, completion: authenticationCompletion, clock, logger }),
  ];
  if (expiryNotices) jobs.push(atMostEvery({ name: 'card-expiry-notices', runOnce: () => expiryNotices.runOnce() }, EXPIRY_SCAN_SECONDS, clock));
  return {
    routers,
    jobs,
    stores: { cards: cardStore, history: cardHistoryStore, holds: holdStore },
    // What top-ups with a new card share with card entry.
    entry: { guards: cardGuards, customers: gatewayCustomers, cardHistory, historyStore: cardHistoryStore, recorder: verificationRecorder, cleanup: gatewayCleanup },
  };
}
