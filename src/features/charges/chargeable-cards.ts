import type { Knex } from 'knex';
import { runOnKnex, type Reads } from '../../db/read-statements.js';
import type { CardCandidate } from './rules/charge-order.js';

export interface AccountWallet {
  /** The account's customer at the gateway; undefined before its first card. */
  customerId?: string;
  /** Saved (not deleted) cards, in no particular order: `chargeOrder` filters and sorts them. */
  cards: CardCandidate[];
}

const CARD_COLUMNS = ['c.id', 'c.brand', 'c.last4', 'c.fingerprint', 'c.retry_blocked_reason', 'c.retry_not_before', 'c.gateway_payment_method_id', 'c.status', 'c.exp_month', 'c.exp_year', 'c.is_default', 'c.position'];

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
      .select(...CARD_COLUMNS, 'g.customer_id'));
    return toWallet(rows);
  }

  /** A new charge's one read: the account's currency with its wallet (the account, its customer
   * at this gateway — one at most, keyed by the account — and its saved cards, one row each; a
   * single row with no card when it has none). Undefined when the account does not exist. */
  async accountWithWallet(accountId: string): Promise<{ currency: string; wallet: AccountWallet } | undefined> {
    const rows = await this.reads.all<Record<string, any>>(this.db('accounts as a')
      .leftJoin('gateway_customers as g', (on) => on.on('g.account_id', 'a.id').andOnVal('g.gateway', this.gatewayName))
      .leftJoin('cards as c', (on) => on.on('c.account_id', 'a.id').andOnNull('c.deleted_at'))
      .where('a.id', accountId)
      .select('a.currency', ...CARD_COLUMNS, 'g.customer_id'));
    if (rows.length === 0) return undefined;
    return { currency: String(rows[0]!.currency), wallet: toWallet(rows.filter((row) => row.id !== null && row.id !== undefined)) };
  }
}

function toWallet(rows: Array<Record<string, any>>): AccountWallet {
  const customerId = rows.find((row) => row.customer_id !== null && row.customer_id !== undefined)?.customer_id;
  return {
    ...(customerId ? { customerId: String(customerId) } : {}),
    cards: rows.map((row) => ({
      id: row.id,
      brand: row.brand,
      last4: row.last4,
      paymentMethodId: row.gateway_payment_method_id,
      fingerprint: row.fingerprint,
      retryBlockedReason: row.retry_blocked_reason ?? null,
      retryNotBefore: row.retry_not_before ?? null,
      status: row.status,
      expMonth: Number(row.exp_month),
      expYear: Number(row.exp_year),
      // SQLite answers booleans as 0/1.
      isDefault: Boolean(row.is_default),
      position: Number(row.position),
    })),
  };
}
