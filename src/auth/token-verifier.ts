import { createRemoteJWKSet, decodeProtectedHeader, errors, jwtVerify, type JWTPayload } from 'jose';
import { scopes as knownScopes, type Principal, type Scope } from './principal.js';

export class InvalidTokenError extends Error {
  override name = 'InvalidTokenError';
}

const SHARED_SECRET_ALGORITHMS = ['HS256'];
const ASYMMETRIC_ALGORITHMS = ['EdDSA', 'ES256', 'RS256'];

/**
 * Verifies bearer tokens. Each key is bound to its own algorithms, so `alg: none` and algorithm
 * confusion (an RS256 public key used as an HS256 secret) fail. `exp`, `iss` and `aud` are
 * required: jose only checks `exp` when it is present unless told to require it.
 */
export class TokenVerifier {
  private readonly secretKey: Uint8Array;
  private readonly jwks?: ReturnType<typeof createRemoteJWKSet>;

  constructor(private readonly options: { secret: string; jwksUrl?: string; issuer: string; audience: string; jwksCacheSeconds?: number; jwksCooldownSeconds?: number }) {
    this.secretKey = new TextEncoder().encode(options.secret);
    // An unknown `kid` refetches the key set (a rotation), but at most once per cooldown.
    if (options.jwksUrl) {
      this.jwks = createRemoteJWKSet(new URL(options.jwksUrl), {
        ...(options.jwksCacheSeconds === undefined ? {} : { cacheMaxAge: options.jwksCacheSeconds * 1000 }),
        ...(options.jwksCooldownSeconds === undefined ? {} : { cooldownDuration: options.jwksCooldownSeconds * 1000 }),
      });
    }
  }

  async verify(token: string): Promise<Principal> {
    let payload: JWTPayload;
    try {
      const { alg } = decodeProtectedHeader(token);
      const verifyOptions = { issuer: this.options.issuer, audience: this.options.audience, requiredClaims: ['exp', 'sub'] };
      if (alg && ASYMMETRIC_ALGORITHMS.includes(alg) && this.jwks) {
        ({ payload } = await jwtVerify(token, this.jwks, { ...verifyOptions, algorithms: ASYMMETRIC_ALGORITHMS }));
      } else {
        ({ payload } = await jwtVerify(token, this.secretKey, { ...verifyOptions, algorithms: SHARED_SECRET_ALGORITHMS }));
      }
    } catch (error) {
      const reason = error instanceof errors.JWTExpired ? 'the token has expired' : 'the token is not valid';
      throw new InvalidTokenError(reason);
    }
    const granted = typeof payload.scope === 'string' ? payload.scope.split(' ') : [];
    const scopes = new Set(granted.filter((scope): scope is Scope => (knownScopes as readonly string[]).includes(scope)));
    if (!payload.sub || scopes.size === 0) throw new InvalidTokenError('the token has no subject or no known scope');
    return { subject: payload.sub, scopes };
  }
}
