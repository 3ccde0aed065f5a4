import { createHmac, randomInt, timingSafeEqual } from 'node:crypto';
import type { Knex } from 'knex';
import { addSeconds, type Clock } from '../../clock.js';
import { AppError } from '../../errors.js';
import { newId } from '../../ids.js';
import { lockAccount } from '../accounts/lock-account.js';
import type { MessageOutbox } from '../../messaging/message-outbox.js';
import type { CodeChannel, CodePurpose, VerificationCodeRow, VerificationCodeStore } from './verification-code-store.js';

export interface CodeRules {
  ttlSeconds: number;
  resendSeconds: number;
  maxAttempts: number;
  /** Wrong tries per account and channel in 24 hours before every verify is refused. */
  maxFailures: number;
}

export interface CodeRequest {
  accountId: string;
  purpose: CodePurpose;
  channel: CodeChannel;
  target: string;
  template: string;
  text: (code: string) => string;
}

const FAILURE_WINDOW_SECONDS = 24 * 60 * 60;

/** A 6-digit code from a CSPRNG, zero-padded so every code is equally likely. */
export const generateCode = () => String(randomInt(0, 1_000_000)).padStart(6, '0');

/**
 * One-time codes (NIST SP 800-63B style): stored as an HMAC (fast, unlike a password hash, and
 * useless without the server secret), single use, bound to their step and target, expiring, with
 * a per-code attempt limit and a per-account, per-channel failure budget that new codes don't reset.
 */
export class VerificationCodes {
  private readonly secret: Buffer;

  constructor(
    private readonly store: VerificationCodeStore,
    private readonly outbox: MessageOutbox,
    private readonly clock: Clock,
    private readonly rules: CodeRules,
    secret: string,
  ) {
    this.secret = Buffer.from(secret);
  }

  /**
   * Writes a new code (voiding the old one) and its message in the caller's transaction: 429
   * `resend_too_soon` while the previous code of this step is younger than the cooldown. The check
   * runs under the account's lock, so parallel requests cannot each pass it and send a code.
   */
  async issue(trx: Knex.Transaction, request: CodeRequest): Promise<void> {
    await lockAccount(trx, request.accountId);
    const now = this.clock.now();
    const latest = await this.store.findLatest(trx, request.accountId, request.purpose);
    if (latest) {
      const allowedAt = addSeconds(new Date(latest.created_at), this.rules.resendSeconds);
      const waitSeconds = Math.ceil((allowedAt.getTime() - now.getTime()) / 1000);
      if (waitSeconds > 0) {
        throw new AppError('resend_too_soon', `A code was sent moments ago. Wait ${waitSeconds} seconds before asking for another.`, {
          headers: { 'Retry-After': String(waitSeconds) },
        });
      }
    }
    const code = generateCode();
    const id = newId('vc');
    const expiresAt = addSeconds(now, this.rules.ttlSeconds);
    await this.store.replace(trx, {
      id,
      account_id: request.accountId,
      purpose: request.purpose,
      channel: request.channel,
      target: request.target,
      code_hash: this.hash(id, code),
      attempts: 0,
      expires_at: expiresAt.toISOString(),
      consumed_at: null,
      voided_at: null,
      created_at: now.toISOString(),
    });
    await this.outbox.enqueue(trx, { channel: request.channel, to: request.target, template: request.template, text: request.text(code), code }, expiresAt);
  }

  /** Checks and uses the live code of a step; returns it (its `target` is what was proven).
   * The whole check runs under the account's lock, so parallel verifies are taken one at a time
   * and can neither exceed a code's tries nor the channel's daily budget. */
  async verify(accountId: string, purpose: CodePurpose, channel: CodeChannel, candidate: string): Promise<VerificationCodeRow> {
    // The refusal is returned, not thrown, inside the transaction: a wrong try must be committed.
    const result = await this.store.transaction((trx) => this.check(trx, accountId, purpose, channel, candidate));
    if (result instanceof AppError) throw result;
    return result;
  }

  private async check(trx: Knex.Transaction, accountId: string, purpose: CodePurpose, channel: CodeChannel, candidate: string): Promise<VerificationCodeRow | AppError> {
    await lockAccount(trx, accountId);
    const now = this.clock.now();
    const failures = await this.store.countFailuresSince(trx, accountId, channel, addSeconds(now, -FAILURE_WINDOW_SECONDS).toISOString());
    if (failures >= this.rules.maxFailures) {
      return new AppError('too_many_attempts', 'Too many wrong codes on this account in the last 24 hours. Try again tomorrow or contact support.');
    }
    const live = await this.store.findLive(trx, accountId, purpose);
    if (!live) return new AppError('invalid_code', 'There is no code waiting for this step. Ask for a new code.', { status: 422 });
    if (live.attempts >= this.rules.maxAttempts) {
      return new AppError('too_many_attempts', 'This code has had too many wrong tries. Ask for a new code.');
    }
    if (new Date(live.expires_at) <= now) return new AppError('code_expired', 'This code has expired. Ask for a new code.');

    if (!this.matches(live, candidate)) {
      await this.store.recordWrongTry(trx, live, now.toISOString());
      const left = this.rules.maxAttempts - live.attempts - 1;
      return new AppError('invalid_code', left > 0 ? `That code is not right. ${left} tries left.` : 'That code is not right, and it has no tries left. Ask for a new code.', {
        status: 422,
      });
    }
    await this.store.consume(trx, live.id, now.toISOString());
    return live;
  }

  private hash(codeId: string, code: string): string {
    return createHmac('sha256', this.secret).update(`${codeId}:${code}`).digest('hex');
  }

  private matches(row: VerificationCodeRow, candidate: string): boolean {
    const expected = Buffer.from(row.code_hash, 'hex');
    const actual = Buffer.from(this.hash(row.id, candidate), 'hex');
    return expected.length === actual.length && timingSafeEqual(expected, actual);
  }
}
