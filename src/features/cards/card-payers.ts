import type { Knex } from 'knex';

/** A payer as cards need to know it: which one, and whether it is the account's default. */
export interface CardPayer {
  id: string;
  is_default: boolean;
}

/**
 * Which payer a card belongs to: the port cards asks through, which the payers feature fills (its
 * PayerService) in the composition root. Defined here, by the feature that asks, so that cards
 * never imports payers (payers builds on cards' rules, such as the RUT check).
 */
export interface CardPayers {
  /** The payer named (404 when it is not one of the account's live payers), or the default one;
   * under the account lock. */
  payerFor(trx: Knex.Transaction, accountId: string, payerId?: string): Promise<CardPayer>;
  /** The payer as it stands (deleted ones too). */
  find(payerId: string, db?: Knex | Knex.Transaction): Promise<CardPayer | undefined>;
  /** The account's live payers, the default first. */
  list(accountId: string): Promise<CardPayer[]>;
  /** One of the account's live payers (404 otherwise). */
  get(accountId: string, payerId: string): Promise<CardPayer>;
}
