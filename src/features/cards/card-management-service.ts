import type { Knex } from 'knex';
import type { Clock } from '../../clock.js';
import { AppError } from '../../errors.js';
import type { Logger } from '../../logger.js';
import type { AuthenticationCompletion } from './authentication-completion.js';
import { cardNotFound } from './card-errors.js';
import type { CardHistoryStore, HistoryEntry } from './card-history-store.js';
import type { CardRow, CardStore } from './card-store.js';
import type { GatewayCleanup } from './gateway-cleanup.js';
import { lockAccount } from '../accounts/lock-account.js';
import { cardOrderProblem } from './rules/check-card-order.js';

const DELETED_DURING_CHALLENGE = 'The card was deleted before 3-D Secure was completed, so the verification was canceled.';

/** Reading and arranging saved cards: the charge order, the default, deletion, the history. */
export class CardManagementService {
  constructor(
    private readonly deps: { db: Knex; cards: CardStore; history: CardHistoryStore; completion: AuthenticationCompletion; cleanup: GatewayCleanup; clock: Clock; logger: Logger },
  ) {}

  /** In charge order. Cards whose month has passed are marked `expired` as they are read. */
  async list(accountId: string): Promise<CardRow[]> {
    await this.deps.cards.markExpired(accountId, this.deps.clock.now());
    return this.deps.cards.listLive(accountId);
  }

  async get(accountId: string, cardId: string): Promise<CardRow> {
    await this.deps.cards.markExpired(accountId, this.deps.clock.now());
    const card = await this.deps.cards.findLive(accountId, cardId);
    if (!card) throw cardNotFound();
    return card;
  }

  async setDefault(accountId: string, cardId: string): Promise<CardRow> {
    const card = await this.get(accountId, cardId);
    if (card.status === 'requires_action') {
      throw new AppError('conflict', 'This card is waiting for 3-D Secure. Complete it and confirm the card before making it the default.');
    }
    const now = this.deps.clock.now().toISOString();
    await this.deps.db.transaction((trx) => this.deps.cards.setDefault(accountId, cardId, now, trx));
    return this.get(accountId, cardId);
  }

  /** The whole charge order at once; the first card becomes the default. */
  async reorder(accountId: string, cardIds: string[]): Promise<CardRow[]> {
    const problem = await this.deps.db.transaction(async (trx) => {
      const live = await this.deps.cards.listLive(accountId, trx);
      const orderProblem = cardOrderProblem(cardIds, live.map((card) => card.id));
      if (orderProblem) return orderProblem;
      if (live.find((card) => card.id === cardIds[0])?.status === 'requires_action') {
        return 'The first card becomes the default, and this one is still waiting for 3-D Secure.';
      }
      await this.deps.cards.setOrder(accountId, cardIds, this.deps.clock.now().toISOString(), trx);
      return undefined;
    });
    if (problem) throw new AppError('validation_failed', problem, { errors: [{ field: 'card_ids', message: problem }] });
    return this.list(accountId);
  }

  /** Soft delete: history entries, holds and charge attempts keep pointing at the card. A
   * verification still waiting for 3-D Secure ends with the card (its intent canceled), so the
   * bank cannot authorize it afterwards. */
  async delete(accountId: string, cardId: string): Promise<void> {
    const card = await this.get(accountId, cardId);
    if (card.is_default) throw defaultCardUndeletable();
    const now = this.deps.clock.now().toISOString();
    // Under the account lock a verification recording its outcome either made this card the
    // default before (refused here), or finds it deleted and leaves it so.
    const deleted = await this.deps.db.transaction(async (trx) => {
      await lockAccount(trx, accountId);
      return this.deps.cards.softDelete(card.id, now, trx);
    });
    if (!deleted) {
      await this.get(accountId, cardId);
      throw defaultCardUndeletable();
    }
    this.deps.logger.info({ card_id: card.id }, 'card deleted');
    const waiting = await this.deps.completion.pendingChallengeOf(card.id);
    if (waiting) await this.deps.completion.abandon(waiting, DELETED_DURING_CHALLENGE, { detach: false });
    await this.deps.cleanup.detach(card.id, card.gateway_payment_method_id);
  }

  history(accountId: string): Promise<HistoryEntry[]> {
    return this.deps.history.listForAccount(accountId);
  }
}

const defaultCardUndeletable = () =>
  new AppError('default_card_undeletable', 'This is the default card. Make another card the default first (POST /v1/cards/{id}/default).');
