import type { Router } from 'express';
import type { Knex } from 'knex';
import type { Reads } from '../db/read-statements.js';
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import { AccountStore } from '../features/accounts/account-store.js';
import { ChargeAttempts } from '../features/charges/charge-attempts.js';
import { ChargeFallback } from '../features/charges/charge-fallback.js';
import { ChargeRecording } from '../features/charges/charge-recording.js';
import { ChargeRowsStore } from '../features/charges/charge-rows-port.js';
import { ChargeRecovery } from '../features/charges/charge-recovery.js';
import { createChargeRoutes } from '../features/charges/charge-routes.js';
import { ChargeService } from '../features/charges/charge-service.js';
import { ChargeStore } from '../features/charges/charge-store.js';
import { ChargeableCards } from '../features/charges/chargeable-cards.js';
import { WalletCardStore } from '../features/cards/wallet-card-reads.js';
import { joinPayer } from '../features/payers/payer-store.js';
import type { CardRetryStore } from '../features/charges/card-retry-store.js';
import { NetworkRetryGuard } from '../features/charges/network-retry-guard.js';
import { CardRetryStatus } from '../features/cards/card-retry-status.js';
import type { PaymentGateway } from '../gateway/payment-gateway.js';
import type { Job } from '../jobs/poller.js';
import type { Logger } from '../logger.js';
import type { OperatorMetrics } from '../metrics/operator-metrics.js';
import type { MessageOutbox } from '../messaging/message-outbox.js';
import { DunningNotices } from '../features/charges/dunning-notices.js';
import { DunningStore } from '../features/charges/dunning-store.js';
import { PastDueCollections } from '../features/charges/past-due-collections.js';
import type { PayLinks } from '../features/pay-page/pay-links.js';
import type { BalanceCharges } from '../features/balance/balance-charges.js';

/** Charges: fallback over the account's cards, exactly once per key, settled by recovery. */
export function composeCharges(deps: { config: Readonly<Config>; db: Knex; reads: Reads; clock: Clock; logger: Logger; gateway: PaymentGateway; balanceCharges: BalanceCharges; retryStore: CardRetryStore; outbox: MessageOutbox; payLinks: PayLinks; operatorMetrics?: OperatorMetrics }) {
  const { config, db, reads, clock, logger, gateway, balanceCharges } = deps;
  // The account and its wallet are committed state read before the charge's first transaction:
  // built on the writer's knex, run on `reads` (prepared statements beside the writer, no knex runner).
  const accounts = new AccountStore(db, reads);
  // The card-network rules, shared by every off-session payer (exported for the ones to come).
  const networkRetryGuard = new NetworkRetryGuard(deps.retryStore, new CardRetryStatus(), clock, logger);
  const notices = new DunningNotices({ accounts, outbox: deps.outbox, payLinkFor: (accountId) => deps.payLinks.urlFor(accountId), logger });
  const chargeStore = new ChargeStore(db, networkRetryGuard, notices);
  const wallets = new ChargeableCards(new WalletCardStore(db, gateway.name, joinPayer, reads));
  // The card fallback; a charge it finishes unpaid gets its balance part back (AmountTakenFirst).
  const chargeFallback = new ChargeFallback(
    chargeStore,
    wallets,
    new ChargeAttempts(chargeStore, gateway, clock, logger, { retries: 2, delayMs: 200 }),
    clock,
    {
      leaseSeconds: config.CHARGE_LEASE_SECONDS,
      guard: networkRetryGuard,
      dunningSchedule: config.DUNNING_SCHEDULE,
      takenFirst: balanceCharges,
      ...(deps.operatorMetrics ? { onOutcome: deps.operatorMetrics.chargeOutcome.bind(deps.operatorMetrics) } : {}),
    },
  );
  // The charge row with its first try; the balance part, when there is one, in the same transaction.
  const recording = new ChargeRecording({ db, rows: new ChargeRowsStore(db), takenFirst: balanceCharges, clock });
  const chargeService = new ChargeService(chargeStore, accounts, wallets, chargeFallback, clock, { maxAmountUsd: config.CHARGE_MAX_AMOUNT_USD }, recording);
  const chargeRecovery = new ChargeRecovery(chargeStore, chargeFallback, clock, logger);
  const pastDue = new PastDueCollections(new DunningStore(db), chargeStore, chargeFallback, clock, logger, (charge) => balanceCharges.afterFinished(charge));
  const routers: Router[] = [createChargeRoutes({ chargeService, pastDue })];
  const jobs: Job[] = [
    { name: 'charge-recovery', runOnce: () => chargeRecovery.runOnce() },
    // After recovery: a round a dead worker left in flight is settled before new rounds start.
    { name: 'dunning', runOnce: () => pastDue.runOnce() },
    { name: 'charge-balance-reversal', runOnce: () => balanceCharges.reverseLeftovers() },
  ];
  return { routers, jobs, chargeStore, networkRetryGuard, pastDue };
}
