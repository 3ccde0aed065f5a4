import type { HistoryEntry } from './card-history-store.js';
import type { CardRow } from './card-store.js';
import type { HoldRow } from './hold-store.js';

// The cards feature's read ports for support's account view: every card record of one account,
// removed cards and failed entries too. The stores implement them.

/** Every card of the account, removed ones too. */
export interface AllCardsOfAccount {
  listAllForAccount(accountId: string): Promise<CardRow[]>;
}

/** The account's historical-cards log. */
export interface CardHistoryOfAccount {
  listForAccount(accountId: string): Promise<HistoryEntry[]>;
}

/** The account's verification holds, released ones too. */
export interface HoldsOfAccount {
  listForAccount(accountId: string): Promise<HoldRow[]>;
}
