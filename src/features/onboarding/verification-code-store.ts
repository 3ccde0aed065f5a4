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

export class VerificationCodeStore {
  constructor(private readonly db: Knex) {}

  /** The code a verify would check: the newest one for the step that is neither used nor voided. */
  async findLive(accountId: string, purpose: CodePurpose): Promise<VerificationCodeRow | undefined> {
    return this.db<VerificationCodeRow>('verification_codes')
      .where({ account_id: accountId, purpose })
      .whereNull('consumed_at')
      .whereNull('voided_at')
      .orderBy('created_at', 'desc')
      .first();
  }

  async findLatest(accountId: string, purpose: CodePurpose): Promise<VerificationCodeRow | undefined> {
    return this.db<VerificationCodeRow>('verification_codes').where({ account_id: accountId, purpose }).orderBy('created_at', 'desc').first();
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

  /** Takes one of the code's tries; false when it had none left. */
  async reserveTry(codeId: string, maxAttempts: number): Promise<boolean> {
    const updated = await this.db('verification_codes')
      .where('id', codeId)
      .andWhere('attempts', '<', maxAttempts)
      .increment('attempts', 1);
    return updated === 1;
  }

  async recordFailure(accountId: string, channel: CodeChannel, at: string): Promise<void> {
    await this.db('code_failures').insert({ account_id: accountId, channel, created_at: at });
  }

  async countFailuresSince(accountId: string, channel: CodeChannel, since: string): Promise<number> {
    const row = await this.db('code_failures')
      .where({ account_id: accountId, channel })
      .andWhere('created_at', '>', since)
      .count<{ count: number | string }[]>({ count: '*' })
      .first();
    return Number(row?.count ?? 0);
  }

  /** Marks the code used; false if a concurrent request used (or voided) it first. */
  async consume(codeId: string, at: string): Promise<boolean> {
    const updated = await this.db('verification_codes').where('id', codeId).whereNull('consumed_at').whereNull('voided_at').update({ consumed_at: at });
    return updated === 1;
  }
}
