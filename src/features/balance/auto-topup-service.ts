import type { Knex } from 'knex';
import type { Clock } from '../../clock.js';
import { AppError, type FieldError, notFound } from '../../errors.js';
import { topupAmounts } from '../../money/topup-amounts.js';
import type { AccountReads, AccountRow } from '../accounts/account-ports.js';
import type { BalanceBook } from './balance-book.js';
import { AUTO_TOPUP_CONSENT } from './rules/auto-topup-consent.js';
import { topupAmountProblem } from './rules/topup-amount.js';
import type { AutoTopupRuleRow, AutoTopupStore } from './auto-topup-store.js';
import type { TopupCards } from './topup-cards.js';
import { toAutoTopupResponse, type AutoTopupResponse } from './auto-topup-view.js';

export interface AutoTopupRequest {
  threshold: unknown;
  amount?: unknown;
  target?: unknown;
  cardId?: string;
  monthlyLimit?: unknown;
}

/** `PUT/GET/DELETE /v1/balance/auto_topup`: the customer's rule, with the consent it stands on. */
export class AutoTopupService {
  constructor(
    private readonly deps: { db: Knex; accounts: AccountReads; rules: AutoTopupStore; book: BalanceBook; cards: TopupCards; clock: Clock },
  ) {}

  /** Sets (or replaces) the rule: it starts active, its failures forgotten, its consent the words
   * shown now. */
  async put(accountId: string, request: AutoTopupRequest): Promise<AutoTopupResponse> {
    const account = await this.account(accountId);
    if (account.status !== 'active') {
      throw new AppError('account_not_active', 'Automatic top-ups pay from a verified card: add and verify a card first (POST /v1/cards).');
    }
    const terms = checkTerms(request, account.currency);
    // The card must be able to pay now (the named one, or the default): an error the customer can
    // fix here beats a rule that fails on its first crossing.
    const card = await this.deps.cards.payingCard(accountId, request.cardId, this.deps.clock.now());
    const now = this.deps.clock.now().toISOString();
    const row: AutoTopupRuleRow = {
      account_id: accountId,
      currency: account.currency,
      ...terms,
      card_id: request.cardId ? card.id : null,
      status: 'active',
      disabled_reason: null,
      consent_text: AUTO_TOPUP_CONSENT.text,
      consent_version: AUTO_TOPUP_CONSENT.version,
      consented_at: now,
      crossing: null,
      failures: 0,
      next_try_at: null,
      limit_noticed_month: null,
      created_at: now,
      updated_at: now,
    };
    await this.deps.db.transaction(async (trx) => {
      const locked = await this.deps.book.lock(trx, accountId);
      if (locked!.currency !== account.currency) throw new AppError('conflict', 'The account changed its currency meanwhile. Send the rule again.');
      const before = await this.deps.rules.find(accountId, trx);
      await this.deps.rules.replace(trx, before ? { ...row, created_at: before.created_at } : row);
    });
    return this.get(accountId);
  }

  async get(accountId: string): Promise<AutoTopupResponse> {
    const rule = await this.deps.rules.find(accountId);
    if (!rule) throw noRule();
    return toAutoTopupResponse(rule);
  }

  async remove(accountId: string): Promise<void> {
    const removed = await this.deps.db.transaction(async (trx) => {
      await this.deps.book.lock(trx, accountId);
      return this.deps.rules.remove(trx, accountId);
    });
    if (!removed) throw noRule();
  }

  private async account(accountId: string): Promise<AccountRow> {
    const account = await this.deps.accounts.readById(accountId);
    if (!account) throw notFound('account');
    return account;
  }
}

/** No rule: 404, carrying the consent a frontend shows before the customer turns it on. */
const noRule = () =>
  new AppError('not_found', 'Automatic top-up is not set up. Turn it on with PUT /v1/balance/auto_topup.', {
    body: { consent: { text: AUTO_TOPUP_CONSENT.text, version: AUTO_TOPUP_CONSENT.version } },
  });

/** The amounts of a rule, each inside the currency's top-up range; 422 naming every field wrong. */
function checkTerms(request: AutoTopupRequest, currency: string): Pick<AutoTopupRuleRow, 'threshold' | 'amount' | 'target' | 'monthly_limit'> {
  const errors: FieldError[] = [];
  const inRange = (field: string, value: unknown) => {
    const problem = topupAmountProblem(value, currency);
    if (problem) errors.push({ field, message: problem.replace(/^amount /, `${field} `) });
  };
  const hasAmount = request.amount !== undefined;
  const hasTarget = request.target !== undefined;
  if (hasAmount === hasTarget) {
    const message = 'give amount (add this much) or target (fill up to this), exactly one of them';
    throw new AppError('validation_failed', `The request body is invalid: ${message}.`, { errors: [{ field: hasAmount ? 'target' : 'amount', message }] });
  }
  inRange('threshold', request.threshold);
  inRange(hasAmount ? 'amount' : 'target', hasAmount ? request.amount : request.target);
  if (hasTarget && errors.length === 0 && (request.target as number) <= (request.threshold as number)) {
    errors.push({ field: 'target', message: `target must be above threshold (${String(request.threshold)}): a top-up fills the balance up to it.` });
  }
  const min = topupAmounts(currency)?.min ?? 1;
  const limit = request.monthlyLimit;
  if (limit !== undefined && (typeof limit !== 'number' || !Number.isSafeInteger(limit) || limit < min || limit > 99_999_999_999)) {
    errors.push({ field: 'monthly_limit', message: `monthly_limit must be a whole number of ${currency} minor units, at least one top-up's minimum (${min}).` });
  }
  if (errors.length > 0) {
    throw new AppError('invalid_amount', `The automatic top-up's amounts are not valid: ${errors.map((error) => error.message).join(' ')}`, { errors });
  }
  return {
    threshold: request.threshold as number,
    amount: hasAmount ? (request.amount as number) : null,
    target: hasTarget ? (request.target as number) : null,
    monthly_limit: limit === undefined ? null : (limit as number),
  };
}
