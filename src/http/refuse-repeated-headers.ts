import type { RequestHandler } from 'express';
import { AppError } from '../errors.js';

// Node keeps the first Authorization and joins repeated Idempotency-Keys into "k1, k2": either way
// the request would run under something the caller did not mean.
const SINGLE_HEADERS = ['authorization', 'idempotency-key'];

/** Refuses a request carrying one of these headers more than once (read from the raw headers). */
export const refuseRepeatedHeaders: RequestHandler = (req, _res, next) => {
  const counts = new Map<string, number>();
  for (let index = 0; index < req.rawHeaders.length; index += 2) {
    const name = req.rawHeaders[index]!.toLowerCase();
    if (!SINGLE_HEADERS.includes(name)) continue;
    const count = (counts.get(name) ?? 0) + 1;
    counts.set(name, count);
    if (count > 1) {
      const display = name === 'authorization' ? 'Authorization' : 'Idempotency-Key';
      throw new AppError('invalid_request', `The ${display} header is sent more than once. Send it exactly once.`);
    }
  }
  next();
};
