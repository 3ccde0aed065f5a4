import type { Knex } from 'knex';
import type { CardCandidate } from './rules/charge-order.js';

export interface AccountWallet {
  /** The account's customer at the gateway; undefined before its first card. */
  customerId?: string;
  /** Saved (not deleted) cards, in no particular order: `chargeOrder` filters and sorts them. */
  cards: CardCandidate[];
}

/** Reads the cards feature's tables (`cards`, `gateway_customers`) the way charges need them. */
export class ChargeableCards {
  constructor(
    private readonly db: Knex,
    private readonly gatewayName: string,
  ) {}

  async walletOf(accountId: string): Promise<AccountWallet> {
    const customer = await this.db('gateway_customers').where({ account_id: accountId, gateway: this.gatewayName }).first('customer_id');
    const rows = await this.db('cards')
      .where({ account_id: accountId })
      .whereNull('deleted_at')
      .select('id', 'brand', 'last4', 'gateway_payment_method_id', 'status', 'exp_month', 'exp_year', 'is_default', 'position');
    return {
      ...(customer ? { customerId: String(customer.customer_id) } : {}),
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
