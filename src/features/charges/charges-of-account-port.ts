import type { AttemptRow, ChargeRow } from './charge-store.js';

/** The charges feature's read port for support's account view: an account's newest charges and
 * their tries (the charge store implements it). */
export interface ChargesOfAccount {
  /** The newest first. */
  list(accountId: string, page: { limit: number }): Promise<ChargeRow[]>;
  attemptsOf(chargeIds: readonly string[]): Promise<AttemptRow[]>;
}
