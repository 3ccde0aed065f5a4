import type { Knex } from 'knex';
import { runOnKnex, type Reads } from '../../db/read-statements.js';
import { RETRY_CLEARED, type CardRetryWaits, type CardRow, type NewCardRows } from './card-rows.js';
import { planCardOrder, type PlacedCard } from './rules/plan-card-order.js';

// The row and the ports other features use are card-rows.ts's; cards' own modules still name them
// from here.
export { RETRY_CLEARED, type CardRetryWaits, type CardRow, type CardStatus, type IdType, type NewCardRows } from './card-rows.js';

type Executor = Knex | Knex.Transaction;

/** Charge order: the default first, then by position. */
const CHARGE_ORDER = [
  { column: 'is_default', order: 'desc' },
  { column: 'position', order: 'asc' },
  { column: 'created_at', order: 'asc' },
  { column: 'id', order: 'asc' },
] as const;

/** One payer's cards (a null payer: the cards a release before payers left without one). */
const ofPayer = (query: Knex.QueryBuilder, payerId: string | null) => (payerId === null ? query.whereNull('payer_id') : query.where({ payer_id: payerId }));

/** The `cards` table. "Live" cards are the ones a customer sees: not soft-deleted. */
export class CardStore implements NewCardRows, CardRetryWaits {
  constructor(
    private readonly db: Knex,
    /** Runs the reads made outside a transaction (what a customer's GET sees). */
    private readonly reads: Reads = runOnKnex,
  ) {}

  /** Under the account lock pass the transaction; without one the read runs on `reads`. With
   * `payerId`, that payer's cards only (its charge order); without, every card of the account. */
  async listLive(accountId: string, trx?: Executor, payerId?: string | null): Promise<CardRow[]> {
    const all = (trx ?? this.db)('cards').where({ account_id: accountId }).whereNull('deleted_at').orderBy([...CHARGE_ORDER]);
    const query = payerId === undefined ? all : ofPayer(all, payerId);
    const rows = trx ? await query : await this.reads.all(query);
    return rows.map(toCardRow);
  }

  async findLive(accountId: string, cardId: string, trx?: Executor): Promise<CardRow | undefined> {
    const query = (trx ?? this.db)('cards').where({ account_id: accountId, id: cardId }).whereNull('deleted_at').limit(1);
    const [row] = trx ? await query : await this.reads.all(query);
    return row && toCardRow(row);
  }

  /** Deleted cards included: a 3-D Secure confirmation may arrive after the card was dropped. */
  async findAny(accountId: string, cardId: string, db: Executor = this.db): Promise<CardRow | undefined> {
    const row = await db('cards').where({ account_id: accountId, id: cardId }).first();
    return row && toCardRow(row);
  }

  async findById(cardId: string, db: Executor = this.db): Promise<CardRow | undefined> {
    const row = await db('cards').where({ id: cardId }).first();
    return row && toCardRow(row);
  }

  /** Every card the account ever kept, removed ones included (support reads), in charge order;
   * on `reads`. */
  async listAllForAccount(accountId: string): Promise<CardRow[]> {
    const rows = await this.reads.all(this.db('cards').where({ account_id: accountId }).orderBy([...CHARGE_ORDER]));
    return rows.map(toCardRow);
  }

  async findLiveByFingerprint(accountId: string, fingerprint: string): Promise<CardRow | undefined> {
    const row = await this.db('cards').where({ account_id: accountId, fingerprint }).whereNull('deleted_at').first();
    return row && toCardRow(row);
  }

  async listLiveByPaymentMethod(paymentMethodId: string, db: Executor = this.db): Promise<CardRow[]> {
    return (await db('cards').where({ gateway_payment_method_id: paymentMethodId }).whereNull('deleted_at')).map(toCardRow);
  }

  async countLive(accountId: string, db: Executor = this.db): Promise<number> {
    const [row] = await db('cards').where({ account_id: accountId }).whereNull('deleted_at').count({ count: '*' });
    return Number(row?.count ?? 0);
  }

  /** True when the payer has a live card (removed ones do not count). */
  async payerHasCards(accountId: string, payerId: string, db: Executor): Promise<boolean> {
    return (await db('cards').where({ account_id: accountId, payer_id: payerId }).whereNull('deleted_at').first('id')) !== undefined;
  }

