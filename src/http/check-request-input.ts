import type { Request, RequestHandler } from 'express';
import { AppError, type FieldError } from '../errors.js';
import { hasCardNumber, isCardNumberValue } from './find-card-number.js';
import { FREE_TEXT_FIELDS, hasForbiddenCharacter, misshapenPathId } from './input-rules.js';

declare module 'express-serve-static-core' {
  interface Request {
    /** Whether the input rules read the body (see checkRequestInput). */
    bodyScanned?: boolean;
  }
}

const isSimulatorForm = (req: Request) => req.method === 'POST' && req.path.startsWith('/simulator/3ds/');

const CONTROL_MESSAGE = 'holds a control character (such as NUL); only tab and line break are allowed, and only in free text';

/**
 * The one input rule at the edge, mounted after authentication and the rate limits (so a caller
 * over its limit costs nothing more) and before anything can store, log or forward the request.
 * Path, query and the Idempotency-Key are short and always checked; the body only once the caller
 * is authenticated or counted by the public limit:
 *  - path: a segment with a control character or a card number, or an id not of our shape, is 404;
 *  - query and body: a control character is 422 `validation_failed` naming the field;
 *  - body, query and the Idempotency-Key header: a card number, in any of its disguises, is 422
 *    `raw_card_data_refused` (the value itself is never echoed nor logged).
 * Every check is linear in the size of the request.
 */
export const checkRequestInput: RequestHandler = (req, _res, next) => {
  checkPath(req);
  const query = inspectValue(req.query, 'query');
  if (query.controls.length > 0) throw invalid('query', query.controls);
  // The body (up to 64 KiB) is scanned only for a caller who is known or has been counted by the
  // public limit (and for the simulator's 3-D Secure form): anyone else gets 401 from the route's
  // scope check or 404, at no cost. `bodyScanned` tells the idempotency layer it may keep the request.
  req.bodyScanned = req.principal !== undefined || req.publicLimitCounted === true || isSimulatorForm(req);
  // A raw webhook body is a Buffer checked by its signature; everything else is parsed JSON or a form.
  const body = Buffer.isBuffer(req.body) || !req.bodyScanned ? { controls: [], card: false } : inspectValue(req.body, 'body');
  if (body.controls.length > 0) throw invalid('body', body.controls);
  const key = req.get('idempotency-key');
  if (query.card || body.card || (key !== undefined && hasCardNumber(key))) throw rawCardData();
  next();
};

/** The same rules for text that arrives outside a JSON body (a multipart form's fields): control
 * characters by field (422 `validation_failed`), then card numbers (422 `raw_card_data_refused`). */
export function checkFormFields(fields: Record<string, string>): void {
  const findings = inspectValue(fields, 'body');
  if (findings.controls.length > 0) throw invalid('body', findings.controls);
  if (findings.card) throw rawCardData();
}

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

export interface Findings {
  controls: FieldError[];
  card: boolean;
}

// Field paths are built only for an error: a 64 KiB array holds tens of thousands of entries.
interface Pending {
  value: unknown;
  parent: Pending | undefined;
  /** The key or index under the parent. */
  name: string;
  /** The object key that names this value's field (arrays pass on their own). */
  field: string;
}

const pathOf = (entry: Pending): string => {
  const names: string[] = [];
  for (let current: Pending | undefined = entry; current?.parent; current = current.parent) names.push(current.name);
  return names.reverse().join('.');
};

/** Walks a parsed value once (keys and values, without recursion: a body may nest deep): control
 * characters by field, and whether any string or number looks like a card number. */
export function inspectValue(value: unknown, where: string): Findings {
  const findings: Findings = { controls: [], card: false };
  const pending: Pending[] = [];
  const seen = new Set<object>();
  // Strings and numbers are checked where they are met; only objects and arrays are queued, and
  // a field's path is built only when it is reported.
  const report = (parent: Pending | undefined, name: string) =>
    findings.controls.push({ field: (parent ? pathOf({ value: undefined, parent, name, field: '' }) : '') || where, message: CONTROL_MESSAGE });
  const check = (child: unknown, parent: Pending | undefined, name: string, field: string) => {
    if (typeof child === 'string') {
      if (hasForbiddenCharacter(child, FREE_TEXT_FIELDS.has(field))) report(parent, name);
      else if (!findings.card && hasCardNumber(child)) findings.card = true;
    } else if (typeof child === 'number' || typeof child === 'bigint') {
      if (!findings.card && isCardNumberValue(child)) findings.card = true;
    } else if (typeof child === 'object' && child !== null && !seen.has(child)) {
      seen.add(child);
      pending.push({ value: child, parent, name, field });
    }
  };
  check(value, undefined, '', '');
  while (pending.length > 0) {
    const entry = pending.pop()!;
    const current = entry.value as Record<string, unknown> | unknown[];
    if (Array.isArray(current)) {
      for (let index = 0; index < current.length; index += 1) check(current[index], entry, String(index), entry.field);
    } else {
      for (const name of Object.keys(current)) {
        // The key itself: never free text.
        if (hasForbiddenCharacter(name, false)) report(entry, name);
        else if (!findings.card && hasCardNumber(name)) findings.card = true;
        check(current[name], entry, name, name);
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
