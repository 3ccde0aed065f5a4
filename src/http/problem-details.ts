import { STATUS_CODES } from 'node:http';
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { AppError, isAppError } from '../errors.js';
import { newId } from '../ids.js';
import type { Logger } from '../logger.js';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** body-parser's own errors, recognised by their `type`. Their objects carry the raw body (which
 * could hold a card number), so they are translated, never logged as they are. */
function fromBodyParserError(error: unknown): AppError | undefined {
  const type = (error as { type?: unknown } | null)?.type;
  switch (type) {
    case 'entity.parse.failed':
      return new AppError('invalid_json', 'The request body is not valid JSON. Send a JSON object with Content-Type: application/json.');
    case 'entity.too.large':
      return new AppError('payload_too_large', 'The request body is larger than 64 KiB.');
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return new AppError('unsupported_media_type', 'Send the body as UTF-8 JSON.');
    default:
      return fromClientError(error);
  }
}

/** Express and its parsers mark the client's own mistakes with a 4xx `status` (an undecodable
 * path parameter, a corrupt gzip body, too many form fields): answer them as such, not as a 500. */
function fromClientError(error: unknown): AppError | undefined {
  const { status, statusCode } = (error ?? {}) as { status?: unknown; statusCode?: unknown };
  const code = typeof status === 'number' ? status : statusCode;
  if (typeof code !== 'number' || code < 400 || code > 499) return undefined;
  if (code === 404) return new AppError('not_found', 'No such resource: the path could not be read.');
  if (code === 413) return new AppError('payload_too_large', 'The request body is larger than 64 KiB.');
  if (code === 415) return new AppError('unsupported_media_type', 'This content encoding or type is not supported. Send UTF-8 JSON.');
  return new AppError('invalid_request', 'The request could not be read: check its path, headers and body encoding.', { status: 400 });
}

export function sendProblem(res: Parameters<RequestHandler>[1], error: AppError, requestId?: string): void {
  for (const [name, value] of Object.entries(error.extra.headers ?? {})) res.setHeader(name, value);
  res
    .status(error.status)
    .type(PROBLEM_CONTENT_TYPE)
    .json({
      type: `urn:card-vault:problem:${error.code}`,
      title: STATUS_CODES[error.status] ?? 'Error',
      status: error.status,
      detail: error.detail,
      code: error.code,
      ...(error.extra.errors ? { errors: error.extra.errors } : {}),
      ...error.extra.body,
      ...(requestId ? { request_id: requestId } : {}),
    });
}

/** The one place errors become HTTP. Unknown errors are logged with an id and answered with a
 * generic 500 that quotes the id: never a stack trace to the client. */
export function problemDetailsHandler(logger: Logger): ErrorRequestHandler {
  return (error, req, res, next) => {
    if (res.headersSent) return next(error);
    const known = isAppError(error) ? error : fromBodyParserError(error);
    if (known) return sendProblem(res, known, req.id);
    const errorId = newId('err');
    const { name, message, stack } = error instanceof Error ? error : { name: 'NonError', message: String(error), stack: undefined };
    (req.log ?? logger).error({ errorId, err: { name, message, stack } }, 'unhandled error');
    sendProblem(res, new AppError('internal_error', `Something went wrong on our side. Quote error id ${errorId} if you contact us.`, { body: { error_id: errorId } }), req.id);
  };
}

// The path is not echoed: a card number can be split across its segments (`/foo/4111/1111/…`).
export const notFoundHandler: RequestHandler = (req) => {
  throw new AppError('not_found', `No route for ${req.method} at this path. See /docs for the API.`);
};
