import type { Router } from 'express';
import type { Knex } from 'knex';
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { FieldCipher } from '../crypto/field-cipher.js';
import type { Reads } from '../db/read-statements.js';
import { BalanceBook } from '../features/balance/balance-book.js';
import { BalanceCharges } from '../features/balance/balance-charges.js';
import { BalanceLedger } from '../features/balance/balance-ledger.js';
import { createBalanceRoutes } from '../features/balance/balance-routes.js';
import { BalanceService } from '../features/balance/balance-service.js';
import { TopupCards } from '../features/balance/topup-cards.js';
import { NewCardTopups } from '../features/balance/topup-new-card.js';
import { TopupPayment } from '../features/balance/topup-payment.js';
import { createTopupRoutes } from '../features/balance/topup-routes.js';
import { TopupService } from '../features/balance/topup-service.js';
import type { OperatorMetrics } from '../metrics/operator-metrics.js';
import { TopupSettlement } from '../features/balance/topup-settlement.js';
import { TopupSettler } from '../features/balance/topup-settler.js';
import { TopupStore } from '../features/balance/topup-store.js';
import { TransferService } from '../features/balance/transfer-service.js';
import type { CardGuards } from '../features/cards/card-guards.js';
import type { CardHistory } from '../features/cards/card-history.js';
import type { CardHistoryStore } from '../features/cards/card-history-store.js';
import type { GatewayCleanup } from '../features/cards/gateway-cleanup.js';
import type { GatewayCustomers } from '../features/cards/gateway-customers.js';
import type { VerificationRecorder } from '../features/cards/verification-recorder.js';
import type { SupportAuditStore } from '../features/support/support-audit-store.js';
import { SupportBalanceReader } from '../features/support/support-balance-views.js';
import type { PaymentGateway } from '../gateway/payment-gateway.js';
import type { Job } from '../jobs/poller.js';
import type { Logger } from '../logger.js';
import type { MessageOutbox } from '../messaging/message-outbox.js';

// A 3-D Secure page left unanswered this long is given up on: the settler cancels the intent
// (so a late answer cannot charge the card) and the top-up.
const TOPUP_CHALLENGE_SECONDS = 15 * 60;

/** The ledger and what every other feature needs of it (the currency guard, charges from the
 * balance): composed before accounts and charges. */
export function composeBalanceCore(deps: { db: Knex; reads: Reads; clock: Clock; logger: Logger; outbox: MessageOutbox }) {
  const { db, reads, clock, logger, outbox } = deps;
  const ledger = new BalanceLedger(db, reads);
  const topups = new TopupStore(db, reads);
  const book = new BalanceBook({ db, ledger, outbox, clock });
  const balanceService = new BalanceService({ db, reads, ledger, book, topups, clock });
  const balanceCharges = new BalanceCharges({ db, book, ledger, clock, logger });
  const supportReader = new SupportBalanceReader(ledger, topups);
  return { ledger, topups, book, balanceService, balanceCharges, supportReader, outbox };
}

export type BalanceCore = ReturnType<typeof composeBalanceCore>;

/** Top-ups, transfers and the balance's routes, over the cards feature's guards and history. */
export function composeBalance(deps: {
  config: Readonly<Config>;
  db: Knex;
  clock: Clock;
  logger: Logger;
  gateway: PaymentGateway;
  fieldCipher: FieldCipher;
  core: BalanceCore;
  audit: SupportAuditStore;
  cards: { guards: CardGuards; customers: GatewayCustomers; cardHistory: CardHistory; historyStore: CardHistoryStore; recorder: VerificationRecorder; cleanup: GatewayCleanup };
  operatorMetrics?: OperatorMetrics;
}) {
  const { config, db, clock, logger, gateway, core } = deps;
  const settlement = new TopupSettlement({
    db,
    topups: core.topups,
    book: core.book,
    outbox: core.outbox,
    clock,
    logger,
    ...(deps.operatorMetrics ? { onOutcome: deps.operatorMetrics.topupOutcome.bind(deps.operatorMetrics) } : {}),
  });
  const payment = new TopupPayment({
    gateway,
    topups: core.topups,
    settlement,
    clock,
    logger,
    options: { leaseSeconds: config.CHARGE_LEASE_SECONDS, challengeSeconds: TOPUP_CHALLENGE_SECONDS, retry: { retries: 2, delayMs: 200 } },
  });
  const newCards = new NewCardTopups({ db, gateway, ...deps.cards, cipher: deps.fieldCipher, clock });
  const topupService = new TopupService({
    db,
    topups: core.topups,
    ledger: core.ledger,
    book: core.book,
    cards: new TopupCards(db, gateway.name),
    newCards,
    payment,
    settlement,
    clock,
    logger,
    publicBaseUrl: config.PUBLIC_BASE_URL,
  });
  const transferService = new TransferService({ db, book: core.book, audit: deps.audit, clock });
  const routers: Router[] = [createBalanceRoutes({ balanceService: core.balanceService, transferService }), createTopupRoutes({ topupService })];
  const jobs: Job[] = [new TopupSettler({ topups: core.topups, payment, newCards, clock, logger })];
  return { routers, jobs };
}
