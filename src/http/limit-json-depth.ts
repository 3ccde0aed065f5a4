import type { RequestHandler } from 'express';
import { AppError } from '../errors.js';

const MAX_DEPTH = 32;

/** Depth of a parsed JSON value, walked without recursion so a hostile body cannot overflow
 * the stack here. */
function exceedsDepth(value: unknown, limit: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 1]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!;
    if (current === null || typeof current !== 'object') continue;
    if (depth > limit) return true;
    for (const child of Object.values(current)) stack.push([child, depth + 1]);
  }
  return false;
}

/** No request of ours nests deeper than a few levels; a body nested thousands deep would make
 * every later recursive walk (validation, hashing, card-number search) overflow the stack. */
export const limitJsonDepth: RequestHandler = (req, _res, next) => {
  if (exceedsDepth(req.body, MAX_DEPTH)) {
    throw new AppError('invalid_json', `The request body nests deeper than ${MAX_DEPTH} levels. Send a flatter JSON object.`);
  }
  next();
};
