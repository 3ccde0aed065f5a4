import type { Knex } from 'knex';
import type { Clock } from '../../clock.js';
import { AppError } from '../../errors.js';
import { lockAccount } from '../accounts/lock-account.js';
import { cardNotFound, notSavedYet } from './card-errors.js';
import type { CardGuards } from './card-guards.js';
import type { CardHistory } from './card-history.js';
import type { HistoryRow } from './card-history-store.js';
import type { CardRow, CardStore } from './card-store.js';
import type { GatewayCustomers } from './gateway-customers.js';
import { expiryProblem } from './rules/card-expiry.js';

/** The first step of a new expiry typed by the customer, before the gateway hears of it: the
 * card, the dates, the card-testing budget, and the history entry recorded under the account lock. */
export class ExpiryUpdateEntry {
  constructor(
    private readonly deps: { db: Knex; cards: CardStore; guards: CardGuards; customers: GatewayCustomers; cardHistory: CardHistory; clock: Clock },
  ) {}

  async begin(accountId: string, cardId: string, expiry: { month: number; year: number }): Promise<{ card: CardRow; customerId: string; history: HistoryRow }> {
    const card = await this.deps.cards.findLive(accountId, cardId);
    if (!card) throw cardNotFound();
    const problem = expiryProblem(expiry.month, expiry.year, this.deps.clock.now());
    if (problem) throw new AppError('invalid_expiry', problem, { errors: [{ field: /month/.test(problem) ? 'exp_month' : 'exp_year', message: problem }] });
    const notSaved = notSavedYet(card, 'changing its expiry');
    if (notSaved) throw notSaved;
    // Guessing expiry dates is card testing too, so failed updates count and are limited alike.
    await this.deps.guards.assertFailureBudget(accountId);
    const customerId = await this.deps.customers.find(accountId);
    if (!customerId) throw cardNotFound();

    // Checked again where it binds, with the entry's insert under the account lock (see adding).
    const history = await this.deps.db.transaction(async (trx) => {
      await lockAccount(trx, accountId);
      await this.deps.guards.assertFailureBudget(accountId, trx);
      return this.deps.cardHistory.start(accountId, 'update_expiry', card, expiry, trx);
    });
    return { card, customerId, history };
  }
}
