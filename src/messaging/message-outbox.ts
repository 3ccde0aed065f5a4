import type { Knex } from 'knex';
import { addSeconds, type Clock } from '../clock.js';
import { newId } from '../ids.js';
import type { Logger } from '../logger.js';
import type { MessageTransport, OutgoingMessage } from './message-transport.js';

const LEASE_SECONDS = 60;
const MAX_ATTEMPTS = 12;
const BATCH_SIZE = 20;

/**
 * Messages are written inside the caller's transaction (with the code they carry) and delivered
 * afterwards, at once and then by the polling job, with backoff. After delivery the code is wiped
 * from the row and the text, since codes are otherwise stored only as hashes.
 */
export class MessageOutbox {
  constructor(
    private readonly db: Knex,
    private readonly transport: MessageTransport,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {}

  async enqueue(trx: Knex.Transaction | Knex, message: OutgoingMessage): Promise<string> {
    const id = newId('msg');
    const now = this.clock.now().toISOString();
    await trx('messages').insert({
      id,
      channel: message.channel,
      recipient: message.to,
      template: message.template,
      text: message.text,
      code: message.code ?? null,
      status: 'pending',
      attempts: 0,
      next_attempt_at: now,
      created_at: now,
    });
    return id;
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
    try {
      await this.transport.send({ channel: row.channel, to: row.recipient, template: row.template, text: row.text, ...(row.code ? { code: row.code } : {}) });
    } catch (error) {
      const failedForGood = attempt >= MAX_ATTEMPTS;
      const backoffSeconds = Math.min(5 * 2 ** (attempt - 1), 600);
      await this.db('messages')
        .where('id', row.id)
        .update({
          status: failedForGood ? 'failed' : 'pending',
          lease_until: null,
          next_attempt_at: addSeconds(this.clock.now(), backoffSeconds).toISOString(),
          last_error: describe(error).message.slice(0, 500),
        });
      this.logger.warn({ message_id: row.id, attempt, err: describe(error) }, failedForGood ? 'message delivery gave up' : 'message delivery failed, will retry');
      return false;
    }
    await this.db('messages')
      .where('id', row.id)
      .update({
        status: 'sent',
        sent_at: this.clock.now().toISOString(),
        lease_until: null,
        code: null,
        text: row.code ? row.text.split(row.code).join('******') : row.text,
      });
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
}

const describe = (error: unknown) => ({ message: error instanceof Error ? error.message : String(error) });
