import type { Router } from 'express';
import type { Knex } from 'knex';
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { FieldCipher } from '../crypto/field-cipher.js';
import type { Reads } from '../db/read-statements.js';
import { createAutoTopupRoutes } from '../features/balance/auto-topup-routes.js';
import { AutoTopupService } from '../features/balance/auto-topup-service.js';
import { AutoTopupStore } from '../features/balance/auto-topup-store.js';
import { autoTopupCardEligibility, type OffSessionCardRules } from '../features/balance/auto-topup-card-eligibility.js';
import { CardNoLongerEligible } from '../features/charges/card-retry-store.js';
import { ChargeRowsStore } from '../features/charges/charge-rows-port.js';
import type { NetworkRetryGuard } from '../features/charges/network-retry-guard.js';
import { AutoTopupOutcomes } from '../features/balance/auto-topup-outcomes.js';
import { AutoTopupPayer } from '../features/balance/auto-topup-payer.js';
import { AutoTopupCardChooser } from '../features/balance/auto-topup-card-choice.js';
import { AutoTopupRetries } from '../features/balance/auto-topup-retries.js';
import { AutoTopupTrigger } from '../features/balance/auto-topup-trigger.js';
import { BalanceBook } from '../features/balance/balance-book.js';
import { BalanceCharges } from '../features/balance/balance-charges.js';
import { BalanceLedger } from '../features/balance/balance-ledger.js';
import { createBalanceRoutes } from '../features/balance/balance-routes.js';
import { PastDueFromBalance } from '../features/balance/past-due-from-balance.js';
import { pastDueBalanceSettlement } from '../features/charges/past-due-balance.js';
import { BalanceService } from '../features/balance/balance-service.js';
import { TopupCards } from '../features/balance/topup-cards.js';
import { NewCardTopups } from '../features/balance/topup-new-card.js';
import { NewCardAfterPayment } from '../features/balance/topup-new-card-after-payment.js';
import { PendingTopupCards } from '../features/balance/topup-new-card-pending.js';
import { TopupPayment } from '../features/balance/topup-payment.js';
import { createTopupRoutes } from '../features/balance/topup-routes.js';
import { TopupCreation } from '../features/balance/topup-creation.js';
import { TopupFirstPayment } from '../features/balance/topup-first-payment.js';
import { TopupKeys } from '../features/balance/topup-keys.js';
import { TopupPayerChoice } from '../features/balance/topup-payer-choice.js';
import { PendingTopupActions } from '../features/balance/topup-pending-actions.js';
import { TopupReads } from '../features/balance/topup-reads.js';
import { TopupReplies } from '../features/balance/topup-replies.js';
import type { OperatorMetrics } from '../metrics/operator-metrics.js';
import { TopupEnds } from '../features/balance/topup-ends.js';
import { TopupEndTransaction } from '../features/balance/topup-end-transaction.js';
import { TopupNotices } from '../features/balance/topup-notices.js';
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
import type { PayerDirectory } from '../features/payers/payer-service.js';
import type { CardStore } from '../features/cards/card-store.js';
import { PayingCardStore } from '../features/cards/paying-cards.js';
import { defaultPayerIds } from '../features/payers/payer-store.js';
import type { AccountReads } from '../features/accounts/account-ports.js';

// A 3-D Secure page left unanswered this long is given up on: the settler cancels the intent
// (so a late answer cannot charge the card) and the top-up.
const TOPUP_CHALLENGE_SECONDS = 15 * 60;

/** The ledger and what every other feature needs of it (the currency guard, charges from the
 * balance): composed before accounts and charges. */
