import type { Knex } from 'knex';

export type CodePurpose = 'email' | 'mobile' | 'sign_in';
export type CodeChannel = 'email' | 'sms';

export interface VerificationCodeRow {
  id: string;
  account_id: string;
  purpose: CodePurpose;
  channel: CodeChannel;
  target: string;
  code_hash: string;
  attempts: number;
  expires_at: string;
  consumed_at: string | null;
  voided_at: string | null;
  created_at: string;
}

type Db = Knex | Knex.Transaction;

/** The SQL of one-time codes. Issuing and verifying run in a transaction that first locks the
 * account (`lockAccount` in the accounts feature), so each method takes that transaction. */
export class VerificationCodeStore {
  constructor(private readonly db: Knex) {}

  transaction<T>(work: (trx: Knex.Transaction) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  /** The code a verify would check: the newest one for the step that is neither used nor voided. */
  async findLive(trx: Db, accountId: string, purpose: CodePurpose): Promise<VerificationCodeRow | undefined> {
    return trx<VerificationCodeRow>('verification_codes')
      .where({ account_id: accountId, purpose })
      .whereNull('consumed_at')
      .whereNull('voided_at')
      .orderBy('created_at', 'desc')
      .first();
  }

  async findLatest(trx: Db, accountId: string, purpose: CodePurpose): Promise<VerificationCodeRow | undefined> {
    return trx<VerificationCodeRow>('verification_codes').where({ account_id: accountId, purpose }).orderBy('created_at', 'desc').first();
  }

  /** A new code voids the previous ones for the same step. */
  async replace(trx: Knex.Transaction, row: VerificationCodeRow): Promise<void> {
    await trx('verification_codes')
      .where({ account_id: row.account_id, purpose: row.purpose })
      .whereNull('consumed_at')
      .whereNull('voided_at')
      .update({ voided_at: row.created_at });
    await trx('verification_codes').insert(row);
  }

  /** A wrong try: counted against the code and against the account's channel budget. */
  async recordWrongTry(trx: Knex.Transaction, row: VerificationCodeRow, at: string): Promise<void> {
    await trx('verification_codes').where('id', row.id).increment('attempts', 1);
    await trx('code_failures').insert({ account_id: row.account_id, channel: row.channel, created_at: at });
  }

  async countFailuresSince(trx: Db, accountId: string, channel: CodeChannel, since: string): Promise<number> {
    const row = await trx('code_failures')
      .where({ account_id: accountId, channel })
      .andWhere('created_at', '>', since)
      .count<{ count: number | string }[]>({ count: '*' })
      .first();
    return Number(row?.count ?? 0);
  }

  async consume(trx: Knex.Transaction, codeId: string, at: string): Promise<void> {
    await trx('verification_codes').where('id', codeId).update({ consumed_at: at });
  }
}
