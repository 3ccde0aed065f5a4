import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import type { Logger } from '../logger.js';
import { hasCardNumber } from './find-card-number.js';
import { REQUEST_ID_PATTERN } from './input-rules.js';

declare module 'express-serve-static-core' {
  interface Request {
    id: string;
    log: Logger;
  }
}

/** Gives each request an id and a child logger carrying it; logs one line per response. A caller's
 * `X-Request-Id` is kept (so a trace can cross services) only when it is 8 to 128 letters, digits,
 * `.`, `_`, `:` or `-` and does not look like a card number; otherwise it is replaced by our own,
 * never echoed. Only the path is logged, not the query string, which can carry search terms such
 * as an email, and a path segment that reads as a card number is logged as `[REDACTED]`, as is
 * the token of a pay link (`/pay/<token>`). */
export function requestContext(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const incoming = req.get('x-request-id');
    const id = incoming && REQUEST_ID_PATTERN.test(incoming) && !hasCardNumber(incoming) ? incoming : `req_${randomUUID()}`;
    req.id = id;
    // Made on first use: most requests log only the line below, which names its id itself.
    let child: Logger | undefined;
    Object.defineProperty(req, 'log', { configurable: true, enumerable: true, get: () => (child ??= logger.child({ request_id: id })) });
    res.setHeader('X-Request-Id', id);
    const started = performance.now();
    res.on('finish', () => {
      const durationMs = performance.now() - started;
      logger.info({ request_id: id, method: req.method, path: loggedPath(req.path), status: res.statusCode, duration_ms: Math.round(durationMs * 10) / 10 }, 'request');
    });
    next();
  };
}

/** The path as logged: it is percent-encoded, so a segment is decoded before it is read for card
 * numbers (the logger's own redaction sees only the encoded text). */
function loggedPath(path: string): string {
  // A pay link is a credential for its account until it expires: its token never reaches a log.
  if (path.startsWith('/pay/')) return '/pay/[REDACTED]';
  if (!path.includes('%') && !/\d/.test(path)) return path;
  return path
    .split('/')
    .map((segment) => {
      let decoded = segment;
      try {
        decoded = decodeURIComponent(segment);
      } catch {
        // Not decodable: read as it is.
      }
      return hasCardNumber(decoded) ? '[REDACTED]' : segment;
    })
    .join('/');
}
