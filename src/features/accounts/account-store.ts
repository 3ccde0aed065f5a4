import type { Knex } from 'knex';
import { runOnKnex, type Reads } from '../../db/read-statements.js';
import { normalizeEmail, type AccountReads, type AccountRow, type AccountsByEmail, type AccountUpdates } from './account-ports.js';

/** The `accounts` table: the ports of account-ports.ts, and what registration and the account's
 * own routes write. */
export class AccountStore implements AccountReads, AccountsByEmail, AccountUpdates {
  constructor(
    private readonly db: Knex,
    /** Runs the reads of the GET paths (outside any transaction). */
    private readonly reads: Reads = runOnKnex,
  ) {}

  async insert(trx: Knex.Transaction, row: AccountRow): Promise<void> {
    await trx('accounts').insert(row);
  }

  /** `db`: a transaction of the caller's, when what it decides must see its own writes. */
  async findById(id: string, db: Knex | Knex.Transaction = this.db): Promise<AccountRow | undefined> {
    return db<AccountRow>('accounts').where({ id }).first();
  }

  /** Committed state, read on `reads`: what a GET shows, and the account a charge reads before
   * its transactions. A write path that decides on the row within its own writes uses findById. */
  async readById(id: string): Promise<AccountRow | undefined> {
    const [row] = await this.reads.all<AccountRow>(this.db('accounts').where({ id }).limit(1));
    return row;
  }

  /** Its currency only, on the writer. */
  async currencyOf(id: string): Promise<Pick<AccountRow, 'id' | 'currency'> | undefined> {
    return this.db('accounts').where({ id }).first('id', 'currency');
  }

  async findByEmail(email: string): Promise<AccountRow | undefined> {
    return this.db<AccountRow>('accounts').where({ email_normalized: normalizeEmail(email) }).first();
  }

  async update(id: string, changes: Partial<Omit<AccountRow, 'id' | 'created_at'>> & { updated_at: string }, trx: Knex | Knex.Transaction = this.db): Promise<void> {
    await trx('accounts').where({ id }).update(changes);
  }
}
