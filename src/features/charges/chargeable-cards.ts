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

  /** One query: the payer's saved cards, each with the account's customer at this gateway (a
   * card is saved only once the customer exists, so an account without cards needs no customer).
   * The fallback never crosses payers. `payerId` null: a charge recorded before payers, which
   * tries every card of the account, as it did then. */
  async walletOf(accountId: string, payerId: string | null): Promise<AccountWallet> {
    const query = this.db('cards as c')
      .leftJoin('gateway_customers as g', (on) => on.on('g.account_id', 'c.account_id').andOnVal('g.gateway', this.gatewayName))
      .where('c.account_id', accountId)
      .whereNull('c.deleted_at');
    if (payerId !== null) query.andWhere('c.payer_id', payerId);
    const rows = await this.reads.all<Record<string, any>>(query.select(...CARD_COLUMNS, 'g.customer_id'));
    return toWallet(rows);
  }

  /** A new charge's one read: the account's currency, the payer it is for (the one named, or the
   * account's default payer; the payers feature's table, read here so the charge still costs one
   * query) and that payer's wallet (the account's customer at this gateway — one at most, keyed
   * by the account — and the payer's saved cards, one row each; a single row with no card when it
   * has none). Undefined when the account does not exist; `payerId` null when the payer named is
   * not one of the account's, or the account has none yet. */
  async accountWithWallet(accountId: string, payerId?: string): Promise<{ currency: string; payerId: string | null; wallet: AccountWallet } | undefined> {
    const rows = await this.reads.all<Record<string, any>>(this.db('accounts as a')
      .leftJoin('gateway_customers as g', (on) => on.on('g.account_id', 'a.id').andOnVal('g.gateway', this.gatewayName))
      .leftJoin('payers as p', (on) => {
        on.on('p.account_id', 'a.id').andOnNull('p.deleted_at');
        if (payerId === undefined) on.andOnVal('p.is_default', true);
        else on.andOnVal('p.id', payerId);
      })
      .leftJoin('cards as c', (on) => on.on('c.account_id', 'a.id').andOnNull('c.deleted_at').andOn('c.payer_id', 'p.id'))
      .where('a.id', accountId)
      .select('a.currency', ...CARD_COLUMNS, 'g.customer_id', 'p.id as payer_id'));
    if (rows.length === 0) return undefined;
    const payer = rows[0]!.payer_id;
    return {
      currency: String(rows[0]!.currency),
      payerId: payer === null || payer === undefined ? null : String(payer),
      wallet: toWallet(rows.filter((row) => row.id !== null && row.id !== undefined)),
    };
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
