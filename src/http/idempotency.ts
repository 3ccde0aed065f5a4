import type { Request, RequestHandler, Response } from 'express';
import { addSeconds, type Clock } from '../clock.js';
import { FieldCipherError } from '../crypto/field-cipher.js';
import { clientAddressOf } from './client-address.js';
import { AppError } from '../errors.js';
import { newId } from '../ids.js';
import type { Logger } from '../logger.js';
import {
  callerScope,
  IDEMPOTENCY_KEY_TTL_SECONDS,
  IDEMPOTENT_REPLAYED,
  idempotencyKeyProblem,
  isReplayableResponse,
  requestHash,
} from './idempotency-rules.js';
import type { IdempotencyEntry, IdempotencyStore, NewEntry, SavedResponse } from './idempotency-store.js';

declare module 'express-serve-static-core' {
  interface Request {
    /** The request's Idempotency-Key, once this request holds it. */
    idempotencyKey?: string;
  }
}

export interface IdempotencyOptions {
  store: IdempotencyStore;
  clock: Clock;
  logger: Logger;
  /** How long a running request holds its key without a heartbeat (a crashed one frees it then). */
  lockSeconds: number;
  /** POST paths whose own rows are their key record (a charge: unique per account and key, with
   * the request's hash, replayed from the row). Their key is checked and handed on, never stored
   * here: a second record would cost a commit of its own before the operation's. */
  ownKeys?: readonly RegExp[];
}

// Headers that are part of the result; everything else (request id, rate-limit counters) belongs
// to the request that carries the replay.
const REPLAYED_HEADERS = ['content-type', 'location'];
const MAX_CLAIM_ROUNDS = 3;

/**
 * Stripe-style idempotency for every POST that carries an `Idempotency-Key`: the first response is
 * stored and replayed for 24 hours with `Idempotent-Replayed: true`; the same key with another
 * request is 422 `idempotency_key_reused`; while the first request runs, 409
 * `idempotency_key_in_use`. Mounted after `authenticate`, since keys belong to the caller. Routes
 * in `ownKeys` (charges) keep their key on their own row instead: only the key's shape is checked here.
 */
export function idempotency(options: IdempotencyOptions): RequestHandler {
  const { store, clock, lockSeconds } = options;

  return async (req, res, next) => {
    if (req.method !== 'POST') return next();
    const key = req.get('idempotency-key');
    // An anonymous request whose body was not scanned is answered 401 or 404: it keeps no key.
    if (key === undefined || !req.bodyScanned) return next();
    const problem = idempotencyKeyProblem(key);
    if (problem) throw new AppError('invalid_idempotency_key', problem);
    if (options.ownKeys?.some((path) => path.test(req.path))) {
      req.idempotencyKey = key;
      return next();
    }

    const scope = callerScope(req.principal, clientAddressOf(req));
    const hash = requestHash(req.method, req.originalUrl, req.body);
    const claim = await claimKey(store, clock, lockSeconds, { scope, key, hash }, req);
    if (claim.kind === 'replay') return replay(res, claim.response);

    req.idempotencyKey = key;
    holdUntilAnswered(req, res, options, claim.entry);
    next();
  };
}

/** Charges cannot be taken without a key: a billing job that retries must land on the same charge. */
export const requireIdempotencyKey: RequestHandler = (req, _res, next) => {
  if (!req.idempotencyKey) {
    throw new AppError('idempotency_key_required', 'This endpoint needs an Idempotency-Key header: a unique value per charge (such as your invoice reference) that you send again on every retry.');
  }
  next();
};

type Claim = { kind: 'owner'; entry: NewEntry } | { kind: 'replay'; response: SavedResponse };

