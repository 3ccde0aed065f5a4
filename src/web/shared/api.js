// The public API as any frontend calls it: JSON in and out, problem+json errors, bearer tokens.

export class ApiError extends Error {
  /** @param {number} status @param {any} problem @param {number | null} retryAfter */
  constructor(status, problem, retryAfter) {
    super(problem?.detail ?? `HTTP ${status}`);
    this.status = status;
    this.code = problem?.code ?? (status === 0 ? 'network_error' : 'unknown');
    this.problem = problem ?? {};
    this.retryAfter = retryAfter;
  }
}

/** A fresh Idempotency-Key for one attempt at a POST. */
export const newIdempotencyKey = () => crypto.randomUUID();

/**
 * @param {{ token: () => string | null, onUnauthenticated?: (error: ApiError) => void }} options
 */
export function createApi(options) {
  return async function call(method, path, body, { idempotencyKey } = {}) {
    const headers = { accept: 'application/json' };
    const token = options.token();
    if (token) headers.authorization = `Bearer ${token}`;
    // A FormData body (a file upload) is sent as multipart/form-data, its boundary set by fetch.
    const form = typeof FormData !== 'undefined' && body instanceof FormData;
    if (body !== undefined && !form) headers['content-type'] = 'application/json';
    if (idempotencyKey) headers['idempotency-key'] = idempotencyKey;
    let response;
    try {
      response = await fetch(path, { method, headers, body: body === undefined || form ? body : JSON.stringify(body) });
    } catch {
      throw new ApiError(0, { detail: 'We could not reach the service. Check your connection and try again.' }, null);
    }
    if (response.status === 204) return null;
    const text = await response.text();
    let json = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      json = null;
    }
    if (response.ok) return json;
    const retryAfter = Number(response.headers.get('retry-after')) || null;
    const error = new ApiError(response.status, json, retryAfter);
    if (response.status === 401 && token && options.onUnauthenticated) options.onUnauthenticated(error);
    throw error;
  };
}

/** What a person reads for an error: the API's own detail (written for customers), except where a
 * status needs words of our own. Never the decline code: the detail already says what to do. */
export function messageFor(error) {
  if (!(error instanceof ApiError)) return 'Something went wrong in this page. Reload it and try again.';
  if (error.status === 429) {
    const wait = error.retryAfter ? `Wait ${error.retryAfter} seconds` : 'Wait a minute';
    return `Too many tries for now. ${wait}, then try again.`;
  }
  if (error.status >= 500 && error.code === 'internal_error') {
    return `Something went wrong on our side. Try again in a minute${error.problem.error_id ? ` (error id ${error.problem.error_id})` : ''}.`;
  }
  return error.problem.detail ?? error.message;
}
