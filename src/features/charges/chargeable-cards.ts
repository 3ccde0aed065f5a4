import type { Knex } from 'knex';
import { runOnKnex, type Reads } from '../../db/read-statements.js';
import type { CardCandidate } from './rules/charge-order.js';

export interface AccountWallet {
  /** The account's customer at the gateway; undefined before its first card. */
  customerId?: string;
  /** Saved (not deleted) cards, in no particular order: `chargeOrder` filters and sorts them. */
  cards: CardCandidate[];
}

/** Reads the cards feature's tables (`cards`, `gateway_customers`) the way charges need them.
 * The wallet is committed state, read outside any transaction: built on `db`, run on `reads`. */
export class ChargeableCards {
  constructor(
    private readonly db: Knex,
    private readonly gatewayName: string,
    private readonly reads: Reads = runOnKnex,
  ) {}

  /** One query: the saved cards, each with the account's customer at this gateway (a card is
   * saved only once the customer exists, so an account without cards needs no customer). */
  async walletOf(accountId: string): Promise<AccountWallet> {
    const rows = await this.reads.all<Record<string, any>>(this.db('cards as c')
      .leftJoin('gateway_customers as g', (on) => on.on('g.account_id', 'c.account_id').andOnVal('g.gateway', this.gatewayName))
      .where('c.account_id', accountId)
      .whereNull('c.deleted_at')
      .select('c.id', 'c.brand', 'c.last4', 'c.gateway_payment_method_id', 'c.status', 'c.exp_month', 'c.exp_year', 'c.is_default', 'c.position', 'g.customer_id'));
    const customerId = rows.find((row) => row.customer_id !== null && row.customer_id !== undefined)?.customer_id;
    return {
      ...(customerId ? { customerId: String(customerId) } : {}),
      cards: rows.map((row) => ({
        id: row.id,
        brand: row.brand,
        last4: row.last4,
        paymentMethodId: row.gateway_payment_method_id,
        status: row.status,
        expMonth: Number(row.exp_month),
        expYear: Number(row.exp_year),
        // SQLite answers booleans as 0/1.
        isDefault: Boolean(row.is_default),
        position: Number(row.position),
      })),
    };
  }
}
