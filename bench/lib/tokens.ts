import { TokenIssuer } from '../../src/auth/token-issuer.js';
import { systemClock } from '../../src/clock.js';
import { loadConfig } from '../../src/config.js';

/** Tokens signed with the service's development defaults (the bench runs the service on them). */
export function benchTokenIssuer(ttlSeconds = 3600): TokenIssuer {
  const config = loadConfig({});
  return new TokenIssuer({ secret: config.AUTH_JWT_SECRET, issuer: config.AUTH_ISSUER, audience: config.AUTH_AUDIENCE, ttlSeconds, clock: systemClock });
}
