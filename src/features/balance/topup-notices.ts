import type { Knex } from 'knex';
import type { MessageOutbox } from '../../messaging/message-outbox.js';
import type { AccountRow } from '../accounts/account-ports.js';
import type { PayerDirectory } from '../payers/payer-service.js';
import type { TopupRow } from './topup-store.js';

/** A top-up's emails (its receipt, the notice that it was cancelled), queued in the transaction
 * that ended it, to whoever receives that top-up's mail. */
export class TopupNotices {
  constructor(
    private readonly deps: {
      /** Where a payer's receipts go. */
      payers?: Pick<PayerDirectory, 'find'>;
      outbox: MessageOutbox;
    },
  ) {}

  async queue(trx: Knex.Transaction, row: TopupRow, account: AccountRow, template: 'topup_receipt' | 'topup_cancelled', text: string): Promise<void> {
    for (const to of await this.recipients(trx, row, account)) await this.deps.outbox.enqueue(trx, { channel: 'email', to, template, text });
  }

  /** A top-up's receipts and notices go to its payer's receipt_email, and to the account's email
   * as well when that payer is the account's default payer (the account holder); one message per
   * address. Without a payer (a top-up from before payers), to the account's email as before. */
  private async recipients(trx: Knex.Transaction, row: TopupRow, account: AccountRow): Promise<string[]> {
    const payer = row.payer_id ? await this.deps.payers?.find(row.payer_id, trx) : undefined;
    if (!payer) return [account.email];
    const to = payer.is_default ? [payer.receipt_email, account.email] : [payer.receipt_email];
    return [...new Map(to.map((address) => [address.trim().toLowerCase(), address])).values()];
  }
}
