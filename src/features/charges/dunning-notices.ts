import type { Knex } from 'knex';
import { newId } from '../../ids.js';
import type { Logger } from '../../logger.js';
import type { MessageOutbox } from '../../messaging/message-outbox.js';
import { formatAmount } from '../../money/format-amount.js';
import type { AccountReads } from '../accounts/account-ports.js';
import { brandName } from '../cards/rules/brand-name.js';
import { describeDecline } from '../cards/rules/decline-messages.js';
import type { AttemptRow, ChargeRow } from './charge-rows.js';

export type DunningNotice = 'first_failure' | 'retry_failed' | 'final';

/**
 * What the customer hears about a past-due charge, queued in the transaction that records the
 * failed round (never lost, never twice: `charge_notices` is unique per charge, round and
 * channel): the first failure by email and SMS, each later one by email, the end by a last email.
 * Each names what failed in the customer's words and carries a fresh pay link. The outbox sends
 * them as soon as that transaction commits.
 */
export class DunningNotices {
  constructor(
    private readonly deps: { accounts: AccountReads; outbox: MessageOutbox; payLinkFor: (accountId: string) => Promise<string>; logger: Logger },
  ) {}

  /** `ended`: the charge as the failed round left it and all its tries, as the caller read them in `trx`. */
  async recordIn(trx: Knex.Transaction, ended: { charge: ChargeRow; attempts: readonly AttemptRow[] }, notice: DunningNotice, at: string): Promise<void> {
    const { charge } = ended;
    const chargeId = charge.id;
    const account = await this.deps.accounts.findById(charge.account_id, trx);
    if (!account) return;
    const round = charge.dunning_round ?? 0;
    const tries = ended.attempts.filter((attempt) => (attempt.round ?? 0) === round);
    const link = await this.deps.payLinkFor(charge.account_id);
    const channels: Array<{ channel: 'email' | 'sms'; to: string; text: string }> = [{ channel: 'email', to: account.email, text: emailText(charge, tries, notice, link) }];
    if (notice === 'first_failure' && account.mobile && account.mobile_verified_at) {
      channels.push({ channel: 'sms', to: account.mobile, text: smsText(charge, link) });
    }
    for (const { channel, to, text } of channels) {
      const messageId = await this.deps.outbox.enqueue(trx, { channel, to, template: `charge_${notice}`, text });
      await trx('charge_notices').insert({ id: newId('chn'), charge_id: chargeId, account_id: charge.account_id, round, notice, channel, message_id: messageId, created_at: at });
    }
    this.deps.logger.info({ charge_id: chargeId, account_id: charge.account_id, round, notice, channels: channels.map((entry) => entry.channel) }, 'dunning notice queued');
  }
}

const day = (iso: string) => new Date(iso).toLocaleDateString('en-US', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });

/** Why each card of the round did not pay, as the customer is told on the card pages. */
function whyCardsFailed(tries: readonly AttemptRow[]): string {
  const declined = tries.filter((attempt) => attempt.status === 'declined' || attempt.status === 'error');
  if (declined.length === 0) return 'There was no card we could charge on your account.';
  return declined
    .map((attempt) => {
      const reason = attempt.status === 'declined' ? describeDecline({ code: attempt.gateway_code ?? 'card_declined', ...(attempt.decline_code ? { declineCode: attempt.decline_code } : {}) }).customerMessage : 'We could not reach your bank.';
      return `${brandName(attempt.brand)} ending ${attempt.last4}: ${reason}`;
    })
    .join('\n');
}

function emailText(charge: ChargeRow, tries: readonly AttemptRow[], notice: DunningNotice, link: string): string {
  const what = `${formatAmount(charge.amount, charge.currency)}${charge.description ? ` for ${charge.description}` : ''}`;
  if (notice === 'final') {
    return (
      `We could not collect ${what}, and we have stopped trying.\n${whyCardsFailed(tries)}\n` +
      `The amount is still owed; your provider will tell you how to settle it. To keep your next payments working, update or add a card: ${link}`
    );
  }
  const again = charge.next_retry_at ? ` We will try again on ${day(charge.next_retry_at)}.` : '';
  const opening = notice === 'first_failure' ? `Your payment of ${what} did not go through.` : `We tried again to collect ${what}, and it did not go through.`;
  return `${opening}\n${whyCardsFailed(tries)}\n${again.trim()} To pay now, add a card or update one: ${link}`.replace('\n To', '\nTo');
}

function smsText(charge: ChargeRow, link: string): string {
  return `Card Vault: your payment of ${formatAmount(charge.amount, charge.currency)} did not go through. Update your card or pay here: ${link}`;
}