  /** Positions count within the payer: each payer has its own charge order. */
  async nextPosition(accountId: string, payerId: string | null, db: Executor): Promise<number> {
    const [row] = await ofPayer(db('cards').where({ account_id: accountId }).whereNull('deleted_at'), payerId).max({ position: 'position' });
    return row?.position === null || row?.position === undefined ? 0 : Number(row.position) + 1;
  }

  async retryNotBefore(cardId: string, trx: Knex.Transaction): Promise<string | null> {
    const card = await trx('cards').where({ id: cardId }).first('retry_not_before');
    return card?.retry_not_before ?? null;
  }

  async hasDefault(accountId: string, payerId: string | null, db: Executor): Promise<boolean> {
    return (await ofPayer(db('cards').where({ account_id: accountId, is_default: true }).whereNull('deleted_at'), payerId).first('id')) !== undefined;
  }

  async insert(row: CardRow, db: Executor): Promise<void> {
    await db('cards').insert(row);
  }

  async update(cardId: string, changes: Partial<Omit<CardRow, 'id' | 'account_id'>> & { updated_at: string }, db: Executor = this.db): Promise<void> {
    await db('cards').where({ id: cardId }).update(changes);
  }

  /** A card saved through a top-up (`pending`) becomes usable once that top-up is paid. */
  async activatePending(cardId: string, now: string, trx: Knex.Transaction): Promise<void> {
    await trx('cards').where({ id: cardId, status: 'pending' }).update({ status: 'active', updated_at: now });
  }

  /** A card saved through a top-up that was cancelled is not kept; true when this call removed it. */
  async removePending(cardId: string, now: string, trx: Knex.Transaction): Promise<boolean> {
    return (await trx('cards').where({ id: cardId, status: 'pending' }).whereNull('deleted_at').update({ deleted_at: now, updated_at: now })) === 1;
  }

  /** Its holder paid with the card on-session: what its issuer said against off-session tries
   * (`do_not_retry`, needs_customer, a wait) no longer stands (the card-network rules). */
  async clearRetryBlockOnSession(cardId: string, now: string, trx: Knex.Transaction): Promise<void> {
    // One statement for both: a do_not_retry card becomes active (its updated_at moves), and any
    // wait or block is cleared; the CASEs read the row as it was.
    await trx('cards')
      .where({ id: cardId })
      .andWhere((blocked) => blocked.where('status', 'do_not_retry').orWhereNotNull('retry_blocked_reason').orWhereNotNull('retry_not_before'))
      .update({
        ...RETRY_CLEARED,
        status: trx.raw(`case when status = 'do_not_retry' then 'active' else status end`),
        updated_at: trx.raw(`case when status = 'do_not_retry' then ? else updated_at end`, [now]),
      });
  }

  /** Soft delete; false when the card is gone already or became the default meanwhile. */
  async softDelete(cardId: string, now: string, db: Executor): Promise<boolean> {
    return (await db('cards').where({ id: cardId, is_default: false }).whereNull('deleted_at').update({ deleted_at: now, updated_at: now })) === 1;
  }

  /**
   * Gives one payer's live cards the order `choose` picks from them: positions 0…n-1 and one
   * default (or none). Runs in the caller's transaction, which holds the account lock, so the
   * cards read here are the ones written (see planCardOrder for the order of the writes).
   */
  async arrange(accountId: string, payerId: string | null, choose: (live: PlacedCard[]) => { order: string[]; defaultId: string | null }, now: string, trx: Knex.Transaction): Promise<void> {
    const live = (await this.listLive(accountId, trx, payerId)).map(toPlacedCard);
    const { order, defaultId } = choose(live);
    for (const change of planCardOrder(live, order, defaultId)) {
      await trx('cards').where({ id: change.id, account_id: accountId }).whereNull('deleted_at').update({ position: change.position, is_default: change.isDefault, updated_at: now });
    }
  }
}

export const toPlacedCard = (card: CardRow): PlacedCard => ({ id: card.id, isDefault: card.is_default, position: card.position, createdAt: card.created_at });

// SQLite answers booleans as 0/1; PostgreSQL as true/false.
export const toCardRow = (row: Record<string, unknown>): CardRow =>
  ({ ...row, is_default: Boolean(row.is_default), exp_month: Number(row.exp_month), exp_year: Number(row.exp_year), position: Number(row.position) }) as CardRow;
