import type { Knex } from 'knex';
import { addSeconds, type Clock } from '../clock.js';
import { afterCommit } from '../db/after-commit.js';
import type { FieldCipher } from '../crypto/field-cipher.js';
import { newId } from '../ids.js';
import { backoffSeconds } from '../jobs/backoff.js';
import type { Logger } from '../logger.js';
import type { MessageTransport, OutgoingMessage } from './message-transport.js';

const LEASE_SECONDS = 60;
const MAX_ATTEMPTS = 12;
const BATCH_SIZE = 20;

/**
 * Messages are written inside the caller's transaction (with the code they carry) and delivered
 * afterwards, at once and then by the polling job, with backoff. Until then the text and code are
 * sealed with the field cipher (codes are otherwise stored only as hashes); once a message is
 * sent, given up on or past its code's expiry, the code is wiped and only a redacted text stays.
 */
export class MessageOutbox {
  constructor(
    private readonly db: Knex,
    private readonly transport: MessageTransport,
    private readonly clock: Clock,
    private readonly logger: Logger,
    private readonly cipher: FieldCipher,
  ) {}

  /** `expiresAt`: when the message stops being worth sending (its code's expiry). `afterChargeId`:
   * the message reports what that charge did and waits until the charge has succeeded; the
   * charge's failure withdraws it (see `withdrawForCharge`). */
  async enqueue(trx: Knex.Transaction | Knex, message: OutgoingMessage, expiresAt?: Date, afterChargeId?: string): Promise<string> {
    const id = newId('msg');
    const now = this.clock.now();
    const row: MessageRow = {
      id,
      channel: message.channel,
      recipient: message.to,
      template: message.template,
      text: this.cipher.encrypt(message.text, sealContext(id, 'text')),
      code: message.code ? this.cipher.encrypt(message.code, sealContext(id, 'code')) : null,
      // A message that can go now is written already claimed by this process (its first attempt,
      // under a lease) and sent once the transaction commits: no second commit to claim it. If
      // this process dies first, the lease runs out and the delivery job sends it.
      attempts: afterChargeId ? 0 : 1,
      expires_at: expiresAt?.toISOString() ?? null,
    };
    await trx('messages').insert({
      ...row,
      status: 'pending',
      next_attempt_at: now.toISOString(),
      ...(afterChargeId ? { after_charge_id: afterChargeId } : { lease_until: addSeconds(now, LEASE_SECONDS).toISOString() }),
      created_at: now.toISOString(),
    });
    if (!afterChargeId) afterCommit(trx, () => this.sendClaimed(row));
    return id;
  }

  private sendClaimed(row: MessageRow): void {
    this.deliver(row, row.attempts).catch((error: unknown) => this.logger.error({ message_id: row.id, err: describe(error) }, 'message delivery failed to record its outcome'));
  }

  /** In the caller's transaction (the one that gives a failed charge's balance part back): the
   * messages still waiting on that charge are never sent. */
  async withdrawForCharge(trx: Knex.Transaction, chargeId: string): Promise<number> {
    return trx('messages').where({ after_charge_id: chargeId, status: 'pending' }).update({ status: 'withdrawn', code: null, lease_until: null });
  }

  /** In the caller's transaction: these messages, if still waiting, are never sent (an
   * expiring-card notice whose card the updater renewed). How many were withdrawn. */
  async withdraw(trx: Knex.Transaction, messageIds: readonly string[]): Promise<number> {
    if (messageIds.length === 0) return 0;
    return trx('messages').whereIn('id', messageIds).where({ status: 'pending' }).update({ status: 'withdrawn', code: null, lease_until: null });
  }

  /** Delivery after the request has answered; failures stay queued for the job. */
  deliverSoon(): void {
    this.deliverDue().catch((error: unknown) => this.logger.error({ err: describe(error) }, 'message delivery pass failed'));
  }

  /** Claims due messages with a lease (so two workers never send the same one) and sends them. */
  async deliverDue(): Promise<number> {
    const now = this.clock.now();
    const due = await this.db('messages')
      .where('status', 'pending')
      .andWhere('next_attempt_at', '<=', now.toISOString())
      .andWhere((query) => query.whereNull('lease_until').orWhere('lease_until', '<', now.toISOString()))
      // A message that waits on a charge goes once the charge has succeeded.
      .andWhere((query) =>
        query.whereNull('after_charge_id').orWhereExists((charge) => charge.select(this.db.raw('1')).from('charges').whereRaw('charges.id = messages.after_charge_id').andWhere('charges.status', 'succeeded')),
      )
      .orderBy('created_at')
      .limit(BATCH_SIZE);
    let delivered = 0;
    for (const row of due) {
      const claimed = await this.db('messages')
        .where({ id: row.id, attempts: row.attempts, status: 'pending' })
        .andWhere((query) => query.whereNull('lease_until').orWhere('lease_until', '<', now.toISOString()))
        .update({ lease_until: addSeconds(now, LEASE_SECONDS).toISOString(), attempts: row.attempts + 1 });
      if (claimed !== 1) continue;
      if (await this.deliver(row, row.attempts + 1)) delivered += 1;
    }
    return delivered;
  }

  private async deliver(row: MessageRow, attempt: number): Promise<boolean> {
    const text = this.cipher.decrypt(row.text, sealContext(row.id, 'text'));
    const code = row.code ? this.cipher.decrypt(row.code, sealContext(row.id, 'code')) : undefined;
    const closed = { lease_until: null, code: null, text: code ? text.split(code).join('******') : text };
    if (row.expires_at && row.expires_at <= this.clock.now().toISOString()) {
      await this.db('messages').where('id', row.id).update({ ...closed, status: 'expired' });
      return false;
    }
    try {
      await this.transport.send({ channel: row.channel, to: row.recipient, template: row.template, text, ...(code ? { code } : {}) });
    } catch (error) {
      const failedForGood = attempt >= MAX_ATTEMPTS;
      const waitSeconds = backoffSeconds({ firstSeconds: 5, maxSeconds: 600 }, attempt - 1);
      await this.db('messages')
        .where('id', row.id)
        .update({
          ...(failedForGood ? { ...closed, status: 'failed' } : { status: 'pending', lease_until: null }),
          next_attempt_at: addSeconds(this.clock.now(), waitSeconds).toISOString(),
          last_error: describe(error).message.slice(0, 500),
        });
      this.logger.warn({ message_id: row.id, attempt, err: describe(error) }, failedForGood ? 'message delivery gave up' : 'message delivery failed, will retry');
      return false;
    }
    await this.db('messages').where('id', row.id).update({ ...closed, status: 'sent', sent_at: this.clock.now().toISOString() });
    return true;
  }
}

interface MessageRow {
  id: string;
  channel: OutgoingMessage['channel'];
  recipient: string;
  template: string;
  text: string;
  code: string | null;
  attempts: number;
  expires_at: string | null;
}

const sealContext = (messageId: string, field: 'text' | 'code') => `messages.${field}:${messageId}`;

const describe = (error: unknown) => ({ message: error instanceof Error ? error.message : String(error) });
