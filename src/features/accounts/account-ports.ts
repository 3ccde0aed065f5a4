import type { Knex } from 'knex';

// What other features may ask of accounts (the `accounts` table is this feature's): the row they
// read and narrow ports, each filled by AccountStore in the composition root. Nothing here runs
// SQL but `accountsAs`, which starts a statement another feature finishes.

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

/** What other features read of an account. */
export interface AccountReads {
  findById(id: string, db?: Knex | Knex.Transaction): Promise<AccountRow | undefined>;
  readById(id: string): Promise<AccountRow | undefined>;
  currencyOf(id: string): Promise<Pick<AccountRow, 'id' | 'currency'> | undefined>;
}

/** The account of an email address, whatever its case (sign-in by email code). */
export interface AccountsByEmail {
  findByEmail(email: string): Promise<AccountRow | undefined>;
}

/** The account's onboarding and activation stamps, written by the steps that prove them (email and
 * mobile codes in onboarding, the first verified card in cards), in the caller's transaction. */
export interface AccountUpdates {
  update(id: string, changes: Partial<Omit<AccountRow, 'id' | 'created_at'>> & { updated_at: string }, trx?: Knex | Knex.Transaction): Promise<void>;
}

/** `accounts as <alias>`: the start of one query that reads an account together with another
 * feature's rows keyed by it (the balance, a charge's wallet), so that read stays one statement. */
export const accountsAs = (db: Knex, alias: string): Knex.QueryBuilder => db(`accounts as ${alias}`);
