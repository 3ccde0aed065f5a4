import type { Knex } from 'knex';
import type { Clock } from '../../clock.js';
import type { FieldCipher } from '../../crypto/field-cipher.js';
import { isUniqueViolation } from '../../db/is-unique-violation.js';
import { AppError } from '../../errors.js';
import { newId } from '../../ids.js';
import type { AccountRow } from '../accounts/account-ports.js';
import { lockAccount } from '../accounts/lock-account.js';
import { idNumberContext } from '../cards/rules/id-number-context.js';
import type { CardGuards } from '../cards/card-guards.js';
import type { CardHistory } from '../cards/card-history.js';
import type { CardHistoryStore, HistoryRow } from '../cards/card-history-store.js';
import type { CardRow, IdType, NewCardRows } from '../cards/card-rows.js';
import type { GatewayCleanup } from '../cards/gateway-cleanup.js';
import { maskIdNumber } from '../cards/rules/mask-id-number.js';

/**
 * A new card a top-up is to keep, written `pending` on the account once attached (under the
 * account lock, within the card limit): it becomes `active` only with the paid top-up, and a
 * top-up that ends cancelled removes it. A duplicate or a full account ends its history entry
 * and detaches it.
 */
export class PendingTopupCards {
  constructor(
    private readonly deps: {
      db: Knex;
      guards: CardGuards;
      cardRows: NewCardRows;
      cardHistory: CardHistory;
      historyStore: CardHistoryStore;
      cleanup: GatewayCleanup;
      cipher: FieldCipher;
      clock: Clock;
    },
  ) {}

  async keep(account: AccountRow, topupId: string, history: HistoryRow, input: { holderName?: string }, idDocument: { type: IdType; normalized: string } | undefined): Promise<string> {
    const id = newId('card');
    const now = this.deps.clock.now().toISOString();
    try {
      await this.deps.db.transaction(async (trx) => {
        await lockAccount(trx, account.id);
        await this.deps.guards.assertRoomForCard(account.id, trx);
        // The card joins the payer the top-up pays for, last in that payer's charge order.
        const payerId: string | null = (await trx('topups').where({ id: topupId }).first('payer_id'))?.payer_id ?? null;
        const position = await this.deps.cardRows.nextPosition(account.id, payerId, trx);
        await this.deps.cardRows.insert({
          id,
          account_id: account.id,
          payer_id: payerId,
          gateway_payment_method_id: history.gateway_payment_method_id,
          fingerprint: history.fingerprint,
          brand: history.brand,
          last4: history.last4,
          exp_month: history.exp_month,
          exp_year: history.exp_year,
          holder_name: input.holderName ?? holderNameOf(account),
          id_type: idDocument?.type ?? null,
          id_number_encrypted: idDocument ? this.deps.cipher.encrypt(idDocument.normalized, idNumberContext(id)) : null,
          id_number_masked: idDocument ? maskIdNumber(idDocument.normalized) : null,
          status: 'pending', // active once the top-up is paid
          is_default: false,
          position,
          created_at: now,
          updated_at: now,
          deleted_at: null,
          // The history holds the card's details by now (described when it was attached).
        } as CardRow, trx);
        await this.deps.historyStore.update(history.id, { card_id: id, updated_at: now }, trx);
        // With the card: a top-up that ends cancelled, however it ends, removes its pending card.
        await trx('topups').where({ id: topupId, status: 'new' }).update({ card_id: id, updated_at: now });
      });
    } catch (error) {
      if (!isUniqueViolation(error) && !(error instanceof AppError)) throw error;
      const duplicate = isUniqueViolation(error);
      const message = duplicate ? 'This card is already saved on the account: pay with its card_id instead.' : (error as AppError).detail;
      await this.deps.cardHistory.fail(history, duplicate ? 'duplicate_card' : 'card_limit_reached', message);
      if (history.gateway_payment_method_id) await this.deps.cleanup.detach(history.id, history.gateway_payment_method_id);
      throw new AppError(duplicate ? 'duplicate_card' : 'card_limit_reached', message, { body: { history_id: history.id } });
    }
    return id;
  }}

function holderNameOf(account: AccountRow): string {
  const details = account.details ? (JSON.parse(account.details) as Record<string, unknown>) : {};
  const name = details.name ?? details.contact_name ?? details.enterprise_name;
  return typeof name === 'string' && name ? name : account.email;
}
