import type { Clock } from '../../clock.js';
import { FieldCipherError, type FieldCipher } from '../../crypto/field-cipher.js';
import { AppError, notFound } from '../../errors.js';
import { newId } from '../../ids.js';
import type { Logger } from '../../logger.js';
import { normalizeEmail, type AccountReads, type AccountRow } from '../accounts/account-ports.js';
import { idNumberContext } from '../cards/rules/id-number-context.js';
import type { CardHistoryStore } from '../cards/card-history-store.js';
import type { CardRow, CardStore } from '../cards/card-store.js';
import type { HoldStore } from '../cards/hold-store.js';
import type { PayerRow } from '../payers/payer-store.js';
import type { ChargeStore } from '../charges/charge-store.js';
import { onboardingState } from '../onboarding/onboarding-state.js';
import { mayBeNational, phoneSearchCandidates } from './rules/phone-search-candidates.js';
import { toSupportAccountView, type SupportAccountView } from './support-account-view.js';
import type { SupportAction, SupportAuditEvent, SupportAuditStore } from './support-audit-store.js';
import type { AccountSearchQuery, AuditQuery } from './support-queries.js';
import type { AccountSearchCriteria, SupportSearchStore } from './support-search-store.js';
import { withCurrentStatus } from '../cards/rules/card-expiry.js';
import type { SupportBalanceReader, SupportBalanceView } from './support-balance-views.js';
import type { ChargeRow } from '../charges/charge-store.js';
import type { DunningStep, PastDueCharges } from '../charges/past-due.js';

/** The support view shows this many of the newest charges. */
const RECENT_CHARGES = 50;
const MAX_ACCOUNT_ID_LENGTH = 40;

/** Who is reading, through which endpoint: the audit trail's "who" and "what". */
export interface SupportReader {
  actor: string;
  endpoint: string;
  requestId?: string;
}

/**
 * Support's reads of customer data. Each use case loads what it shows, writes the audit event,
 * and only then returns: a read that cannot be recorded fails instead of answering unrecorded.
 */
export class SupportService {
  constructor(
    private readonly deps: {
      accounts: AccountReads;
      search: SupportSearchStore;
      audit: SupportAuditStore;
      cards: CardStore;
      history: CardHistoryStore;
      holds: HoldStore;
      charges: ChargeStore;
      /** Every payer of an account, removed ones too (the payers feature). */
      payers?: { listAllForAccount(accountId: string): Promise<PayerRow[]> };
      cipher: FieldCipher;
      clock: Clock;
      logger: Logger;
      emailGraceSeconds: number;
      balance?: SupportBalanceReader;
      /** The charges feature's past-due port: the account's past-due state and each charge's dunning. */
      pastDue?: Pick<PastDueCharges, 'summaryOf' | 'timelineOf'>;
    },
  ) {}

  async searchAccounts(reader: SupportReader, query: AccountSearchQuery): Promise<{ accounts: AccountRow[]; hasMore: boolean }> {
    const criteria = await this.criteriaFor(query);
    const found = await this.deps.search.search(criteria, query.limit + 1);
    const accounts = found.slice(0, query.limit);
    await this.record(reader, 'search_accounts', { query, accountIds: accounts.map((account) => account.id) });
    return { accounts, hasMore: found.length > query.limit };
  }

  async viewAccount(reader: SupportReader, accountId: string): Promise<SupportAccountView & { balance?: SupportBalanceView }> {
    // Account ids are 25 characters; a longer one names no account and would not fit the audit's
    // account column on PostgreSQL.
    if (accountId.length > MAX_ACCOUNT_ID_LENGTH) throw notFound('account');
    const account = await this.deps.accounts.readById(accountId);
    if (!account) {
      // A miss is recorded too: probing for account ids is itself worth seeing in the log.
      await this.record(reader, 'view_account', { query: { account_id: accountId }, accountIds: [accountId], resultCount: 0 });
      throw notFound('account');
    }
    const { cards, history, holds, charges } = this.deps;
    const [payerRows, cardRows, historyRows, holdRows, chargeRows] = await Promise.all([
      this.deps.payers?.listAllForAccount(accountId) ?? [],
      cards.listAllForAccount(accountId),
      history.listForAccount(accountId),
      holds.listForAccount(accountId),
      charges.list(accountId, { limit: RECENT_CHARGES + 1 }),
    ]);
    const recentCharges = chargeRows.slice(0, RECENT_CHARGES);
    const [pastDue, dunning] = await Promise.all([this.deps.pastDue?.summaryOf(accountId) ?? null, this.dunningOf(recentCharges)]);
    const now = this.deps.clock.now();
    const withIdNumbers = cardRows.map((card) => ({ card: withCurrentStatus(card, now), idNumber: this.idNumberOf(card) }));
    const view = toSupportAccountView({
      account,
      onboarding: onboardingState(account, this.deps.clock.now(), this.deps.emailGraceSeconds),
      payers: payerRows,
      cards: withIdNumbers,
      history: historyRows,
      holds: holdRows,
      charges: recentCharges,
      attempts: await charges.attemptsOf(recentCharges.map((charge) => charge.id)),
      chargesHaveMore: chargeRows.length > RECENT_CHARGES,
      pastDue,
      dunning,
    });
    const balance = await this.deps.balance?.viewOf(accountId, account.currency);
    const disclosed = withIdNumbers.some((entry) => entry.idNumber !== null) ? ['id_number'] : [];
    await this.record(reader, 'view_account', { query: { account_id: accountId }, accountIds: [accountId], disclosed });
    return { ...view, ...(balance ? { balance } : {}) };
  }

