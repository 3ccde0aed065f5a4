import type { Knex } from 'knex';
import type { Clock } from '../../clock.js';
import { isUniqueViolation } from '../../db/is-unique-violation.js';
import { AppError, notFound } from '../../errors.js';
import { newId } from '../../ids.js';
import { normalizeCurrency } from '../../money/currencies.js';
import { GATEWAY_MAX_AMOUNT } from '../charges/rules/charge-amount.js';
import type { SupportAuditStore } from '../support/support-audit-store.js';
import type { BalanceBook } from './balance-book.js';
import { toEntryResponse } from './balance-service.js';

export interface TransferInput {
  amount: unknown;
  currency: string;
  reference: string;
}

/** Support records a bank transfer received for an account: audited first (who, what, which
 * account), then credited once per reference, which the ledger's unique key enforces. */
export class TransferService {
  constructor(
    private readonly deps: { db: Knex; book: BalanceBook; audit: SupportAuditStore; clock: Clock },
  ) {}

  async record(reader: { actor: string; requestId?: string }, accountId: string, input: TransferInput) {
    const amount = input.amount;
    if (typeof amount !== 'number' || !Number.isSafeInteger(amount) || amount <= 0 || amount > GATEWAY_MAX_AMOUNT) {
      const message = `must be a positive whole number of minor units, at most ${GATEWAY_MAX_AMOUNT}`;
      throw new AppError('invalid_amount', `amount ${message}.`, { errors: [{ field: 'amount', message }] });
    }
    const account = await this.deps.db('accounts').where({ id: accountId }).first('id', 'currency');
    if (!account) throw notFound('account');
    const currency = normalizeCurrency(input.currency);
    if (currency !== account.currency) throw currencyMismatch(account.currency, currency);
    await this.deps.audit.insert({
      id: newId('audit'),
      actor: reader.actor,
      action: 'record_transfer',
      endpoint: 'POST /v1/support/accounts/{id}/transfers',
      query: { amount, currency, reference: input.reference },
      accountIds: [accountId],
      disclosed: ['balance'],
      resultCount: 1,
      requestId: reader.requestId ?? null,
      createdAt: this.deps.clock.now().toISOString(),
    });
    try {
      const posted = await this.deps.db.transaction(async (trx: Knex.Transaction) => {
        const locked = await this.deps.book.lock(trx, accountId);
        // Checked again under the lock: the currency may have changed since the read above.
        if (!locked || locked.currency !== currency) throw currencyMismatch(locked?.currency ?? account.currency, currency);
        const already = await trx('balance_entries').where({ account_id: accountId, transfer_reference: input.reference }).first('id');
        if (already) throw alreadyCredited(input.reference, already.id);
        return this.deps.book.post(trx, locked!, { type: 'transfer', amount, currency, transferReference: input.reference, createdBy: reader.actor });
      });
      return { transaction: toEntryResponse(posted.entry), balance: { available: posted.after, currency } };
    } catch (error) {
      if (isUniqueViolation(error)) throw alreadyCredited(input.reference);
      throw error;
    }
  }
}

const currencyMismatch = (balanceCurrency: string, currency: string) =>
  new AppError('currency_mismatch', `The account's balance is in ${balanceCurrency}; this transfer is in ${currency}. Record it in ${balanceCurrency} (converted as the bank did).`);

const alreadyCredited = (reference: string, entryId?: string) =>
  new AppError('transfer_already_credited', `The transfer with reference ${reference} was already credited to this account; it is credited once.`, {
    body: { reference, ...(entryId ? { transaction_id: entryId } : {}) },
  });
