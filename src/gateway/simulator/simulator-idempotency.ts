import { createHash } from 'node:crypto';
import type { Knex } from 'knex';
import type { Clock } from '../../clock.js';
import { runOnKnex, type Reads } from '../../db/read-statements.js';
import { isUniqueViolation } from '../../db/is-unique-violation.js';
import { GatewayError } from '../payment-gateway.js';
import { isConcurrentChange } from './simulator-errors.js';

const KEY_LIFETIME_MS = 24 * 60 * 60 * 1000;

/** The writes of one call, given the transaction its idempotency record commits in. */
export type SimulatorEffect<T> = (trx: Knex.Transaction) => Promise<T>;

/** Stripe's idempotency, for the simulator's writes: the first result for a key is saved in the same
 * transaction as its effect and replayed for every retry with the same operation and parameters;
 * a reused key with other parameters is refused. As at Stripe, a request that failed before it
 * had an effect saves nothing, and keys are forgotten after 24 hours. */
export class SimulatorIdempotency {
  constructor(
    private readonly db: Knex,
    private readonly clock: Clock,
    /** Runs the lookup of a saved key, outside the transaction (built on `db`). */
    private readonly reads: Reads = runOnKnex,
  ) {}

  async run<T>(
    request: { key: string; operation: string; params: unknown },
    effect: SimulatorEffect<T>,
  ): Promise<T> {
    if (!request.key) throw new GatewayError('fatal', 'An idempotency key is required', { httpStatus: 400, gatewayCode: 'parameter_missing' });
    return this.runHashed(request.key, this.hash(request), async () => effect);
  }

  /** As `run`, for the charge calls, which read before they write: `stage` reads (outside the
   * transaction, so on `reads`, never while holding the writer) and answers the
   * writes. A new key is the common case, so it is not looked up first: the writes and the key
   * go in one transaction, and only when the key is taken (a retry, a concurrent twin, a key
   * past its lifetime) or the intent changed meanwhile does it roll back and go the way of
   * `run`, which reads the saved answer. */
  async runStaged<T>(
    request: { key: string; operation: string; params: unknown },
    stage: () => Promise<SimulatorEffect<T>>,
  ): Promise<T> {
    if (!request.key) throw new GatewayError('fatal', 'An idempotency key is required', { httpStatus: 400, gatewayCode: 'parameter_missing' });
    const requestHash = this.hash(request);
    let effect: SimulatorEffect<T>;
    try {
      effect = await stage();
    } catch (error) {
      // A retry of a call that went through answers as it did then, whatever the state now.
      return this.retryOrThrow(request.key, requestHash, stage, error);
    }
    try {
      return await this.save(request.key, requestHash, effect, this.clock.now());
    } catch (error) {
      if (!isUniqueViolation(error) && !isConcurrentChange(error)) throw error;
      return this.runHashed(request.key, requestHash, stage);
    }
  }

  private async runHashed<T>(key: string, requestHash: string, stage: () => Promise<SimulatorEffect<T>>): Promise<T> {
    try {
      return await this.attempt(key, requestHash, stage);
    } catch (error) {
      // Two concurrent requests (PostgreSQL): the loser's insert of the key, or its compare-and-set
      // on the same intent, fails after the winner committed, and its own effect rolls back. One
      // more attempt sees the committed state: the winner's result for the same key, or the
      // intent as the winner left it.
      if (!isUniqueViolation(error) && !isConcurrentChange(error)) throw error;
      return await this.attempt(key, requestHash, stage);
    }
  }

  /** After `stage` refused: the saved answer when the key has one (checked against the request). */
  private async retryOrThrow<T>(key: string, requestHash: string, stage: () => Promise<SimulatorEffect<T>>, error: unknown): Promise<T> {
    const saved = await this.findSaved(key);
    if (!saved || this.clock.now().getTime() - Date.parse(saved.created_at) >= KEY_LIFETIME_MS) throw error;
    return this.attempt(key, requestHash, stage);
  }

  private async findSaved(key: string): Promise<{ request_hash: string; response: string; created_at: string } | undefined> {
    const [saved] = await this.reads.all<{ request_hash: string; response: string; created_at: string }>(this.db('simulator_idempotency_keys').where({ key }).limit(1));
    return saved;
  }

  private hash(request: { operation: string; params: unknown }): string {
    return createHash('sha256').update(canonicalJson({ operation: request.operation, params: request.params })).digest('hex');
  }

  /** Looks the key up outside any transaction (a replay then costs no write), and otherwise runs
   * the effect and saves its result in one transaction. A same-key request that commits first
   * makes the insert of the key fail (unique), which rolls the effect back: the caller tries
   * again and finds the key. */
  private async attempt<T>(key: string, requestHash: string, stage: () => Promise<SimulatorEffect<T>>): Promise<T> {
    const saved = await this.findSaved(key);
    const now = this.clock.now();
    if (saved && now.getTime() - Date.parse(saved.created_at) < KEY_LIFETIME_MS) {
      if (saved.request_hash !== requestHash) {
        throw new GatewayError(
          'fatal',
          'Keys for idempotent requests can only be used with the same parameters they were first used with.',
          { httpStatus: 400, gatewayCode: 'idempotency_key_reused' },
        );
      }
      return JSON.parse(saved.response) as T;
    }
    return this.save(key, requestHash, await stage(), now, saved?.created_at);
  }

  /** The effect and its saved answer, in one transaction; `forgotten`: the created_at of a key past
   * its lifetime, replaced (that one only, not one another request saved since: that one wins). */
  private save<T>(key: string, requestHash: string, effect: SimulatorEffect<T>, now: Date, forgotten?: string): Promise<T> {
    return this.db.transaction(async (trx) => {
      if (forgotten) await trx('simulator_idempotency_keys').where({ key, created_at: forgotten }).delete();
      const result = await effect(trx);
      await trx('simulator_idempotency_keys').insert({
        key,
        request_hash: requestHash,
        response: JSON.stringify(result ?? null),
        created_at: now.toISOString(),
      });
      return result;
    });
  }
}

/** JSON with object keys sorted, so that `{ a, b }` and `{ b, a }` hash the same. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}
