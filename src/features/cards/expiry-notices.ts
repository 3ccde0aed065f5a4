import type { Knex } from 'knex';
import type { Clock } from '../../clock.js';
import { isUniqueViolation } from '../../db/is-unique-violation.js';
import { recordEvent } from '../../events/record-event.js';
import { newId } from '../../ids.js';
import type { Logger } from '../../logger.js';
import type { MessageOutbox } from '../../messaging/message-outbox.js';
import type { AccountReads } from '../accounts/account-ports.js';
import { lockAccount } from '../accounts/lock-account.js';
import type { CardRow } from './card-store.js';
import { dueNoticeStep, horizonMonthIndex, stopsWorkingAt } from './rules/expiry-notice-step.js';

type NoticeCard = Pick<CardRow, 'id' | 'account_id' | 'brand' | 'last4' | 'exp_month' | 'exp_year' | 'status'> & { payer_id?: string | null };

/**
 * The other cards that would be charged instead of `card` once it stops working: active, live
 * cards of the same payer that stay valid after it (a charge for this card's payer never reaches
 * another payer's cards). A card written before payers has none: its account's cards stand in.
 */
export async function samePayerLaterCards(trx: Knex.Transaction, card: NoticeCard): Promise<Array<Pick<CardRow, 'id'>>> {
  const query = trx('cards').where({ account_id: card.account_id, status: 'active' });
  if (card.payer_id) query.andWhere('payer_id', card.payer_id);
  return query
    .whereNull('deleted_at')
    .whereNot('id', card.id)
    .andWhereRaw('exp_year * 12 + exp_month > ?', [Number(card.exp_year) * 12 + Number(card.exp_month)])
    .select('id');
}

/**
 * Expiring-card notices (EXPIRY_NOTICE_DAYS, default 30 and 7 days before a card stops working):
 * an email saying which card, when, and where to update it, and the billing event
 * `card.expiring`, once per card, expiry and step (the unique card_expiry_notices row, written in
 * the same transaction as the email and the event). None when another card of the same owner
 * would be charged anyway. A new expiry from the card updater withdraws the notices of the old
 * one whose email is still waiting (`withdrawForOldExpiry`).
 */
export class ExpiryNotices {
  constructor(
    private readonly deps: { db: Knex; accounts: AccountReads; outbox: MessageOutbox; clock: Clock; logger: Logger; noticeDays: readonly number[]; publicBaseUrl: string; payLinkFor?: (accountId: string) => Promise<string> },
  ) {}

  /** One scan over the cards that stop working within the longest notice; how many notices it sent. */
  async runOnce(): Promise<number> {
    const now = this.deps.clock.now();
    const nowIndex = now.getUTCFullYear() * 12 + now.getUTCMonth() + 1;
    const horizon = horizonMonthIndex(now, this.deps.noticeDays);
    // Through the (exp_year, exp_month) index: the cards that end within the longest notice, a
    // month or two of expiries (about one card in twenty at most).
    const cards: NoticeCard[] = await this.deps.db('cards')
      .whereBetween('exp_year', [Math.floor((nowIndex - 1) / 12), Math.floor((horizon - 1) / 12)])
      .andWhereRaw('exp_year * 12 + exp_month between ? and ?', [nowIndex, horizon])
      .where({ status: 'active' })
      .whereNull('deleted_at')
      .select('id', 'account_id', 'brand', 'last4', 'exp_month', 'exp_year', 'status');
    let sent = 0;
    for (const card of cards) if (await this.noticeIfDue(card, now)) sent += 1;
    return sent;
  }

  private async noticeIfDue(card: NoticeCard, now: Date): Promise<boolean> {
    const stop = stopsWorkingAt(Number(card.exp_month), Number(card.exp_year));
    const step = dueNoticeStep(stop, now, this.deps.noticeDays);
    if (step === null) return false;
    const key = { card_id: card.id, exp_month: Number(card.exp_month), exp_year: Number(card.exp_year), days_before: step };
    if (await this.deps.db('card_expiry_notices').where(key).first('id')) return false;
    const account = await this.deps.accounts.readById(card.account_id);
    if (!account) return false;
    const at = now.toISOString();
    try {
      return await this.deps.db.transaction(async (trx) => {
        // The account's cards do not change under us (the same lock every change of them takes),
        // and two scanners write one card's notices one at a time.
        await lockAccount(trx, card.account_id);
        const current: NoticeCard | undefined = await trx('cards').where({ id: card.id, status: 'active' }).whereNull('deleted_at').first('id', 'account_id', 'payer_id', 'brand', 'last4', 'exp_month', 'exp_year', 'status');
        if (!current || Number(current.exp_month) !== key.exp_month || Number(current.exp_year) !== key.exp_year) return false;
        if (await trx('card_expiry_notices').where(key).first('id')) return false;
        if ((await samePayerLaterCards(trx, current)).length > 0) return false;
        const messageId = await this.deps.outbox.enqueue(trx, { channel: 'email', to: account.email, template: 'card_expiring', text: this.noticeText(current, stop, await this.cardsLink(card.account_id)) });
        await trx('card_expiry_notices').insert({ id: newId('expn'), ...key, account_id: card.account_id, status: 'sent', message_id: messageId, created_at: at });
        await recordEvent(
          trx,
          {
            type: 'card.expiring',
            accountId: card.account_id,
            object: { object: 'card', id: current.id, brand: current.brand, last4: current.last4, exp_month: key.exp_month, exp_year: key.exp_year, status: current.status, stops_working_at: stop.toISOString(), days_before: step },
          },
          at,
        );
        this.deps.logger.info({ card_id: card.id, account_id: card.account_id, days_before: step }, 'expiring-card notice queued');
        return true;
      });
    } catch (error) {
      // Another scanner wrote this notice first.
      if (isUniqueViolation(error)) return false;
      throw error;
    }
  }

  /** In the caller's transaction (the card updater's new expiry): the notices of the old expiry
   * whose email has not gone yet are withdrawn with it. */
  async withdrawForOldExpiry(trx: Knex.Transaction, card: Pick<CardRow, 'id' | 'exp_month' | 'exp_year'>, at: string): Promise<number> {
    const notices: Array<{ id: string; message_id: string | null }> = await trx('card_expiry_notices')
      .where({ card_id: card.id, exp_month: Number(card.exp_month), exp_year: Number(card.exp_year), status: 'sent' })
      .select('id', 'message_id');
    if (notices.length === 0) return 0;
    await trx('card_expiry_notices').whereIn('id', notices.map((notice) => notice.id)).update({ status: 'withdrawn', withdrawn_at: at });
    return this.deps.outbox.withdraw(trx, notices.flatMap((notice) => (notice.message_id ? [notice.message_id] : [])));
  }

  /** The pay page's card section (a signed link, no sign-in); the customer pages' without pay links. */
  private async cardsLink(accountId: string): Promise<string> {
    return `${this.deps.payLinkFor ? await this.deps.payLinkFor(accountId) : `${this.deps.publicBaseUrl}/`}#cards`;
  }

  private noticeText(card: NoticeCard, stop: Date, link: string): string {
    const lastDay = new Date(stop.getTime() - 86_400_000).toLocaleDateString('en-US', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });
    const brand = card.brand.charAt(0).toUpperCase() + card.brand.slice(1);
    return (
      `Your ${brand} card ending ${card.last4} expires at the end of ${String(card.exp_month).padStart(2, '0')}/${card.exp_year}: it works until ${lastDay}. ` +
      `To keep your payments going, update its expiry date or add a new card: ${link}`
    );
  }
}