  /** The dunning timeline of each shown charge that went past due (`on_failure: "retry"` and no
   * card paid at first): still past due, paid later, failed when retries ran out, or canceled. */
  private async dunningOf(charges: ChargeRow[]): Promise<Map<string, DunningStep[]>> {
    const timelines = new Map<string, DunningStep[]>();
    const { pastDue } = this.deps;
    if (!pastDue) return timelines;
    const dunned = charges.filter((charge) => charge.on_failure === 'retry' && charge.past_due_since);
    const steps = await Promise.all(dunned.map((charge) => pastDue.timelineOf(charge.id)));
    dunned.forEach((charge, index) => timelines.set(charge.id, steps[index]!));
    return timelines;
  }

  async readAudit(reader: SupportReader, query: AuditQuery): Promise<{ events: SupportAuditEvent[]; hasMore: boolean }> {
    if (query.starting_after && !(await this.deps.audit.exists(query.starting_after))) {
      throw new AppError('validation_failed', `starting_after: no audit event ${query.starting_after}. Pass the id of the last event of the previous page.`, {
        errors: [{ field: 'starting_after', message: 'is not an audit event id' }],
      });
    }
    const page = await this.deps.audit.page({ limit: query.limit, startingAfter: query.starting_after, accountId: query.account_id, actor: query.actor });
    const accountIds = page.events.flatMap((event) => event.accountIds);
    await this.record(reader, 'read_audit', { query, accountIds, resultCount: page.events.length });
    return page;
  }

  /** The id number in clear. One that no longer decrypts (a retired key, a moved value) is shown
   * as missing rather than failing the whole view, and logged for engineering. */
  private idNumberOf(card: CardRow): string | null {
    if (!card.id_number_encrypted) return null;
    try {
      return this.deps.cipher.decrypt(card.id_number_encrypted, idNumberContext(card.id));
    } catch (error) {
      if (!(error instanceof FieldCipherError)) throw error;
      this.deps.logger.error({ card_id: card.id, err: { message: error.message } }, 'card id number does not decrypt');
      return null;
    }
  }

  private async criteriaFor(query: AccountSearchQuery): Promise<AccountSearchCriteria> {
    const criteria: AccountSearchCriteria = {};
    if (query.account_id) criteria.accountId = query.account_id;
    if (query.email) criteria.email = normalizeEmail(query.email);
    if (query.phone) {
      const countries = mayBeNational(query.phone) ? await this.deps.search.accountCountries() : [];
      criteria.mobiles = phoneSearchCandidates(query.phone, countries);
      if (criteria.mobiles.length === 0) {
        throw new AppError('invalid_phone', `"${query.phone}" is not a phone number we can read. Quote it with its country code, e.g. +56 9 6123 4567.`, {
          errors: [{ field: 'phone', message: 'is not a valid phone number' }],
        });
      }
    }
    if (query.last4) criteria.card = { last4: query.last4, brand: query.brand, expMonth: query.exp_month, expYear: query.exp_year };
    return criteria;
  }

  private async record(
    reader: SupportReader,
    action: SupportAction,
    what: { query: object; accountIds: string[]; disclosed?: string[]; resultCount?: number },
  ): Promise<void> {
    await this.deps.audit.insert({
      id: newId('audit'),
      actor: reader.actor,
      action,
      endpoint: reader.endpoint,
      query: { ...what.query },
      accountIds: [...new Set(what.accountIds)],
      disclosed: what.disclosed ?? [],
      resultCount: what.resultCount ?? what.accountIds.length,
      requestId: reader.requestId ?? null,
      createdAt: this.deps.clock.now().toISOString(),
    });
  }
}
