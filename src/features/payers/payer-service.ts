import type { Knex } from 'knex';
import type { Clock } from '../../clock.js';
import { AppError, notFound } from '../../errors.js';
import { newId } from '../../ids.js';
import type { AccountReads } from '../accounts/account-ports.js';
import { lockAccount } from '../accounts/lock-account.js';
import { payerFromAccount } from './first-payer.js';
import type { CreatePayerInput, UpdatePayerInput } from './payer-schemas.js';
import type { PayerRow, PayerStore } from './payer-store.js';
import { checkTaxId } from './rules/check-tax-id.js';
import { toPayerResponse } from './payer-view.js';
import { recordEvent } from '../../events/record-event.js';

/** What other features say about a payer before it is deleted (ports: the cards feature answers
 * for its cards, charges for its open charges). */
export interface PayerUsage {
  /** True when the payer still has live cards or charges still being paid. In the caller's
   * transaction, under the account lock. */
  inUse(trx: Knex.Transaction, accountId: string, payerId: string): Promise<boolean>;
}

/** The port cards, charges and top-ups use to know which payer they act for. */
export interface PayerDirectory {
  /** The payer named (404 when it is not one of the account's live payers), or the account's
   * default payer. Under the account lock in a write path: an account whose details were saved
   * by a release before payers gets its default payer here, lazily, in that transaction. */
  payerFor(trx: Knex.Transaction, accountId: string, payerId?: string): Promise<PayerRow>;
  /** The payer as it stands (deleted ones too), outside any lock: receipts, views. */
  find(payerId: string, db?: Knex | Knex.Transaction): Promise<PayerRow | undefined>;
  /** The account's live payers, the default first (committed state, for GETs). */
  list(accountId: string): Promise<PayerRow[]>;
  /** One of the account's live payers, for a GET (404 otherwise). */
  get(accountId: string, payerId: string): Promise<PayerRow>;
  /** The account's default payer (committed state); undefined before its details are saved. */
  defaultOf(accountId: string): Promise<PayerRow | undefined>;
}

/** `/v1/payers`: an account's payers. Every change runs under the account lock, like the cards
 * whose default and order are per payer. */
export class PayerService implements PayerDirectory {
  constructor(
    private readonly deps: { db: Knex; payers: PayerStore; accounts: AccountReads; usage: PayerUsage; clock: Clock; maxPayers: number },
  ) {}

  list(accountId: string): Promise<PayerRow[]> {
    return this.deps.payers.listLive(accountId);
  }

  async get(accountId: string, payerId: string): Promise<PayerRow> {
    const payer = await this.deps.payers.findLive(accountId, payerId);
    if (!payer) throw payerNotFound();
    return payer;
  }

  async create(accountId: string, input: CreatePayerInput): Promise<PayerRow> {
    const tax = checked(input.address.country, input.tax_id, input.tax_id_type);
    return this.locked(accountId, async (trx, now) => {
      // A first payer added by hand comes after the account holder's, which exists from here on.
      await this.defaultPayer(trx, accountId, now);
      if ((await this.deps.payers.countLive(accountId, trx)) >= this.deps.maxPayers) {
        throw new AppError('payer_limit_reached', `An account can have at most ${this.deps.maxPayers} payers. Delete a payer that has no cards before adding another.`);
      }
      const row: PayerRow = {
        id: newId('py'),
        account_id: accountId,
        kind: input.kind,
        legal_name: input.legal_name,
        tax_id: tax.taxId,
        tax_id_type: tax.taxIdType,
        address: JSON.stringify(input.address),
        receipt_email: input.receipt_email,
        is_default: false,
        created_at: now,
        updated_at: now,
        deleted_at: null,
      };
      await this.deps.payers.insert(row, trx);
      return row;
    });
  }

  async update(accountId: string, payerId: string, input: UpdatePayerInput): Promise<PayerRow> {
    return this.locked(accountId, async (trx, now) => {
      const payer = await this.deps.payers.findLive(accountId, payerId, trx);
      if (!payer) throw payerNotFound();
      const address = input.address ?? (JSON.parse(payer.address) as { country?: string });
      // The tax id is checked again as a whole: a new country may need another type.
      const taxGiven = input.tax_id !== undefined || input.tax_id_type !== undefined || input.address !== undefined;
      const tax = taxGiven
        ? checked(
            address.country ?? '',
            input.tax_id !== undefined ? input.tax_id : payer.tax_id,
            // Clearing the number clears its type too, unless a type is given with it.
            input.tax_id_type !== undefined ? input.tax_id_type : input.tax_id === null ? null : payer.tax_id_type,
          )
        : undefined;
      await this.deps.payers.update(payerId, {
        ...(input.kind ? { kind: input.kind } : {}),
        ...(input.legal_name ? { legal_name: input.legal_name } : {}),
        ...(input.address ? { address: JSON.stringify(input.address) } : {}),
        ...(input.receipt_email ? { receipt_email: input.receipt_email } : {}),
        ...(tax ? { tax_id: tax.taxId, tax_id_type: tax.taxIdType } : {}),
        updated_at: now,
      }, trx);
      return this.updatedIn(trx, accountId, payerId, now);
    });
  }

