import type { Knex } from 'knex';
import { isGatewayError, isGatewayRefusal } from '../../gateway/payment-gateway.js';
import type { Logger } from '../../logger.js';
import type { AccountRow } from '../accounts/account-ports.js';
import type { AccountService } from '../accounts/account-service.js';
import { lockAccount } from '../accounts/lock-account.js';
import { gatewayError, gatewayUnavailable } from './card-errors.js';
import type { CardGuards } from './card-guards.js';
import type { CardHistory } from './card-history.js';
import type { HistoryRow } from './card-history-store.js';
import type { CardPayers } from './card-payers.js';
import type { GatewayCustomers } from './gateway-customers.js';
import type { IdType } from './card-store.js';

/** A card entry admitted: the account, its checked id document, its customer at the gateway and
 * the history entry (`pending`) the entry's gateway calls are keyed on. */
export interface StartedEntry {
  account: AccountRow;
  idDocument: { type: IdType; normalized: string } | undefined;
  customerId: string;
  history: HistoryRow;
  payerId: string;
}

/** The first step of adding a card, before the gateway sees it: the account's readiness, Chile's
 * ID rules, the card-testing budget and the room for a card, the gateway customer, and the
 * history entry recorded under the account lock. */
export class CardEntry {
  constructor(
    private readonly deps: {
      db: Knex;
      accountService: AccountService;
      guards: CardGuards;
      customers: GatewayCustomers;
      payers: CardPayers;
      cardHistory: CardHistory;
      logger: Logger;
    },
  ) {}

  async begin(accountId: string, input: { idType?: IdType; idNumber?: string; payerId?: string }): Promise<StartedEntry> {
    const { guards } = this.deps;
    const account = await this.deps.accountService.get(accountId);
    guards.assertReadyForCards(account);
    const idDocument = guards.idDocument(account, input.idType, input.idNumber);
    await guards.assertFailureBudget(accountId);
    await guards.assertRoomForCard(accountId);

    const customerId = await this.ensureCustomer(account);
    const { history, payerId } = await this.startEntry(accountId, input.payerId);
    return { account, idDocument, customerId, history, payerId };
  }

  /** The card-testing budget is checked again where it binds: in the transaction that records
   * this verification as under way, under the account lock, so of parallel additions each one
   * counts the entries of those admitted before it. The payer is known from here on (404 for
   * one that is not the account's, before the gateway hears of the card). */
  private startEntry(accountId: string, payerId: string | undefined): Promise<{ history: HistoryRow; payerId: string }> {
    return this.deps.db.transaction(async (trx) => {
      await lockAccount(trx, accountId);
      const payer = await this.deps.payers.payerFor(trx, accountId, payerId);
      await this.deps.guards.assertFailureBudget(accountId, trx);
      return { history: await this.deps.cardHistory.start(accountId, 'add', undefined, undefined, trx), payerId: payer.id };
    });
  }

  private async ensureCustomer(account: AccountRow): Promise<string> {
    try {
      return await this.deps.customers.ensure(account);
    } catch (error) {
      if (!isGatewayError(error)) throw error;
      if (!isGatewayRefusal(error)) throw gatewayUnavailable();
      this.deps.logger.error({ account_id: account.id, gateway_error: { kind: error.kind, message: error.message, ...error.details } }, 'gateway refused to create the customer (integration error)');
      throw gatewayError();
    }
  }
}
