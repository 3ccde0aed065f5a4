import type { Knex } from 'knex';

export type CardStatus = 'active' | 'requires_action' | 'expired';
export type IdType = 'RUT' | 'OTRO';

export interface CardRow {
  id: string;
  account_id: string;
  gateway_payment_method_id: string;
  fingerprint: string;
  brand: string;
  last4: string;
  exp_month: number;
  exp_year: number;
  holder_name: string;
  id_type: IdType | null;
  id_number_encrypted: string | null;
  id_number_masked: string | null;
  status: CardStatus;
  is_default: boolean;
  position: number;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

type Executor = Knex | Knex.Transaction;

/** Charge order: the default first, then by position. */
const CHARGE_ORDER = [
  { column: 'is_default', order: 'desc' },
  { column: 'position', order: 'asc' },
  { column: 'created_at', order: 'asc' },
] as const;

/** The `cards` table. "Live" cards are the ones a customer sees: not soft-deleted. */
export class CardStore {
  constructor(private readonly db: Knex) {}

  async listLive(accountId: string, db: Executor = this.db): Promise<CardRow[]> {
    const rows = await db('cards').where({ account_id: accountId }).whereNull('deleted_at').orderBy([...CHARGE_ORDER]);
    return rows.map(toCardRow);
  }

  async findLive(accountId: string, cardId: string, db: Executor = this.db): Promise<CardRow | undefined> {
    const row = await db('cards').where({ account_id: accountId, id: cardId }).whereNull('deleted_at').first();
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

  /** Every card the account ever kept, removed ones included (support reads), in charge order. */
  async listAllForAccount(accountId: string): Promise<CardRow[]> {
    const rows = await this.db('cards').where({ account_id: accountId }).orderBy([...CHARGE_ORDER]);
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

  async nextPosition(accountId: string, db: Executor): Promise<number> {
    const [row] = await db('cards').where({ account_id: accountId }).whereNull('deleted_at').max({ position: 'position' });
    return row?.position === null || row?.position === undefined ? 0 : Number(row.position) + 1;
  }

  async hasDefault(accountId: string, db: Executor): Promise<boolean> {
    return (await db('cards').where({ account_id: accountId, is_default: true }).whereNull('deleted_at').first('id')) !== undefined;
  }

  async insert(row: CardRow, db: Executor): Promise<void> {
    await db('cards').insert(row);
  }

  async update(cardId: string, changes: Partial<Omit<CardRow, 'id' | 'account_id'>> & { updated_at: string }, db: Executor = this.db): Promise<void> {
    await db('cards').where({ id: cardId }).update(changes);
  }

  /** Soft delete; false when the card is gone already or became the default meanwhile. */
  async softDelete(cardId: string, now: string, db: Executor): Promise<boolean> {
    return (await db('cards').where({ id: cardId, is_default: false }).whereNull('deleted_at').update({ deleted_at: now, updated_at: now })) === 1;
  }

  /** Marks the account's live active cards whose expiry month has passed as `expired`. */
  async markExpired(accountId: string, now: Date): Promise<void> {
    const year = now.getUTCFullYear();
    const month = now.getUTCMonth() + 1;
    await this.db('cards')
      .where({ account_id: accountId, status: 'active' })
      .whereNull('deleted_at')
      .andWhere((query) => query.where('exp_year', '<', year).orWhere((inner) => inner.where('exp_year', year).andWhere('exp_month', '<', month)))
      .update({ status: 'expired', updated_at: now.toISOString() });
  }

  async setDefault(accountId: string, cardId: string, now: string, db: Executor): Promise<void> {
    await db('cards').where({ account_id: accountId }).whereNull('deleted_at').whereNot({ id: cardId }).update({ is_default: false, updated_at: now });
    await db('cards').where({ account_id: accountId, id: cardId }).update({ is_default: true, updated_at: now });
  }

  /** The whole order at once: positions 0…n-1, the first card is the default. */
  async setOrder(accountId: string, cardIds: string[], now: string, db: Executor): Promise<void> {
    for (const [position, id] of cardIds.entries()) {
      await db('cards').where({ account_id: accountId, id }).update({ position, is_default: position === 0, updated_at: now });
    }
  }
}

// SQLite answers booleans as 0/1; PostgreSQL as true/false.
export const toCardRow = (row: Record<string, unknown>): CardRow =>
  ({ ...row, is_default: Boolean(row.is_default), exp_month: Number(row.exp_month), exp_year: Number(row.exp_year), position: Number(row.position) }) as CardRow;