async function claimKey(
  store: IdempotencyStore,
  clock: Clock,
  lockSeconds: number,
  request: { scope: string; key: string; hash: string },
  req: Request,
): Promise<Claim> {
  for (let round = 0; round < MAX_CLAIM_ROUNDS; round += 1) {
    const now = clock.now();
    const entry: NewEntry = {
      scope: request.scope,
      key: request.key,
      requestHash: request.hash,
      lockedBy: newId('idem'),
      lockedUntil: addSeconds(now, lockSeconds).toISOString(),
      createdAt: now.toISOString(),
    };
    if (await store.insert(entry)) return { kind: 'owner', entry };

    const existing = await store.find(request.scope, request.key);
    if (!existing) continue; // expired and deleted meanwhile: insert again
    if (existing.createdAt < addSeconds(now, -IDEMPOTENCY_KEY_TTL_SECONDS).toISOString()) {
      if (await store.restart(entry, existing.createdAt)) return { kind: 'owner', entry };
      continue;
    }
    if (existing.requestHash !== request.hash) throw keyReused();
    if (existing.status === 'completed') {
      const response = openSaved(store, existing, req);
      if (response) return { kind: 'replay', response };
      if (await store.restart(entry, existing.createdAt)) return { kind: 'owner', entry };
      continue;
    }
    if (existing.lockedUntil && existing.lockedUntil >= now.toISOString()) throw keyInUse();
    // The request that held the key stopped heartbeating: it crashed, so run this one instead.
    if (await store.takeOverExpiredLock(entry, now.toISOString())) return { kind: 'owner', entry };
  }
  throw keyInUse();
}

function openSaved(store: IdempotencyStore, entry: IdempotencyEntry, req: Request): SavedResponse | undefined {
  try {
    return store.openResponse(entry);
  } catch (error) {
    if (!(error instanceof FieldCipherError)) throw error;
    // Sealed under a retired encryption key: the response cannot be replayed, so the request runs
    // again (the operations behind keys are idempotent on their own rows, charges included).
    req.log.warn({ idempotency_scope: entry.scope }, 'stored idempotent response cannot be opened; running the request again');
    return undefined;
  }
}

function replay(res: Response, saved: SavedResponse): void {
  for (const [name, value] of Object.entries(saved.headers)) res.setHeader(name, value);
  res.set(IDEMPOTENT_REPLAYED);
  res.status(saved.status).end(saved.body);
}

/** Keeps the key's lock alive while the request runs, and stores (or forgets) the response before
 * it is sent, so that a client retrying the moment it hears back finds the result, not the lock. */
function holdUntilAnswered(req: Request, res: Response, options: IdempotencyOptions, entry: NewEntry): void {
  const { store, clock, lockSeconds } = options;
  const { scope, key, lockedBy } = entry;
  const log = (error: unknown, what: string) =>
    req.log.error({ err: { message: error instanceof Error ? error.message : String(error) } }, what);

  const heartbeat = setInterval(() => {
    store.extendLock(scope, key, lockedBy, addSeconds(clock.now(), lockSeconds).toISOString()).catch((error: unknown) => log(error, 'idempotency lock heartbeat failed'));
  }, (lockSeconds * 1000) / 3);
  heartbeat.unref();
  res.once('close', () => clearInterval(heartbeat));

  const end = res.end.bind(res) as (...args: unknown[]) => Response;
  (res as unknown as { end: (...args: unknown[]) => Response }).end = (...args: unknown[]) => {
    clearInterval(heartbeat);
    const body = bodyText(args[0]);
    const headers = Object.fromEntries(
      REPLAYED_HEADERS.flatMap((name) => {
        const value = res.getHeader(name);
        return value === undefined ? [] : [[name, String(value)]];
      }),
    );
    const saving = isReplayableResponse(res.statusCode, problemCode(body))
      ? store.complete(scope, key, lockedBy, { status: res.statusCode, headers, body })
      : store.release(scope, key, lockedBy);
    // If saving fails the key stays locked until its lock runs out, and a retry runs again.
    saving.catch((error: unknown) => log(error, 'saving the idempotent response failed')).finally(() => end(...args));
    return res;
  };
}

// Responses to POSTs are JSON (or empty), so the text form is the whole body.
function bodyText(chunk: unknown): string {
  if (typeof chunk === 'string') return chunk;
  if (chunk instanceof Uint8Array) return Buffer.from(chunk).toString('utf8');
  return '';
}

function problemCode(body: string): string | undefined {
  if (!body.startsWith('{')) return undefined;
  try {
    const code = (JSON.parse(body) as { code?: unknown }).code;
    return typeof code === 'string' ? code : undefined;
  } catch {
    return undefined;
  }
}

const keyReused = () =>
  new AppError('idempotency_key_reused', 'This Idempotency-Key was already used with a different request. Use a new key for a new operation.');

const keyInUse = () =>
  new AppError('idempotency_key_in_use', 'A request with this Idempotency-Key is still being processed. Retry shortly with the same key to get its result.', {
    headers: { 'Retry-After': '1' },
  });
