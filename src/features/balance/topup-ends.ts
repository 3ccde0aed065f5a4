import type { Knex } from 'knex';
import type { Clock } from '../../clock.js';
import type { Logger } from '../../logger.js';
import type { AutoTopupOutcomes } from './auto-topup-outcomes.js';
import type { CardStore } from '../cards/card-store.js';
import { compactOrder, orderWithDefault } from '../cards/rules/plan-card-order.js';
import type { BalanceBook } from './balance-book.js';
import { formatAmount } from '../../money/format-amount.js';
import type { TopupEnd, TopupFailure } from './topup-store.js';
import type { TopupEndTransaction } from './topup-end-transaction.js';
import type { TopupNotices } from './topup-notices.js';

/** Told after the transaction that ended a top-up committed, once per top-up: `outcome` how it
 * ended (the operator metrics), `paid` whose top-up was paid (a card paid, so past-due charges
 * are collected). */
export interface TopupEndListeners {
  outcome?: (result: 'succeeded' | 'declined' | 'failed') => void;
  paid?: (accountId: string) => void;
}

/**
 * The two ends of a top-up, each one transaction under the account lock: `paid` together with its
 * credit, its saved card made active and its receipt queued; `cancelled` together with its saved
 * card removed and the email saying why. Whoever comes second (a retry, the settler, a second
 * instance) finds the top-up no longer `new` and changes nothing; the ledger's unique
 * (topup_id, type) refuses a second credit even then. Each end records its billing event (the
 * transaction is TopupEndTransaction's; the emails TopupNotices').
 */
export class TopupEnds {
  constructor(
    private readonly deps: {
      ending: TopupEndTransaction;
      book: BalanceBook;
      cards: CardStore;
      notices: TopupNotices;
      clock: Clock;
      logger: Logger;
      /** The end of an automatic top-up, in the same transaction (its rule, its own emails). */
      automatic?: AutoTopupOutcomes;
      /** Who is told once a top-up ended, after the transaction that ended it committed. */
      told?: TopupEndListeners;
    },
  ) {}

  async paid(topupId: string): Promise<void> {
    const { book } = this.deps;
    const now = this.now();
    const ended = await this.deps.ending.endIfNew(topupId, { status: 'paid', paid_at: now }, now, async (trx, row, account) => {
      // A card saved through this top-up becomes usable now that its payment went through.
      if (row.card_id && row.save_card) {
        await this.deps.cards.activatePending(row.card_id, now, trx);
        await this.defaultIfFirst(trx, row.account_id, row.card_id, now);
      }
      // The customer paid with the card on-session: what its issuer said against off-session tries
      // (do_not_retry, needs_customer, a wait) no longer stands (the card-network rules). An
      // automatic top-up is off-session: it clears nothing.
      if (row.card_id && row.triggered_by !== 'automatic') await this.deps.cards.clearRetryBlockOnSession(row.card_id, now, trx);
      const posted = await book.post(trx, account, { type: 'topup', amount: row.amount, currency: row.currency, topupId: row.id });
      if (row.triggered_by === 'automatic') await this.deps.automatic?.paid(trx, row);
      const text = `Receipt ${row.number}: your top-up of ${formatAmount(row.amount, row.currency)}${row.last4 ? ` from the card ending ${row.last4}` : ''} is paid. Your Card Vault balance is now ${formatAmount(posted.after, row.currency)}.`;
      await this.deps.notices.queue(trx, row, account, 'topup_receipt', text);
    });
    if (ended) this.deps.told?.outcome?.('succeeded');
    this.deps.logger.info({ topup_id: topupId }, 'top-up paid');
    if (ended) this.deps.told?.paid?.(ended.account_id);
  }

  /** `end.decline`: the card's answer, when it declined (the network rules read more of it than
   * the failure keeps); `end.notBefore`: when the card may be tried again, when known. */
  async cancelled(topupId: string, failure: TopupFailure, end: TopupEnd = {}): Promise<void> {
    const now = this.now();
    const ended = await this.deps.ending.endIfNew(topupId, { status: 'cancelled', cancelled_at: now, ...failure }, now, async (trx, row, account) => {
      // A card that was to be saved by this top-up is not kept.
      if (row.card_id && row.save_card) {
        // The cards after it move up: positions stay 0…n-1, as after any deletion.
        if (await this.deps.cards.removePending(row.card_id, now, trx)) {
          await this.deps.cards.arrange(row.account_id, (await this.deps.cards.findById(row.card_id, trx))?.payer_id ?? null, compactOrder, now, trx);
        }
      }
      if (row.triggered_by === 'automatic' && this.deps.automatic) return this.deps.automatic.cancelled(trx, row, account, failure, end);
      const text = `Your top-up ${row.number} of ${formatAmount(row.amount, row.currency)} was cancelled and nothing was charged. ${failure.failure_message ?? ''} To add funds, start a new top-up.`.replace(/\s+/g, ' ');
      await this.deps.notices.queue(trx, row, account, 'topup_cancelled', text);
    });
    if (ended) this.deps.told?.outcome?.(failure.decline_code ? 'declined' : 'failed');
    this.deps.logger.info({ topup_id: topupId, failure_code: failure.failure_code }, 'top-up cancelled');
  }

  /** A payer's first card is its default: a card a top-up saved for a payer without one (a payer
   * just added) becomes its default once the card is saved. The account lock is held. */
  private async defaultIfFirst(trx: Knex.Transaction, accountId: string, cardId: string, now: string): Promise<void> {
    const card = await this.deps.cards.findById(cardId, trx);
    if (!card || card.deleted_at || card.status !== 'active') return;
    if (await this.deps.cards.hasDefault(accountId, card.payer_id, trx)) return;
    await this.deps.cards.arrange(accountId, card.payer_id, (live) => orderWithDefault(live, cardId), now, trx);
  }

  private now(): string {
    return this.deps.clock.now().toISOString();
  }
}
