import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import type { Logger } from '../logger.js';

declare module 'express-serve-static-core' {
  interface Request {
    id: string;
    log: Logger;
  }
}

const REQUEST_ID_PATTERN = /^[A-Za-z0-9._-]{8,128}$/;

/** Gives each request an id (a caller's well-formed `X-Request-Id` is kept, so a trace can cross
 * services) and a child logger carrying it; logs one line per response. Only the path is logged,
 * not the query string, which can carry search terms such as an email. */
export function requestContext(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const incoming = req.get('x-request-id');
    req.id = incoming && REQUEST_ID_PATTERN.test(incoming) ? incoming : `req_${randomUUID()}`;
    req.log = logger.child({ request_id: req.id });
    res.setHeader('X-Request-Id', req.id);
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
      req.log.info({ method: req.method, path: req.path, status: res.statusCode, duration_ms: Math.round(durationMs * 10) / 10 }, 'request');
    });
    next();
  };
}
