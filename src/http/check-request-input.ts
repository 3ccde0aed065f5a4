import type { Request, RequestHandler } from 'express';
import { AppError, type FieldError } from '../errors.js';
import { hasCardNumber, isCardNumberValue } from './find-card-number.js';
import { FREE_TEXT_FIELDS, hasForbiddenCharacter, misshapenPathId } from './input-rules.js';

const CONTROL_MESSAGE = 'holds a control character (such as NUL); only tab and line break are allowed, and only in free text';

/**
 * The one input rule at the edge, mounted after authentication and the rate limits (so a caller
 * over its limit costs nothing more) and before anything can store, log or forward the request:
 *  - path: a segment with a control character or a card number, or an id not of our shape, is 404;
 *  - query and body: a control character is 422 `validation_failed` naming the field;
 *  - body, query and the Idempotency-Key header: a card number, in any of its disguises, is 422
 *    `raw_card_data_refused` (the value itself is never echoed nor logged).
 * Every check is linear in the size of the request.
 */
export const checkRequestInput: RequestHandler = (req, _res, next) => {
  checkPath(req);
  const query = inspect(req.query, 'query');
  if (query.controls.length > 0) throw invalid('query', query.controls);
  // A raw webhook body is a Buffer checked by its signature; everything else is parsed JSON or a form.
  const body = Buffer.isBuffer(req.body) ? { controls: [], card: false } : inspect(req.body, 'body');
  if (body.controls.length > 0) throw invalid('body', body.controls);
  const key = req.get('idempotency-key');
  if (query.card || body.card || (key !== undefined && hasCardNumber(key))) throw rawCardData();
  next();
};

function checkPath(req: Request): void {
  const segments: string[] = [];
  for (const raw of req.path.split('/')) {
    if (raw === '') continue;
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      throw new AppError('invalid_request', 'The request path could not be read: it holds a malformed percent-escape.', { status: 400 });
    }
    if (hasForbiddenCharacter(segment, false) || hasCardNumber(segment)) throw new AppError('not_found', 'No such resource. Never put card numbers or control characters in a path.');
    segments.push(segment);
  }
  const misshapen = misshapenPathId(segments);
  if (misshapen) {
    throw new AppError('not_found', `No such resource: ids here look like ${misshapen.prefix}_ followed by 20 letters and digits.`);
  }
}

interface Findings {
  controls: FieldError[];
  card: boolean;
}

/** Walks a parsed value once (keys and values, without recursion: a body may nest deep). */
function inspect(value: unknown, where: string): Findings {
  const findings: Findings = { controls: [], card: false };
  const pending: Array<[unknown, string, string]> = [[value, '', '']];
  const seen = new Set<object>();
  while (pending.length > 0) {
    const [current, path, key] = pending.pop()!;
    if (typeof current === 'string') {
      if (hasForbiddenCharacter(current, FREE_TEXT_FIELDS.has(key))) findings.controls.push({ field: path || where, message: CONTROL_MESSAGE });
      else if (!findings.card && hasCardNumber(current)) findings.card = true;
    } else if (typeof current === 'number' || typeof current === 'bigint') {
      if (!findings.card && isCardNumberValue(current)) findings.card = true;
    } else if (typeof current === 'object' && current !== null && !seen.has(current)) {
      seen.add(current);
      const entries = Array.isArray(current) ? current.map((entry, index) => [String(index), entry] as const) : Object.entries(current);
      for (const [name, entry] of entries) {
        const field = path ? `${path}.${name}` : name;
        if (!Array.isArray(current)) pending.push([name, field, '']);
        pending.push([entry, field, Array.isArray(current) ? key : name]);
      }
    }
  }
  return findings;
}

const invalid = (where: string, errors: FieldError[]) => {
  const fields = errors.slice(0, 10);
  const summary = fields.map((error) => `${error.field}: ${error.message}`).join('; ');
  return new AppError('validation_failed', `The request ${where} is invalid: ${summary}.`, { errors: fields });
};

const rawCardData = () =>
  new AppError(
    'raw_card_data_refused',
    'The request contains what looks like a card number. Never send card numbers here: collect the card with the gateway (Stripe Elements) and send its payment-method id (pm_…).',
  );
