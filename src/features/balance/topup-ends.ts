import type { Knex } from 'knex';
import type { Clock } from '../../clock.js';
import type { Logger } from '../../logger.js';
import type { MessageOutbox } from '../../messaging/message-outbox.js';
import type { AccountRow } from '../accounts/account-ports.js';
import type { AutoTopupOutcomes } from './auto-topup-outcomes.js';
import type { CardStore } from '../cards/card-store.js';
import { compactOrder, orderWithDefault } from '../cards/rules/plan-card-order.js';
import type { BalanceBook } from './balance-book.js';
import { formatAmount } from '../../money/format-amount.js';
import type { TopupEnd, TopupFailure, TopupRow, TopupStore } from './topup-store.js';
import { recordEvent } from '../../events/record-event.js';
import { toTopupResponse } from './topup-view.js';
import type { PayerDirectory } from '../payers/payer-service.js';

/**
 * The two ends of a top-up, each one transaction under the account lock: `paid` together with its
 * credit, its saved card made active and its receipt queued; `cancelled` together with its saved
 * card removed and the email saying why. Whoever comes second (a retry, the settler, a second
 * instance) finds the top-up no longer `new` and changes nothing; the ledger's unique
 * (topup_id, type) refuses a second credit even then. Each end records its billing event.
 */
export class TopupEnds {
  constructor(
    private readonly deps: {
      db: Knex;
      topups: TopupStore;
      book: BalanceBook;
      cards: CardStore;
      /** Where a payer's receipts go. */
      payers?: Pick<PayerDirectory, 'find'>;
      outbox: MessageOutbox;
      clock: Clock;
      logger: Logger;
      /** Told once per top-up, after the transaction that ended it committed (operator metrics). */
      onOutcome?: (result: 'succeeded' | 'declined' | 'failed') => void;
      /** The end of an automatic top-up, in the same transaction (its rule, its own emails). */
      automatic?: AutoTopupOutcomes;
      /** Told after a top-up's payment committed: a card paid, so past-due charges are collected. */
      afterPaid?: (accountId: string) => void;
    },
  ) {}

  async paid(topupId: string): Promise<void> {
    const { book } = this.deps;
    const now = this.now();
    const ended = await this.endIfNew(topupId, { status: 'paid', paid_at: now }, now, async (trx, row, account) => {
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
      for (const to of await this.recipients(trx, row, account)) await this.deps.outbox.enqueue(trx, { channel: 'email', to, template: 'topup_receipt', text });
    });
    if (ended) this.deps.onOutcome?.('succeeded');
    this.deps.logger.info({ topup_id: topupId }, 'top-up paid');
    // The message queued with the end goes out now.
    this.deps.book.deliverSoon();
    if (ended) this.deps.afterPaid?.(ended.account_id);
  }

  /** `end.decline`: the card's answer, when it declined (the network rules read more of it than
   * the failure keeps); `end.notBefore`: when the card may be tried again, when known. */
  async cancelled(topupId: string, failure: TopupFailure, end: TopupEnd = {}): Promise<void> {
    const now = this.now();
    const ended = await this.endIfNew(topupId, { status: 'cancelled', cancelled_at: now, ...failure }, now, async (trx, row, account) => {
      // A card that was to be saved by this top-up is not kept.
      if (row.card_id && row.save_card) {
        // The cards after it move up: positions stay 0…n-1, as after any deletion.
        if (await this.deps.cards.removePending(row.card_id, now, trx)) {
          await this.deps.cards.arrange(row.account_id, (await this.deps.cards.findById(row.card_id, trx))?.payer_id ?? null, compactOrder, now, trx);
        }
      }
      if (row.triggered_by === 'automatic' && this.deps.automatic) return this.deps.automatic.cancelled(trx, row, account, failure, end);
      const text = `Your top-up ${row.number} of ${formatAmount(row.amount, row.currency)} was cancelled and nothing was charged. ${failure.failure_message ?? ''} To add funds, start a new top-up.`.replace(/\s+/g, ' ');
      for (const to of await this.recipients(trx, row, account)) await this.deps.outbox.enqueue(trx, { channel: 'email', to, template: 'topup_cancelled', text });
    });
    if (ended) this.deps.onOutcome?.(failure.decline_code ? 'declined' : 'failed');
    this.deps.logger.info({ topup_id: topupId, failure_code: failure.failure_code }, 'top-up cancelled');
    // The message queued with the end goes out now.
    this.deps.book.deliverSoon();
  }

