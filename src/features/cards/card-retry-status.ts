import type { Knex } from 'knex';
import { recordEvent } from '../../events/record-event.js';

/** What an issuer's decline says about trying the card again off-session. */
export type RetryBlock = { kind: 'do_not_retry' | 'needs_customer'; code: string } | { kind: 'not_before'; at: string; code: string };

/** A card's standing refusal, as the card-network rules read it. */
export interface CardRetryBlock {
  blockedReason: 'do_not_retry' | 'needs_customer' | null;
  notBefore: string | null;
}

/**
 * The card side of the card-network rules, for the features that charge cards. What an issuer said
 * is kept on the card (the customer who can act on it is that account's): a card whose issuer said
 * never again reads `do_not_retry`, and the account's billing hears of it (`card.do_not_retry`);
 * one that needs its holder (authentication, card data) waits for them; a Mastercard "retry after"
 * sets a time. A new expiry, a new verification or an on-session payment clears it (`clearIn`).
 * Runs in the caller's transaction: the one that records the decline.
 */
export class CardRetryStatus {
  async blockOf(trx: Knex.Transaction, cardId: string): Promise<CardRetryBlock> {
    const card = await trx('cards').where({ id: cardId }).first('status', 'retry_blocked_reason', 'retry_not_before');
    return {
      blockedReason: card?.status === 'do_not_retry' ? 'do_not_retry' : (card?.retry_blocked_reason ?? null),
      notBefore: card?.retry_not_before ?? null,
    };
  }

  /** Records the issuer's word on the card; true when the card just became `do_not_retry`. */
  async recordIn(trx: Knex.Transaction, cardId: string, block: RetryBlock, at: string): Promise<boolean> {
    if (block.kind === 'not_before') {
      await trx('cards').where({ id: cardId }).update({ retry_not_before: block.at });
      return false;
    }
    await trx('cards').where({ id: cardId }).update({ retry_blocked_reason: block.kind, retry_blocked_code: block.code, retry_blocked_at: at });
    if (block.kind !== 'do_not_retry') return false;
    const card = await trx('cards').where({ id: cardId }).whereNull('deleted_at').first('id', 'account_id', 'brand', 'last4', 'exp_month', 'exp_year', 'status');
    // Only a card that is charged today changes status: an expired one, or one waiting for 3-D
    // Secure, keeps its own (the block stays recorded beside it).
    if (!card || card.status !== 'active') return false;
    if ((await trx('cards').where({ id: cardId, status: 'active' }).update({ status: 'do_not_retry', updated_at: at })) !== 1) return false;
    await recordEvent(
      trx,
      {
        type: 'card.do_not_retry',
        accountId: String(card.account_id),
        object: { object: 'card', id: card.id, brand: card.brand, last4: card.last4, exp_month: Number(card.exp_month), exp_year: Number(card.exp_year), status: 'do_not_retry', reason: { code: block.code, at } },
      },
      at,
    );
    return true;
  }

  /** The card's details changed or its holder used it on-session: what the issuer said no longer
   * stands (its status is set by the caller, which knows whether it is active or expired). */
  async clearIn(trx: Knex.Transaction, cardId: string): Promise<void> {
    await trx('cards').where({ id: cardId }).update({ retry_blocked_reason: null, retry_blocked_code: null, retry_blocked_at: null, retry_not_before: null });
  }
}
