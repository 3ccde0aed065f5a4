import { createHmac } from 'node:crypto';
import { errors, jwtVerify, SignJWT } from 'jose';
import type { Clock } from '../../clock.js';

const AUDIENCE = 'card-vault:pay-page';
const TYPE = 'pay-link+jwt';

/**
 * The pay page's links: `${PUBLIC_BASE_URL}/pay/<token>`, a JWT for one account that needs no
 * sign-in, valid PAY_LINK_TTL_SECONDS. Signed with a key derived from AUTH_JWT_SECRET for this use
 * alone, with its own audience and type, so a pay link is never accepted as an API token, nor an
 * API token as a pay link.
 */
export class PayLinks {
  private readonly key: Uint8Array;

  constructor(private readonly options: { secret: string; issuer: string; publicBaseUrl: string; ttlSeconds: number; clock: Clock }) {
    this.key = createHmac('sha256', options.secret).update('card-vault pay links v1').digest();
  }

  /** A fresh link for the account, for a notice about to be sent. */
  async urlFor(accountId: string): Promise<string> {
    return `${this.options.publicBaseUrl}/pay/${await this.tokenFor(accountId)}`;
  }

  async tokenFor(accountId: string): Promise<string> {
    const now = Math.floor(this.options.clock.now().getTime() / 1000);
    return new SignJWT({})
      .setProtectedHeader({ alg: 'HS256', typ: TYPE })
      .setSubject(accountId)
      .setIssuer(this.options.issuer)
      .setAudience(AUDIENCE)
      .setIssuedAt(now)
      .setExpirationTime(now + this.options.ttlSeconds)
      .sign(this.key);
  }

  /** The link's account, or why it does not open: `expired`, or `invalid` (tampered, or not a pay link). */
  async verify(token: string): Promise<{ accountId: string } | { problem: 'expired' | 'invalid' }> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        algorithms: ['HS256'],
        audience: AUDIENCE,
        issuer: this.options.issuer,
        typ: TYPE,
        requiredClaims: ['sub', 'exp'],
        currentDate: this.options.clock.now(),
      });
      return { accountId: payload.sub! };
    } catch (error) {
      return { problem: error instanceof errors.JWTExpired ? 'expired' : 'invalid' };
    }
  }
}
