import type { Knex } from 'knex';
import type { Clock } from '../../clock.js';
import type { SupportAuditLog } from '../../audit/support-audit-log.js';
import { isUniqueViolation } from '../../db/is-unique-violation.js';
import { AppError, notFound } from '../../errors.js';
import { newId } from '../../ids.js';
import { normalizeCurrency } from '../../money/currencies.js';
import { GATEWAY_MAX_AMOUNT } from '../../money/gateway-max-amount.js';
import type { AccountReads, AccountRow } from '../accounts/account-ports.js';
import type { BalanceBook } from './balance-book.js';
import type { Posted } from './balance-ledger.js';
import { toEntryResponse } from './balance-service.js';

/** The largest transfer credited at once, in minor units (the gateway's eight digits). */
export const MAX_TRANSFER_AMOUNT = GATEWAY_MAX_AMOUNT;

export interface TransferCredit {
  accountId: string;
  amount: number;
  /** Upper case: the balance's currency. */
  currency: string;
  reference: string;
  /** The support operator who credits it. */
  createdBy: string;
}

export interface TransferInput {
  amount: unknown;
  currency: string;
  reference: string;
}

/** Support records a bank transfer received for an account: audited first (who, what, which
 * account), then credited once per reference, which the ledger's unique key enforces. */
export class TransferService {
  constructor(
    private readonly deps: { db: Knex; accounts: AccountReads; book: BalanceBook; audit: SupportAuditLog; clock: Clock },
  ) {}

  async record(reader: { actor: string; requestId?: string }, accountId: string, input: TransferInput) {
    const amount = input.amount;
    if (typeof amount !== 'number' || !Number.isSafeInteger(amount) || amount <= 0 || amount > GATEWAY_MAX_AMOUNT) {
      const message = `must be a positive whole number of minor units, at most ${GATEWAY_MAX_AMOUNT}`;
      throw new AppError('invalid_amount', `amount ${message}.`, { errors: [{ field: 'amount', message }] });
    }
    const account = await this.deps.accounts.currencyOf(accountId);
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
      const { posted } = await this.deps.db.transaction((trx: Knex.Transaction) =>
        this.credit(trx, { accountId, amount, currency, reference: input.reference, createdBy: reader.actor }),
      );
      return { transaction: toEntryResponse(posted.entry), balance: { available: posted.after, currency } };
    } catch (error) {
      throw transferError(error, input.reference);
    }
  }

  /** The transfer rule inside the caller's transaction (for a ticket that support credits): the
   * account locked, the balance's currency, once per reference. Answers the posted entry and the
   * account as read under the lock. A race on the reference surfaces as a unique violation when
   * the transaction ends: pass what it throws through `transferError`. */
  async credit(trx: Knex.Transaction, input: TransferCredit): Promise<{ posted: Posted; account: AccountRow }> {
    const { accountId, amount, currency } = input;
    const locked = await this.deps.book.lock(trx, accountId);
    if (!locked) throw notFound('account');
    // Checked again under the lock: the currency may have changed since the read above.
    if (locked.currency !== currency) throw currencyMismatch(locked.currency, currency);
    // References compare ignoring letter case (`inv-1` is `INV-1`), as the database's index does.
    const already = await trx('balance_entries')
      .where({ account_id: accountId })
      .whereNotNull('transfer_reference')
      .andWhereRaw('lower(transfer_reference) = lower(?)', [input.reference])
      .first('id', 'transfer_reference');
    if (already) throw alreadyCredited(already.transfer_reference, already.id);
    const posted = await this.deps.book.post(trx, locked, { type: 'transfer', amount, currency, transferReference: input.reference, createdBy: input.createdBy });
    return { posted, account: locked };
  }
}

/** What a transfer's transaction threw, as the client should see it: the database's one-credit-per-
 * reference key, met by a concurrent credit, is `transfer_already_credited`. */
export function transferError(error: unknown, reference: string): unknown {
  return isUniqueViolation(error) ? alreadyCredited(reference) : error;
}

const currencyMismatch = (balanceCurrency: string, currency: string) =>
  new AppError('currency_mismatch', `The account's balance is in ${balanceCurrency}; this transfer is in ${currency}. Record it in ${balanceCurrency} (converted as the bank did).`);

const alreadyCredited = (reference: string, entryId?: string) =>
  new AppError('transfer_already_credited', `The transfer with reference ${reference} was already credited to this account; it is credited once.`, {
    body: { reference, ...(entryId ? { transaction_id: entryId } : {}) },
  });
