import type { Knex } from 'knex';
import type { TokenIssuer } from '../../auth/token-issuer.js';
import type { Clock } from '../../clock.js';
import { AppError, notFound } from '../../errors.js';
import { newId } from '../../ids.js';
import { isUniqueViolation } from '../../db/is-unique-violation.js';
import { currencyForCountry, isSupportedCurrency, normalizeCurrency } from '../../money/currencies.js';
import { normalizeEmail, type AccountRow } from './account-ports.js';
import type { AccountStore } from './account-store.js';
import { lockAccount } from './lock-account.js';

/** Onboarding's part of registration, in its transaction: the first email code (a port, so that
 * accounts never imports onboarding, which builds on accounts). */
export interface RegistrationCode {
  sendFirstEmailCode(trx: Knex.Transaction, account: AccountRow): Promise<void>;
}

/** The balance feature's say on a currency change: refused while money is in the balance. */
export interface CurrencyChangeGuard {
  assertEmpty(trx: Knex.Transaction, accountId: string): Promise<void>;
}

export class AccountService {
  constructor(
    private readonly db: Knex,
    private readonly accounts: AccountStore,
    private readonly registrationCode: RegistrationCode,
    private readonly tokens: TokenIssuer,
    private readonly clock: Clock,
    private readonly currencyGuard?: CurrencyChangeGuard,
  ) {}

  /** Creates the account and emails the registration code (the first proof of the email). */
  async register(input: { email: string; country: string }): Promise<{ account: AccountRow; token: string }> {
    const now = this.clock.now().toISOString();
    const country = input.country.toUpperCase();
    const account: AccountRow = {
      id: newId('acct'),
      email: input.email.trim(),
      email_normalized: normalizeEmail(input.email),
      country,
      currency: currencyForCountry(country),
      type: null,
      details: null,
      mobile: null,
      email_verified_at: null,
      mobile_verified_at: null,
      details_completed_at: null,
      status: 'registered',
      activated_at: null,
      created_at: now,
      updated_at: now,
    };
    try {
      await this.db.transaction(async (trx) => {
        await this.accounts.insert(trx, account);
        await this.registrationCode.sendFirstEmailCode(trx, account);
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw emailTaken();
      throw error;
    }
    return { account, token: await this.tokens.issue(account.id, ['account']) };
  }

  /** The account as a GET shows it (read outside the writer's connection). */
  async read(accountId: string): Promise<AccountRow> {
    const account = await this.accounts.readById(accountId);
    if (!account) throw notFound('account');
    return account;
  }

  async get(accountId: string): Promise<AccountRow> {
    const account = await this.accounts.findById(accountId);
    if (!account) throw notFound('account');
    return account;
  }

  async setPreferences(accountId: string, input: { currency: string }): Promise<AccountRow> {
    if (!isSupportedCurrency(input.currency)) {
      throw new AppError('unsupported_currency', `${input.currency} is not supported. See GET /v1/reference/currencies for the list.`);
    }
    const account = await this.get(accountId);
    const currency = normalizeCurrency(input.currency);
    // Under the account lock, like every balance change, so no top-up or credit slips in between.
    await this.db.transaction(async (trx) => {
      await lockAccount(trx, accountId);
      if (currency !== account.currency) await this.currencyGuard?.assertEmpty(trx, accountId);
      await this.accounts.update(accountId, { currency, updated_at: this.clock.now().toISOString() }, trx);
    });
    return this.get(accountId);
  }
}

const emailTaken = () => new AppError('email_taken', 'An account with this email already exists. Sign in with POST /v1/sessions/email-code instead.');