export function composeBalanceCore(deps: { db: Knex; reads: Reads; accounts: AccountReads; clock: Clock; logger: Logger; outbox: MessageOutbox; gatewayName: string }) {
  const { db, reads, accounts, clock, logger, outbox } = deps;
  const ledger = new BalanceLedger(db, reads);
  const topups = new TopupStore(db, reads);
  const book = new BalanceBook({ db, ledger, outbox, clock });
  // The charge rows the balance reads back (the charges feature's port).
  const charges = new ChargeRowsStore(db);
  const balanceService = new BalanceService({ db, reads, accounts, charges, ledger, book, topups, clock });
  const autoTopupRules = new AutoTopupStore(db, reads);
  const autoTopupTrigger = new AutoTopupTrigger({ rules: autoTopupRules, topups, outbox, clock, logger, gatewayName: deps.gatewayName });
  const balanceCharges = new BalanceCharges({ db, charges, book, ledger, logger, autoTopups: autoTopupTrigger });
  const supportReader = new SupportBalanceReader(ledger, topups);
  return { accounts, ledger, topups, book, balanceService, balanceCharges, supportReader, outbox, reads, autoTopupRules, autoTopupTrigger };
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
  cardStore: CardStore;
  /** Which payer a top-up is for, and where its receipts go (the payers feature). */
  payers: PayerDirectory;
  /** The charges feature's card-network rules: automatic top-ups are merchant-initiated off-session tries. */
  networkRetryGuard?: NetworkRetryGuard;
  operatorMetrics?: OperatorMetrics;
  /** After a top-up's payment: the account's past-due charges are collected (the charges feature's). */
  afterTopupPaid?: (accountId: string) => void;
}) {
  const { config, db, clock, logger, gateway, core } = deps;
  const network = deps.networkRetryGuard ? offSessionCardRules(deps.networkRetryGuard) : undefined;
  const ends = new TopupEnds({
    ending: new TopupEndTransaction({ db, topups: core.topups, book: core.book, clock }),
    book: core.book,
    cards: deps.cardStore,
    notices: new TopupNotices({ payers: deps.payers, outbox: core.outbox }),
    clock,
    logger,
    automatic: new AutoTopupOutcomes({ rules: core.autoTopupRules, cards: deps.cardStore, outbox: core.outbox, clock, publicBaseUrl: config.PUBLIC_BASE_URL, ...(network ? { network } : {}) }),
    told: {
      ...(deps.operatorMetrics ? { outcome: deps.operatorMetrics.topupOutcome.bind(deps.operatorMetrics) } : {}),
      ...(deps.afterTopupPaid ? { paid: deps.afterTopupPaid } : {}),
    },
  });
  const payment = new TopupPayment({
    gateway,
    topups: core.topups,
    ends,
    clock,
    logger,
    options: { leaseSeconds: config.CHARGE_LEASE_SECONDS, challengeSeconds: TOPUP_CHALLENGE_SECONDS, retry: { retries: 2, delayMs: 200 } },
  });
  const topupCards = new TopupCards(new PayingCardStore(db, gateway.name, (accountId) => defaultPayerIds(db, accountId)));
  const { guards, customers, cardHistory, historyStore, recorder, cleanup } = deps.cards;
  const pendingCards = new PendingTopupCards({ db, guards, cardRows: deps.cardStore, cardHistory, historyStore, cleanup, cipher: deps.fieldCipher, clock });
  const newCards = new NewCardTopups({ db, gateway, guards, customers, cardHistory, recorder, pendingCards, clock });
  const newCardAfter = new NewCardAfterPayment({ cardHistory, historyStore, cleanup, clock });
  const replies = new TopupReplies({ topups: core.topups, ledger: core.ledger, payment, newCardAfter, clock });
  const topupCreation = new TopupCreation({
    accounts: core.accounts,
    keys: new TopupKeys({ db, book: core.book, topups: core.topups }),
    payerChoice: new TopupPayerChoice({ payers: deps.payers, newCards, cards: topupCards, clock }),
    firstPayment: new TopupFirstPayment({ newCards, topups: core.topups, ends, payment, clock }),
    payment,
    replies,
    clock,
    publicBaseUrl: config.PUBLIC_BASE_URL,
  });
  const topupReads = new TopupReads({ topups: core.topups });
  const pendingTopups = new PendingTopupActions({ topups: core.topups, payment, replies, newCardAfter, clock, logger });
  const transferService = new TransferService({ db, accounts: core.accounts, book: core.book, audit: deps.audit, clock });
  const autoTopupService = new AutoTopupService({ db, accounts: core.accounts, rules: core.autoTopupRules, book: core.book, cards: topupCards, clock });
  const routers: Router[] = [
    createBalanceRoutes({ balanceService: core.balanceService, transferService, pastDueFromBalance: new PastDueFromBalance({ db, book: core.book, charges: pastDueBalanceSettlement, clock, logger }) }),
    createTopupRoutes({ topupCreation, topupReads, pendingTopups }),
    createAutoTopupRoutes({ autoTopupService }),
  ];
  const autoTopupPayer = new AutoTopupPayer({
    retries: new AutoTopupRetries({ db, rules: core.autoTopupRules, trigger: core.autoTopupTrigger, book: core.book, ledger: core.ledger, topups: core.topups, clock }),
    topups: core.topups,
    rules: core.autoTopupRules,
    cardChooser: new AutoTopupCardChooser({
      db,
      topups: core.topups,
      cards: topupCards,
      // The card-network rules: asked before paying, the try counted with its card.
      eligibility: autoTopupCardEligibility(network),
      ...(network ? { network } : {}),
      clock,
    }),
    payment,
    ends,
    clock,
    logger,
  });
  const jobs: Job[] = [new TopupSettler({ topups: core.topups, payment, newCardAfter, clock, logger, ...(deps.operatorMetrics ? { onFailure: deps.operatorMetrics.topupSettleFailure } : {}) }), autoTopupPayer];
  return { routers, jobs, transferService };
}

/** The charges feature's guard as the balance feature's port: a card that stopped being eligible
 * before its try was counted answers false rather than throwing the charges feature's error. */
function offSessionCardRules(guard: NetworkRetryGuard): OffSessionCardRules {
  return {
    eligibilityOf: (cards, initiator) => guard.eligibilityOf(cards, initiator),
    reserveIn: async (trx, attempt, card, initiator) => {
      try {
        await guard.reserveIn(trx, attempt, card, initiator);
        return true;
      } catch (error) {
        if (error instanceof CardNoLongerEligible) return false;
        throw error;
      }
    },
    recordResultIn: (trx, attempt, result, at) => guard.recordResultIn(trx, attempt, result, at),
  };
}
