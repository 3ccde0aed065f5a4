import { createHmac, randomInt, timingSafeEqual } from 'node:crypto';
import type { Knex } from 'knex';
import { addSeconds, type Clock } from '../../clock.js';
import { AppError } from '../../errors.js';
import { newId } from '../../ids.js';
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

  /** 429 `resend_too_soon` while the previous code of this step is younger than the cooldown. */
  async assertResendAllowed(accountId: string, purpose: CodePurpose): Promise<void> {
    const latest = await this.store.findLatest(accountId, purpose);
    if (!latest) return;
    const allowedAt = addSeconds(new Date(latest.created_at), this.rules.resendSeconds);
    const waitSeconds = Math.ceil((allowedAt.getTime() - this.clock.now().getTime()) / 1000);
    if (waitSeconds > 0) {
      throw new AppError('resend_too_soon', `A code was sent moments ago. Wait ${waitSeconds} seconds before asking for another.`, {
        headers: { 'Retry-After': String(waitSeconds) },
      });
    }
  }

  /** Writes the new code (voiding the old one) and its message in the caller's transaction. */
  async issue(trx: Knex.Transaction, request: CodeRequest): Promise<void> {
    const code = generateCode();
    const id = newId('vc');
    const now = this.clock.now();
    await this.store.replace(trx, {
      id,
      account_id: request.accountId,
      purpose: request.purpose,
      channel: request.channel,
      target: request.target,
      code_hash: this.hash(id, code),
      attempts: 0,
      expires_at: addSeconds(now, this.rules.ttlSeconds).toISOString(),
      consumed_at: null,
      voided_at: null,
      created_at: now.toISOString(),
    });
    await this.outbox.enqueue(trx, { channel: request.channel, to: request.target, template: request.template, text: request.text(code), code });
  }

  /** Checks and uses the live code of a step; returns it (its `target` is what was proven). */
  async verify(accountId: string, purpose: CodePurpose, channel: CodeChannel, candidate: string): Promise<VerificationCodeRow> {
    const now = this.clock.now();
    const failures = await this.store.countFailuresSince(accountId, channel, addSeconds(now, -FAILURE_WINDOW_SECONDS).toISOString());
    if (failures >= this.rules.maxFailures) {
      throw new AppError('too_many_attempts', 'Too many wrong codes on this account in the last 24 hours. Try again tomorrow or contact support.');
    }
    const live = await this.store.findLive(accountId, purpose);
    if (!live) throw new AppError('invalid_code', 'There is no code waiting for this step. Ask for a new code.', { status: 422 });
    if (new Date(live.expires_at) <= now) throw new AppError('code_expired', 'This code has expired. Ask for a new code.');
    // A try is reserved before the comparison, atomically, so concurrent guesses cannot get more
    // than `maxAttempts` comparisons out of one code.
    if (!(await this.store.reserveTry(live.id, this.rules.maxAttempts))) {
      throw new AppError('too_many_attempts', 'This code has had too many wrong tries. Ask for a new code.');
    }

    if (!this.matches(live, candidate)) {
      await this.store.recordFailure(accountId, channel, now.toISOString());
      const left = Math.max(0, this.rules.maxAttempts - live.attempts - 1);
      throw new AppError('invalid_code', left > 0 ? `That code is not right. ${left} tries left.` : 'That code is not right, and it has no tries left. Ask for a new code.', {
        status: 422,
      });
    }
    if (!(await this.store.consume(live.id, now.toISOString()))) {
      throw new AppError('invalid_code', 'This code has already been used. Ask for a new code.', { status: 422 });
    }
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