  async makeDefault(accountId: string, payerId: string): Promise<PayerRow> {
    return this.locked(accountId, async (trx, now) => {
      if (!(await this.deps.payers.findLive(accountId, payerId, trx))) throw payerNotFound();
      await this.deps.payers.makeDefault(accountId, payerId, now, trx);
      return this.updatedIn(trx, accountId, payerId, now);
    });
  }

  /** The payer as it now stands, and `payer.updated` for billing (who gets receipts, whose tax id
   * goes on invoices), in the transaction that changed it. */
  private async updatedIn(trx: Knex.Transaction, accountId: string, payerId: string, now: string): Promise<PayerRow> {
    const payer = (await this.deps.payers.findLive(accountId, payerId, trx))!;
    await recordEvent(trx, { type: 'payer.updated', accountId, object: { object: 'payer', ...toPayerResponse(payer) } }, now);
    return payer;
  }

  /** Soft delete: the payer's removed cards, charges and top-ups keep naming it. */
  async delete(accountId: string, payerId: string): Promise<void> {
    await this.locked(accountId, async (trx, now) => {
      const payer = await this.deps.payers.findLive(accountId, payerId, trx);
      if (!payer) throw payerNotFound();
      if (payer.is_default) throw payerInUse('It is the default payer: make another payer the default first (POST /v1/payers/{id}/default).');
      if (await this.deps.usage.inUse(trx, accountId, payerId)) {
        throw payerInUse('It still has cards or a charge being paid: delete its cards first (the default card last, once it is the only one), and wait for its charges to finish.');
      }
      await this.deps.payers.update(payerId, { deleted_at: now, updated_at: now }, trx);
    });
  }

  /** The onboarding details were saved: the account holder becomes the account's first payer
   * (the default). Saved again later, the details leave an existing payer as the customer edited it. */
  async detailsSaved(trx: Knex.Transaction, accountId: string): Promise<void> {
    await this.defaultPayer(trx, accountId, this.deps.clock.now().toISOString());
  }

  async payerFor(trx: Knex.Transaction, accountId: string, payerId?: string): Promise<PayerRow> {
    if (payerId === undefined) return this.defaultPayer(trx, accountId, this.deps.clock.now().toISOString());
    const payer = await this.deps.payers.findLive(accountId, payerId, trx);
    if (!payer) throw payerNotFound();
    return payer;
  }

  defaultOf(accountId: string): Promise<PayerRow | undefined> {
    return this.deps.payers.findDefault(accountId);
  }

  find(payerId: string, db?: Knex | Knex.Transaction): Promise<PayerRow | undefined> {
    return this.deps.payers.findAny(payerId, db);
  }

  private async defaultPayer(trx: Knex.Transaction, accountId: string, now: string): Promise<PayerRow> {
    const existing = await this.deps.payers.findDefault(accountId, trx);
    if (existing) return existing;
    const account = await this.deps.accounts.findById(accountId, trx);
    if (!account) throw notFound('account');
    // The account holder is made from the details: before them there is no one to name.
    if (!account.details_completed_at) {
      throw new AppError('onboarding_incomplete', 'Save the account details first (PUT /v1/onboarding/details): the account holder becomes the first payer.');
    }
    const first = payerFromAccount(account, now);
    await this.deps.payers.insert(first, trx);
    return first;
  }

  private locked<T>(accountId: string, work: (trx: Knex.Transaction, now: string) => Promise<T>): Promise<T> {
    return this.deps.db.transaction(async (trx) => {
      await lockAccount(trx, accountId);
      return work(trx, this.deps.clock.now().toISOString());
    });
  }
}

function checked(country: string, taxId: string | null | undefined, taxIdType: string | null | undefined) {
  const tax = checkTaxId(country, taxId, taxIdType);
  if (!tax.ok) throw new AppError(tax.code, tax.code === 'invalid_rut' ? tax.message : `The request body is invalid: ${tax.field}: ${tax.message}`, { errors: [{ field: tax.field, message: tax.message }] });
  return tax;
}

export const payerNotFound = () => notFound('payer');
const payerInUse = (why: string) => new AppError('payer_in_use', `This payer cannot be deleted. ${why}`);
