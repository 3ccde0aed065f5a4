import { decodeJwt } from 'jose';
import type { Scope } from '../../auth/principal.js';
import type { Clock } from '../../clock.js';
import { AppError } from '../../errors.js';
import type { PayLinks } from './pay-links.js';

/** What opening a pay link hands the page: a customer token for the link's account. */
export interface PaySession {
  accessToken: string;
  expiresIn: number;
  accountId: string;
}

/**
 * Opens a pay link: the link proves the account (it was emailed or texted to its owner), so it is
 * exchanged for a short customer token, never longer-lived than the link itself. A link that does
 * not open says only why (tampered or expired) and where to get a new one: nothing about the
 * account it names.
 */
export class PaySessionService {
  constructor(
    private readonly deps: {
      links: Pick<PayLinks, 'verify'>;
      tokens: { issue(subject: string, scopes: Scope[], ttlSeconds?: number): Promise<string> };
      clock: Clock;
      /** AUTH_TOKEN_TTL_SECONDS: a pay session is never longer than a signed-in one. */
      maxTtlSeconds: number;
      /** Where a customer with a dead link signs in (PUBLIC_BASE_URL). */
      signInUrl: string;
    },
  ) {}

  async open(link: string): Promise<PaySession> {
    const verified = await this.deps.links.verify(link);
    if ('problem' in verified) throw this.linkProblem(verified.problem);
    const expiresIn = Math.min(this.remainingSeconds(link), this.deps.maxTtlSeconds);
    if (expiresIn < 1) throw this.linkProblem('expired');
    const accessToken = await this.deps.tokens.issue(verified.accountId, ['pay'], expiresIn);
    return { accessToken, expiresIn, accountId: verified.accountId };
  }

  /** The verified link's own `exp`, on the clock the link was verified with (the service's). */
  private remainingSeconds(link: string): number {
    const { exp } = decodeJwt(link);
    return Math.floor(exp! - this.deps.clock.now().getTime() / 1000);
  }

  private linkProblem(problem: 'expired' | 'invalid'): AppError {
    const ask = `Ask for a new link: sign in at ${this.deps.signInUrl} and pay from the account's page.`;
    return problem === 'expired'
      ? new AppError('pay_link_expired', `This pay link has expired. ${ask}`)
      : new AppError('pay_link_invalid', `This pay link is not valid. ${ask}`);
  }
}
