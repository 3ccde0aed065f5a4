import type { Knex } from 'knex';
import type { Clock } from '../../clock.js';
import { AppError } from '../../errors.js';
import type { Logger } from '../../logger.js';
import type { AuthenticationCompletion } from './authentication-completion.js';
import { cardNotFound, notSavedYet } from './card-errors.js';
import type { CardHistoryStore, HistoryEntry } from './card-history-store.js';
import type { CardRow, CardStore } from './card-store.js';
import type { GatewayCleanup } from './gateway-cleanup.js';
import { lockAccount } from '../accounts/lock-account.js';
import { withCurrentStatus } from './rules/card-expiry.js';
import { cardOrderProblem } from './rules/check-card-order.js';
import { compactOrder, orderWithDefault } from './rules/plan-card-order.js';
import type { CardPayers } from './card-payers.js';

// Cards whose verification succeeded (an expired one was verified too).
const VERIFIED = new Set<string>(['active', 'expired', 'do_not_retry']);

const DELETED_DURING_CHALLENGE = 'The card was deleted before 3-D Secure was completed, so the verification was canceled.';

/**
 * Reading and arranging saved cards: the charge order, the default, deletion, the history.
 *
 * Every change takes the account lock first and then reads the cards again inside that
 * transaction (with the transaction, never the pool): what was checked is what gets written, and
 * a concurrent verification, deletion or reorder of the same account waits its turn. The database
 * backs this up with one live default per account (a partial unique index).
 */
export class CardManagementService {
  constructor(
    private readonly deps: { db: Knex; cards: CardStore; payers: CardPayers; history: CardHistoryStore; completion: AuthenticationCompletion; cleanup: GatewayCleanup; clock: Clock; logger: Logger },
  ) {}

  /** With a payer, its cards in its charge order; without, every card, grouped by payer (the
   * default payer first, then as GET /v1/payers lists them), each group in charge order. Cards
   * whose month has passed read as `expired`. */
  async list(accountId: string, payerId?: string): Promise<CardRow[]> {
    const now = this.deps.clock.now();
    if (payerId !== undefined) {
      await this.deps.payers.get(accountId, payerId);
      return (await this.deps.cards.listLive(accountId, undefined, payerId)).map((card) => withCurrentStatus(card, now));
    }
    const [cards, payers] = await Promise.all([this.deps.cards.listLive(accountId), this.deps.payers.list(accountId)]);
    const rank = new Map(payers.map((payer, index) => [payer.id, index]));
    const rankOf = (card: CardRow) => (card.payer_id === null ? payers.length : (rank.get(card.payer_id) ?? payers.length));
    // A stable sort: within a payer the charge order the store read stays.
    return [...cards].sort((a, b) => rankOf(a) - rankOf(b)).map((card) => withCurrentStatus(card, now));
  }

  async get(accountId: string, cardId: string): Promise<CardRow> {
    const card = await this.deps.cards.findLive(accountId, cardId);
    if (!card) throw cardNotFound();
    return withCurrentStatus(card, this.deps.clock.now());
  }

  async setDefault(accountId: string, cardId: string): Promise<CardRow> {
    await this.locked(accountId, async (trx, now) => {
      const card = await this.deps.cards.findLive(accountId, cardId, trx);
      if (!card) throw cardNotFound();
      const notSaved = notSavedYet(card, 'making it the default');
      if (notSaved) throw notSaved;
      // The card becomes its own payer's default; other payers keep theirs.
      await this.deps.cards.arrange(accountId, card.payer_id, (live) => orderWithDefault(live, cardId), now, trx);
    });
    return this.get(accountId, cardId);
  }

  /** One payer's whole charge order at once (the default payer's when none is named); the first
   * card becomes that payer's default. */
  async reorder(accountId: string, cardIds: string[], payerId?: string): Promise<CardRow[]> {
    const payer = await this.locked(accountId, async (trx, now) => {
      const payer = await this.deps.payers.payerFor(trx, accountId, payerId);
      const live = await this.deps.cards.listLive(accountId, trx, payer.id);
      const problem = cardOrderProblem(cardIds, live.map((card) => card.id));
      if (problem) throw new AppError('validation_failed', problem, { errors: [{ field: 'card_ids', message: problem }] });
      const first = live.find((card) => card.id === cardIds[0]);
      const notSaved = first && notSavedYet(first, 'putting it first (the first card becomes the default)');
      if (notSaved) throw notSaved;
      await this.deps.cards.arrange(accountId, payer.id, () => ({ order: cardIds, defaultId: cardIds[0]! }), now, trx);
      return payer;
    });
    return this.list(accountId, payer.id);
  }

  /** Soft delete: history entries, holds and charge attempts keep pointing at the card. A payer's
   * default is never deleted (so an active account always keeps a verified card), except the
   * last card of a payer that is not the account's default payer: that payer is left with none,
   * and can then be deleted itself. A
   * verification still waiting for 3-D Secure ends with the card (its intent canceled), so the
   * bank cannot authorize it afterwards. */
  async delete(accountId: string, cardId: string): Promise<void> {
    const card = await this.locked(accountId, async (trx, now, account) => {
      const live = await this.deps.cards.listLive(accountId, trx);
      const target = live.find((card) => card.id === cardId);
      if (!target) throw cardNotFound();
      if (target.is_default) {
        const payerCards = live.filter((card) => card.payer_id === target.payer_id);
        const payer = target.payer_id === null ? undefined : await this.deps.payers.find(target.payer_id, trx);
        if (payerCards.length > 1 || !payer || payer.is_default) throw defaultCardUndeletable();
        await this.deps.cards.update(target.id, { is_default: false, updated_at: now }, trx);
      }
      const verifiedLeft = live.some((card) => card.id !== cardId && VERIFIED.has(card.status));
      if (account?.status === 'active' && !verifiedLeft) throw lastCardUndeletable();
      await this.deps.cards.softDelete(target.id, now, trx);
      await this.deps.cards.arrange(accountId, target.payer_id, compactOrder, now, trx);
      return target;
    });
    this.deps.logger.info({ card_id: card.id }, 'card deleted');
    const waiting = await this.deps.completion.pendingChallengeOf(card.id);
    if (waiting) await this.deps.completion.abandon(waiting, DELETED_DURING_CHALLENGE, { detach: false });
    await this.deps.cleanup.detach(card.id, card.gateway_payment_method_id);
  }

  history(accountId: string): Promise<HistoryEntry[]> {
    return this.deps.history.listForAccount(accountId);
  }

  private locked<T>(accountId: string, work: (trx: Knex.Transaction, now: string, account: Awaited<ReturnType<typeof lockAccount>>) => Promise<T>): Promise<T> {
    return this.deps.db.transaction(async (trx) => {
      const account = await lockAccount(trx, accountId);
      return work(trx, this.deps.clock.now().toISOString(), account);
    });
  }
}

const defaultCardUndeletable = () =>
  new AppError('default_card_undeletable', 'This is the default card. Make another card the default first (POST /v1/cards/{id}/default).');

// The same code as for the default: a client that handles one handles both, and the fix is the same.
const lastCardUndeletable = () =>
  new AppError('default_card_undeletable', 'This is the only verified card of an active account, which must keep one. Add another card and make it the default first.');

