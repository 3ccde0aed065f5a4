import { createHash } from 'node:crypto';
import type { Knex } from 'knex';
import type { Clock } from '../../clock.js';
import { isUniqueViolation } from '../../db/is-unique-violation.js';
import { GatewayError } from '../payment-gateway.js';
import { isConcurrentChange } from './simulator-errors.js';

const KEY_LIFETIME_MS = 24 * 60 * 60 * 1000;

/** Stripe's idempotency, for the simulator's writes: the first result for a key is saved in the same
 * transaction as its effect and replayed for every retry with the same operation and parameters;
 * a reused key with other parameters is refused. As at Stripe, a request that failed before it
 * had an effect saves nothing, and keys are forgotten after 24 hours. */
export class SimulatorIdempotency {
  constructor(
    private readonly db: Knex,
    private readonly clock: Clock,
  ) {}

  async run<T>(
    request: { key: string; operation: string; params: unknown },
    effect: (trx: Knex.Transaction) => Promise<T>,
  ): Promise<T> {
    if (!request.key) throw new GatewayError('fatal', 'An idempotency key is required', { httpStatus: 400, gatewayCode: 'parameter_missing' });
    const requestHash = createHash('sha256').update(canonicalJson({ operation: request.operation, params: request.params })).digest('hex');
    try {
      return await this.attempt(request.key, requestHash, effect);
    } catch (error) {
      // Two concurrent requests (PostgreSQL): the loser's insert of the key, or its compare-and-set
      // on the same intent, fails after the winner committed, and its own effect rolls back. One
      // more attempt sees the committed state: the winner's result for the same key, or the
      // intent as the winner left it.
      if (!isUniqueViolation(error) && !isConcurrentChange(error)) throw error;
      return await this.attempt(request.key, requestHash, effect);
    }
  }

  private attempt<T>(key: string, requestHash: string, effect: (trx: Knex.Transaction) => Promise<T>): Promise<T> {
    return this.db.transaction(async (trx) => {
      const saved = await trx('simulator_idempotency_keys').where({ key }).first();
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
      if (saved) await trx('simulator_idempotency_keys').where({ key }).delete();
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
