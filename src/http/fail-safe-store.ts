import type { Options, Store } from 'express-rate-limit';

/** The shared store did not answer; the limit's policy decides what the request gets. */
export class SharedStoreUnavailable extends Error {
  override name = 'SharedStoreUnavailable';
}

/**
 * Wraps a shared store (Redis) so that every failure reaches the limit as one error type, and so
 * that the store recovers on its own: rate-limit-redis loads its scripts once, in `init`, and a
 * failed load (Redis down at start-up) would otherwise break it for good. After any failure the
 * next request loads them again first.
 */
export function failSafeStore(inner: Store): Store {
  let options: Options | undefined;
  let stale = true;
  const reinitialize = async () => {
    if (!stale || !options) return;
    await inner.init?.(options);
    stale = false;
  };
  const guarded = async <T>(work: () => Promise<T> | T): Promise<T> => {
    try {
      await reinitialize();
      return await work();
    } catch (error) {
      stale = true;
      throw new SharedStoreUnavailable(error instanceof Error ? error.message : String(error));
    }
  };
  return {
    ...(inner.prefix === undefined ? {} : { prefix: inner.prefix }),
    localKeys: false,
    init: (given) => {
      options = given;
      // Loaded on first use when Redis is not there yet; nothing to report now.
      return reinitialize().catch(() => undefined);
    },
    increment: (key) => guarded(() => inner.increment(key)),
    decrement: (key) => guarded(() => inner.decrement(key)),
    resetKey: (key) => guarded(() => inner.resetKey(key)),
  };
}
