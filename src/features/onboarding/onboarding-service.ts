import type { Knex } from 'knex';
import type { Clock } from '../../clock.js';
import { AppError } from '../../errors.js';
import { isSupportedCurrency, normalizeCurrency } from '../../money/currencies.js';
import type { AccountService } from '../accounts/account-service.js';
import type { AccountUpdates } from '../accounts/account-ports.js';
import { lockAccount } from '../accounts/lock-account.js';
import type { AccountDetails } from './account-details.js';
import { emailCodeText, smsCodeText } from './message-texts.js';
import { onboardingState, type OnboardingState } from './onboarding-state.js';
import { parseMobileNumber } from './rules/parse-mobile-number.js';
import type { VerificationCodes } from './verification-codes.js';

const phoneErrors = {
  invalid_phone: 'This is not a valid phone number. Enter the mobile number in national format or as +<country code><number>.',
  phone_region_mismatch: 'The mobile number must belong to the country the account is registered in.',
  phone_not_mobile: 'This looks like a landline. Enter a mobile number that can receive text messages.',
} as const;

export class OnboardingService {
  constructor(
    private readonly db: Knex,
    private readonly accountService: AccountService,
    private readonly accounts: AccountUpdates,
    private readonly codes: VerificationCodes,
    private readonly clock: Clock,
    private readonly emailGraceSeconds: number,
    /** Told when the details are saved, in that transaction: the account holder becomes the
     * account's first (default) payer (the payers feature). */
    private readonly payers?: { detailsSaved(trx: Knex.Transaction, accountId: string): Promise<void> },
  ) {}

  async state(accountId: string): Promise<OnboardingState> {
    return onboardingState(await this.accountService.read(accountId), this.clock.now(), this.emailGraceSeconds);
  }

  async sendEmailCode(accountId: string): Promise<void> {
    const account = await this.accountService.get(accountId);
    await this.db.transaction((trx) =>
      this.codes.issue(trx, { accountId, purpose: 'email', channel: 'email', target: account.email, template: 'email_code', text: emailCodeText }),
    );
  }

  async verifyEmailCode(accountId: string, code: string): Promise<OnboardingState> {
    await this.accountService.get(accountId);
    await this.codes.verify(accountId, 'email', 'email', code);
    const now = this.clock.now().toISOString();
    await this.accounts.update(accountId, { email_verified_at: now, updated_at: now });
    return this.state(accountId);
  }

  async sendMobileCode(accountId: string, phone: string): Promise<void> {
    const account = await this.accountService.get(accountId);
    if (onboardingState(account, this.clock.now(), this.emailGraceSeconds).steps.email !== 'done') {
      throw new AppError('email_step_required', 'Confirm your email first: request a code with POST /v1/onboarding/email-code.');
    }
    const parsed = parseMobileNumber(phone, account.country);
    if (!parsed.ok) throw new AppError(parsed.code, phoneErrors[parsed.code], { errors: [{ field: 'phone', message: phoneErrors[parsed.code] }] });
    await this.db.transaction((trx) =>
      this.codes.issue(trx, { accountId, purpose: 'mobile', channel: 'sms', target: parsed.e164, template: 'mobile_code', text: smsCodeText }),
    );
  }

  /** The verified number is the one the code was sent to: a code proves only its own number. */
  async verifyMobileCode(accountId: string, code: string): Promise<OnboardingState> {
    await this.accountService.get(accountId);
    const proven = await this.codes.verify(accountId, 'mobile', 'sms', code);
    const now = this.clock.now().toISOString();
    await this.accounts.update(accountId, { mobile: proven.target, mobile_verified_at: now, updated_at: now });
    return this.state(accountId);
  }

  async submitDetails(accountId: string, details: AccountDetails): Promise<OnboardingState> {
    const account = await this.accountService.get(accountId);
    if (account.mobile_verified_at === null) {
      throw new AppError('mobile_step_required', 'Verify a mobile number first: POST /v1/onboarding/mobile-code.');
    }
    if (details.type === 'enterprise' && !isSupportedCurrency(details.currency)) {
      throw new AppError('unsupported_currency', `${details.currency} is not supported. See GET /v1/reference/currencies for the list.`, {
        errors: [{ field: 'currency', message: 'is not a supported currency' }],
      });
    }
    const now = this.clock.now().toISOString();
    await this.db.transaction(async (trx) => {
      await lockAccount(trx, accountId);
      await this.accounts.update(accountId, {
        type: details.type,
        details: JSON.stringify(details.type === 'enterprise' ? { ...details, currency: normalizeCurrency(details.currency) } : details),
        ...(details.type === 'enterprise' ? { currency: normalizeCurrency(details.currency) } : {}),
        details_completed_at: account.details_completed_at ?? now,
        updated_at: now,
      }, trx);
      await this.payers?.detailsSaved(trx, accountId);
    });
    return this.state(accountId);
  }
}