  /** A payer's first card is its default: a card a top-up saved for a payer without one (a payer
   * just added) becomes its default once the card is saved. The account lock is held. */
  private async defaultIfFirst(trx: Knex.Transaction, accountId: string, cardId: string, now: string): Promise<void> {
    const card = await this.deps.cards.findById(cardId, trx);
    if (!card || card.deleted_at || card.status !== 'active') return;
    if (await this.deps.cards.hasDefault(accountId, card.payer_id, trx)) return;
    await this.deps.cards.arrange(accountId, card.payer_id, (live) => orderWithDefault(live, cardId), now, trx);
  }

  /** A top-up's receipts and notices go to its payer's receipt_email, and to the account's email
   * as well when that payer is the account's default payer (the account holder); one message per
   * address. Without a payer (a top-up from before payers), to the account's email as before. */
  private async recipients(trx: Knex.Transaction, row: TopupRow, account: AccountRow): Promise<string[]> {
    const payer = row.payer_id ? await this.deps.payers?.find(row.payer_id, trx) : undefined;
    if (!payer) return [account.email];
    const to = payer.is_default ? [payer.receipt_email, account.email] : [payer.receipt_email];
    return [...new Map(to.map((address) => [address.trim().toLowerCase(), address])).values()];
  }

  /** Ends the top-up with `changes` and runs the rest of its `end` (given the row as it was), in
   * one transaction under the account lock, if the top-up is still `new`: the row is read twice
   * (to find its account, then under the lock) and changed once. The ended row when this call
   * ended it, undefined when someone else already had. */
  private async endIfNew(
    topupId: string,
    changes: Partial<TopupRow> & { status: 'paid' | 'cancelled' },
    now: string,
    end: (trx: Knex.Transaction, row: TopupRow, account: AccountRow) => Promise<void>,
  ): Promise<TopupRow | undefined> {
    let ended: TopupRow | undefined;
    await this.deps.db.transaction(async (trx) => {
      const topup = await this.lockedTopup(trx, topupId);
      if (!topup.row || topup.row.status !== 'new') return;
      await this.deps.topups.finish(trx, topupId, changes, now);
      // As `finish` wrote it: nothing else in this transaction changes the top-up row.
      const settled: TopupRow = { ...topup.row, ...changes, locked_by: null, locked_until: null, settle_after: null, next_action_url: null, updated_at: now };
      ended = settled;
      await end(trx, topup.row, topup.account);
      // The billing event (topup.paid, topup.cancelled), in the transaction that ended the top-up.
      await recordEvent(trx, { type: `topup.${changes.status}`, accountId: settled.account_id, object: { object: 'topup', account_id: settled.account_id, ...toTopupResponse(settled) } }, this.now());
    });
    return ended;
  }

  private async lockedTopup(trx: Knex.Transaction, topupId: string): Promise<{ account: AccountRow; row: TopupRow | undefined }> {
    const found = await this.deps.topups.findById(topupId, trx);
    if (!found) throw new Error(`no top-up ${topupId}`);
    const account = await this.deps.book.lock(trx, found.account_id);
    // Read again under the lock: another caller may have ended it meanwhile.
    return { account: account!, row: await this.deps.topups.findById(topupId, trx) };
  }

  private now(): string {
    return this.deps.clock.now().toISOString();
  }
}
