import { createRemoteJWKSet, decodeProtectedHeader, errors, jwtVerify, type JWTPayload } from 'jose';
import type { Clock } from '../clock.js';
import { scopes as knownScopes, type Principal, type Scope } from './principal.js';

export class InvalidTokenError extends Error {
  override name = 'InvalidTokenError';
}

const SHARED_SECRET_ALGORITHMS = ['HS256'];
const ASYMMETRIC_ALGORITHMS = ['EdDSA', 'ES256', 'RS256'];
/** How far apart our clock and an issuer's may be. */
export const CLOCK_SKEW_SECONDS = 60;

/**
 * Verifies bearer tokens. Each key is bound to its own algorithms, so `alg: none` and algorithm
 * confusion (an RS256 public key used as an HS256 secret) fail. `exp`, `iat`, `sub`, `iss` and
 * `aud` are required: jose only checks a claim when it is present unless told to require it.
 * `sub` must be a string; `iat` and `nbf` may not be in the future beyond CLOCK_SKEW_SECONDS; and
 * no token may live (exp - iat) longer than `maxTtlSeconds`, so a leaked token cannot be forever.
 */
export class TokenVerifier {
  private readonly secretKey: Uint8Array;
  private readonly jwks?: ReturnType<typeof createRemoteJWKSet>;
  private readonly verified = new VerifiedTokens();

  constructor(private readonly options: { secret: string; jwksUrl?: string; issuer: string; audience: string; maxTtlSeconds: number; clock: Clock; jwksCacheSeconds?: number; jwksCooldownSeconds?: number }) {
    this.secretKey = new TextEncoder().encode(options.secret);
    // An unknown `kid` refetches the key set (a rotation), but at most once per cooldown.
    if (options.jwksUrl) {
      this.jwks = createRemoteJWKSet(new URL(options.jwksUrl), {
        ...(options.jwksCacheSeconds === undefined ? {} : { cacheMaxAge: options.jwksCacheSeconds * 1000 }),
        ...(options.jwksCooldownSeconds === undefined ? {} : { cooldownDuration: options.jwksCooldownSeconds * 1000 }),
      });
    }
  }

  /** A token seen in the last minute skips the signature check (the same bytes under the same
   * keys verify the same way); its lifetime is checked again on every use. */
  async verify(token: string): Promise<Principal> {
    if (!isCanonicalCompactJws(token)) throw new InvalidTokenError('the token is not valid');
    const nowMs = this.options.clock.now().getTime();
    const known = this.verified.get(token, nowMs);
    if (known) {
      this.checkLifetime(known.payload);
      return known.principal;
    }
    const { payload, principal } = await this.verifySignedToken(token);
    this.verified.set(token, { payload, principal }, nowMs);
    return principal;
  }

  private async verifySignedToken(token: string): Promise<{ payload: JWTPayload; principal: Principal }> {
    let payload: JWTPayload;
    try {
      const { alg } = decodeProtectedHeader(token);
      const verifyOptions = {
        issuer: this.options.issuer,
        audience: this.options.audience,
        requiredClaims: ['exp', 'iat', 'sub'],
        currentDate: this.options.clock.now(),
        // For an issuer's `nbf` only: `exp` is checked strictly below.
        clockTolerance: CLOCK_SKEW_SECONDS,
      };
      if (alg && ASYMMETRIC_ALGORITHMS.includes(alg) && this.jwks) {
        ({ payload } = await jwtVerify(token, this.jwks, { ...verifyOptions, algorithms: ASYMMETRIC_ALGORITHMS }));
      } else {
        ({ payload } = await jwtVerify(token, this.secretKey, { ...verifyOptions, algorithms: SHARED_SECRET_ALGORITHMS }));
      }
    } catch (error) {
      const reason = error instanceof errors.JWTExpired ? 'the token has expired' : 'the token is not valid';
      throw new InvalidTokenError(reason);
    }
    this.checkLifetime(payload);
    const granted = typeof payload.scope === 'string' ? payload.scope.split(' ') : [];
    const scopes = new Set(granted.filter((scope): scope is Scope => (knownScopes as readonly string[]).includes(scope)));
    if (typeof payload.sub !== 'string' || payload.sub === '' || scopes.size === 0) throw new InvalidTokenError('the token has no subject or no known scope');
    return { payload, principal: { subject: payload.sub, scopes } };
  }

  /** jose checks that iat, nbf and exp are numbers and that nbf has passed; we add that iat is not
   * in the future and that the token's whole life fits the configured maximum. */
  private checkLifetime(payload: JWTPayload): void {
    const now = Math.floor(this.options.clock.now().getTime() / 1000);
    const { iat, nbf, exp } = payload as { iat: number; nbf?: number; exp: number };
    if (exp <= now) throw new InvalidTokenError('the token has expired');
    if (iat > now + CLOCK_SKEW_SECONDS || (nbf !== undefined && nbf > now + CLOCK_SKEW_SECONDS)) throw new InvalidTokenError('the token is issued in the future');
    if (exp - iat > this.options.maxTtlSeconds) throw new InvalidTokenError(`the token lives longer than ${this.options.maxTtlSeconds} seconds`);
  }
}

/** A JWS in compact form is three base64url segments without padding (RFC 7515 §2, §7.1). The
 * decoders jose uses forgive `=` padding and stray low bits in the last character, so the same
 * token could be sent in many spellings (each its own cache entry, each "valid"); only the one
 * canonical spelling is accepted: each segment must be exactly what its bytes encode to. */
export function isCanonicalCompactJws(token: string): boolean {
  const segments = token.split('.');
  return segments.length === 3 && segments.every((segment) => segment.length > 0 && /^[A-Za-z0-9_-]+$/.test(segment) && Buffer.from(segment, 'base64url').toString('base64url') === segment);
}

// A signature check (WebCrypto, on the thread pool) costs more than the rest of a small GET. Each
// verified token is remembered for at most a minute, so a key dropped from the JWKS stops working
// within a minute of the key set being refetched (jose caches the key set itself for longer).
const VERIFIED_TOKEN_SECONDS = 60;
const VERIFIED_TOKENS_MAX = 10_000;

class VerifiedTokens {
  private readonly entries = new Map<string, { payload: JWTPayload; principal: Principal; until: number }>();

  get(token: string, nowMs: number) {
    const entry = this.entries.get(token);
    if (!entry) return undefined;
    if (entry.until > nowMs) return entry;
    this.entries.delete(token);
    return undefined;
  }

  set(token: string, value: { payload: JWTPayload; principal: Principal }, nowMs: number): void {
    // Oldest first out: Map keeps insertion order.
    if (this.entries.size >= VERIFIED_TOKENS_MAX) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(token, { ...value, until: nowMs + VERIFIED_TOKEN_SECONDS * 1000 });
  }
}
