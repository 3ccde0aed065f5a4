import type { Knex } from 'knex';
import { runOnKnex, type Reads } from '../../db/read-statements.js';
import { accountsAs } from '../accounts/account-ports.js';

/** A wallet row: one saved card (its `c.*` columns below) with the account's `customer_id` at the
 * gateway; with `accountWalletRows`, also the account's `currency` and the `payer_id` it is for. */
export type WalletRow = Record<string, any>;

/** The account's saved cards as a charge tries them, with its customer at the gateway: the cards
 * feature's port for charges. Committed state, built on `db` and run on `reads`. */
export interface WalletCardReads {
  /** The payer's saved cards (every card of the account when `payerId` is null: a charge from
   * before payers), in no particular order. */
  walletRows(accountId: string, payerId: string | null): Promise<WalletRow[]>;
  /** One statement: the account's currency, the payer named (or the default payer) and that
   * payer's saved cards, one row each (a single row with null card columns when it has none);
   * no row when the account does not exist. */
  accountWalletRows(accountId: string, payerId?: string): Promise<WalletRow[]>;
}

const CARD_COLUMNS = ['c.id', 'c.brand', 'c.last4', 'c.fingerprint', 'c.retry_blocked_reason', 'c.retry_not_before', 'c.gateway_payment_method_id', 'c.status', 'c.exp_month', 'c.exp_year', 'c.is_default', 'c.position'];

/** `cards` and `gateway_customers`, read for charges. The account row comes from the accounts
 * feature (`accountsAs`) and the payer's join from the payers feature (`joinPayer`, bound in the
 * composition root), so that a new charge's read stays one statement. */
export class WalletCardStore implements WalletCardReads {
  constructor(
    private readonly db: Knex,
    private readonly gatewayName: string,
    private readonly joinPayer: (query: Knex.QueryBuilder, accountColumn: string, payerId: string | undefined) => Knex.QueryBuilder,
    private readonly reads: Reads = runOnKnex,
  ) {}

  /** A card is saved only once the customer exists, so an account without cards needs no customer. */
  async walletRows(accountId: string, payerId: string | null): Promise<WalletRow[]> {
    const query = this.db('cards as c')
      .leftJoin('gateway_customers as g', (on) => on.on('g.account_id', 'c.account_id').andOnVal('g.gateway', this.gatewayName))
      .where('c.account_id', accountId)
      .whereNull('c.deleted_at');
    if (payerId !== null) query.andWhere('c.payer_id', payerId);
    return this.reads.all<WalletRow>(query.select(...CARD_COLUMNS, 'g.customer_id'));
  }

  /** The account's customer at this gateway is one at most, keyed by the account. */
  async accountWalletRows(accountId: string, payerId?: string): Promise<WalletRow[]> {
    const query = accountsAs(this.db, 'a').leftJoin('gateway_customers as g', (on) => on.on('g.account_id', 'a.id').andOnVal('g.gateway', this.gatewayName));
    this.joinPayer(query, 'a.id', payerId)
      .leftJoin('cards as c', (on) => on.on('c.account_id', 'a.id').andOnNull('c.deleted_at').andOn('c.payer_id', 'p.id'))
      .where('a.id', accountId)
      .select('a.currency', ...CARD_COLUMNS, 'g.customer_id', 'p.id as payer_id');
    return this.reads.all<WalletRow>(query);
  }
}
