import type { Knex } from 'knex';
import type { TokenIssuer } from '../../auth/token-issuer.js';
import { AppError, isAppError } from '../../errors.js';
import type { Logger } from '../../logger.js';
import type { AccountsByEmail } from '../accounts/account-ports.js';
import { signInCodeText } from '../onboarding/message-texts.js';
import type { VerificationCodes } from '../onboarding/verification-codes.js';

/**
 * Sign-in by emailed code. Nothing here may tell whether an email has an account: the code request
 * answers before any account-specific work (which runs in the background), and every failed
 * sign-in is the same 401, whatever the reason.
 */
export class SessionService {
  constructor(
    private readonly db: Knex,
    private readonly accounts: AccountsByEmail,
    private readonly codes: VerificationCodes,
    private readonly tokens: TokenIssuer,
    private readonly logger: Logger,
  ) {}

  requestCode(email: string): void {
    this.sendCodeIfAccountExists(email).catch((error: unknown) =>
      this.logger.error({ err: { message: error instanceof Error ? error.message : String(error) } }, 'sign-in code could not be issued'),
    );
  }

  async signIn(email: string, code: string): Promise<string> {
    const account = await this.accounts.findByEmail(email);
    if (!account) {
      // The same code check against an id no account has, so an unknown email costs about the
      // same time as a wrong code for a real one.
      await this.codes.verify(NO_ACCOUNT, 'sign_in', 'email', code).catch(() => undefined);
      throw invalidCode();
    }
    try {
      await this.codes.verify(account.id, 'sign_in', 'email', code);
    } catch (error) {
      if (isAppError(error)) throw invalidCode();
      throw error;
    }
    return this.tokens.issue(account.id, ['account']);
  }

  private async sendCodeIfAccountExists(email: string): Promise<void> {
    const account = await this.accounts.findByEmail(email);
    if (!account) return;
    try {
      await this.db.transaction((trx) =>
        this.codes.issue(trx, { accountId: account.id, purpose: 'sign_in', channel: 'email', target: account.email, template: 'sign_in_code', text: signInCodeText }),
      );
    } catch (error) {
      if (isAppError(error)) return; // a resend inside the cooldown is dropped silently
      throw error;
    }
  }
}

const NO_ACCOUNT = 'acct_none';

const invalidCode = () => new AppError('invalid_code', 'That email and code do not match a valid sign-in code. Ask for a new code and try again.');
