import { randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import type { Clock } from '../clock.js';
import type { Scope } from './principal.js';

/** Signs the tokens this service hands out (customers after registration or sign-in; operators
 * through `npm run token`). */
export class TokenIssuer {
  private readonly secretKey: Uint8Array;

  constructor(private readonly options: { secret: string; issuer: string; audience: string; ttlSeconds: number; clock: Clock }) {
    this.secretKey = new TextEncoder().encode(options.secret);
  }

  async issue(subject: string, scopes: Scope[], ttlSeconds = this.options.ttlSeconds): Promise<string> {
    const now = Math.floor(this.options.clock.now().getTime() / 1000);
    return new SignJWT({ scope: scopes.join(' ') })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(subject)
      .setIssuer(this.options.issuer)
      .setAudience(this.options.audience)
      .setIssuedAt(now)
      .setExpirationTime(now + ttlSeconds)
      .setJti(randomUUID())
      .sign(this.secretKey);
  }
}
