import type { Knex } from 'knex';
import { runOnKnex, type Reads } from '../../db/read-statements.js';

export type AccountStatus = 'registered' | 'active';
export type AccountType = 'individual' | 'enterprise';

export interface AccountRow {
  id: string;
  email: string;
  email_normalized: string;
  country: string;
  currency: string;
  type: AccountType | null;
  details: string | null; // JSON
  mobile: string | null;
  email_verified_at: string | null;
  mobile_verified_at: string | null;
  details_completed_at: string | null;
  status: AccountStatus;
  activated_at: string | null;
  created_at: string;
  updated_at: string;
}

export const normalizeEmail = (email: string) => email.trim().toLowerCase();

/** What other features read of an account (the `accounts` table is this feature's): their port,
 * filled by AccountStore. */
export interface AccountReads {
  findById(id: string, db?: Knex | Knex.Transaction): Promise<AccountRow | undefined>;
  readById(id: string): Promise<AccountRow | undefined>;
  currencyOf(id: string): Promise<Pick<AccountRow, 'id' | 'currency'> | undefined>;
}

/** `accounts as <alias>`: the start of one query that reads an account together with another
 * feature's rows keyed by it (the balance, a charge's wallet), so that read stays one statement. */
export const accountsAs = (db: Knex, alias: string): Knex.QueryBuilder => db(`accounts as ${alias}`);

export class AccountStore implements AccountReads {
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
