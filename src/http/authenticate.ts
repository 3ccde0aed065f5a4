import type { RequestHandler } from 'express';
import { InvalidTokenError, type TokenVerifier } from '../auth/token-verifier.js';
import type { Principal, Scope } from '../auth/principal.js';
import { AppError } from '../errors.js';

declare module 'express-serve-static-core' {
  interface Request {
    principal?: Principal;
  }
}

/** Identifies the caller when a bearer token is present; routes then demand a scope with
 * `requireScope`. A present but bad token is always 401, even on public routes. */
export function authenticate(verifier: TokenVerifier): RequestHandler {
  return async (req, _res, next) => {
    const header = req.get('authorization');
    if (!header) return next();
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match?.[1]) throw unauthenticated('Send the token as "Authorization: Bearer <token>".');
    try {
      req.principal = await verifier.verify(match[1]);
    } catch (error) {
      if (error instanceof InvalidTokenError) throw unauthenticated(`Authentication failed: ${error.message}. Sign in again to get a new token.`);
      throw error;
    }
    next();
  };
}

const unauthenticated = (detail: string) =>
  new AppError('unauthenticated', detail, { headers: { 'WWW-Authenticate': 'Bearer realm="card-vault"' } });

export function requireScope(scope: Scope): RequestHandler {
  return (req, _res, next) => {
    if (!req.principal) throw unauthenticated('This endpoint needs a bearer token.');
    if (!req.principal.scopes.has(scope)) throw new AppError('forbidden', `This endpoint needs a token with the "${scope}" scope.`);
    next();
  };
}

/** The customer's routes the pay page uses too: a signed-in customer (`account`) or a pay link's
 * session (`pay`), both acting for the account in the token's subject. */
export const customerOrPayLink = (): RequestHandler => requireAnyScope('account', 'pay');

/** For routes open to several scopes (GET /v1/events: billing or support). */
export function requireAnyScope(...allowed: Scope[]): RequestHandler {
  return (req, _res, next) => {
    if (!req.principal) throw unauthenticated('This endpoint needs a bearer token.');
    if (!allowed.some((scope) => req.principal!.scopes.has(scope))) throw new AppError('forbidden', `This endpoint needs a token with one of the scopes ${allowed.map((scope) => `"${scope}"`).join(', ')}.`);
    next();
  };
}

/** The account id of an `account`-scoped caller (after `requireScope('account')`). */
export function accountIdOf(req: { principal?: Principal }): string {
  if (!req.principal) throw unauthenticated('This endpoint needs a bearer token.');
  return req.principal.subject;
}
