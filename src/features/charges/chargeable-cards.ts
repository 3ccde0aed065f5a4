import type { WalletCardReads, WalletRow } from '../cards/wallet-card-reads.js';
import type { CardCandidate } from './rules/charge-order.js';

export interface AccountWallet {
  /** The account's customer at the gateway; undefined before its first card. */
  customerId?: string;
  /** Saved (not deleted) cards, in no particular order: `chargeOrder` filters and sorts them. */
  cards: CardCandidate[];
}

/** The cards feature's wallet (`WalletCardReads`: its `cards` and `gateway_customers`, with the
 * account and payer joined in) as charges need it. */
export class ChargeableCards {
  constructor(private readonly cards: WalletCardReads) {}

  /** The payer's saved cards, each with the account's customer at this gateway. The fallback
   * never crosses payers. `payerId` null: a charge recorded before payers, which tries every card
   * of the account, as it did then. */
  async walletOf(accountId: string, payerId: string | null): Promise<AccountWallet> {
    return toWallet(await this.cards.walletRows(accountId, payerId));
  }

  /** A new charge's one read: the account's currency, the payer it is for (the one named, or the
   * account's default payer) and that payer's wallet. Undefined when the account does not exist;
   * `payerId` null when the payer named is not one of the account's, or the account has none yet. */
  async accountWithWallet(accountId: string, payerId?: string): Promise<{ currency: string; payerId: string | null; wallet: AccountWallet } | undefined> {
    const rows = await this.cards.accountWalletRows(accountId, payerId);
    if (rows.length === 0) return undefined;
    const payer = rows[0]!.payer_id;
    return {
      currency: String(rows[0]!.currency),
      payerId: payer === null || payer === undefined ? null : String(payer),
      wallet: toWallet(rows.filter((row) => row.id !== null && row.id !== undefined)),
    };
  }
}

function toWallet(rows: WalletRow[]): AccountWallet {
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
