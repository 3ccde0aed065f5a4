import { expect } from 'chai';
import fc from 'fast-check';
import type { Options, Store } from 'express-rate-limit';
import { failSafeStore, SharedStoreUnavailable } from '../../../src/http/fail-safe-store.js';

/** A shared store whose Redis can be taken away and brought back; like rate-limit-redis, it must
 * have loaded its scripts (init) before it can count. */
function flakyStore() {
  const state = { up: false, loaded: false, inits: 0, hits: new Map<string, number>() };
  const store: Store = {
    init: async () => {
      state.inits += 1;
      if (!state.up) throw new Error('connect ECONNREFUSED');
      state.loaded = true;
    },
    increment: async (key) => {
      if (!state.up || !state.loaded) throw new Error(state.up ? 'scripts not loaded' : 'The client is offline');
      const hits = (state.hits.get(key) ?? 0) + 1;
      state.hits.set(key, hits);
      return { totalHits: hits, resetTime: undefined };
    },
    decrement: async () => undefined,
    resetKey: async (key) => void state.hits.delete(key),
  };
  return { store, state };
}

describe('the fail-safe rate-limit store', () => {
  it('when Redis is down at start-up and comes back, then the store loads itself again and counts', async () => {
    const { store: inner, state } = flakyStore();
    const store = failSafeStore(inner);
    await store.init!({ windowMs: 60_000 } as Options);

    try {
      await store.increment('a');
      expect.fail('an unreachable store must not count');
    } catch (error) {
      expect(error).to.be.instanceOf(SharedStoreUnavailable);
    }
    state.up = true;
    expect((await store.increment('a')).totalHits).to.equal(1);
    expect((await store.increment('a')).totalHits).to.equal(2);
  });

  it('when Redis goes and comes back any number of times, then every failure is one error type and counting resumes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.boolean(), { minLength: 1, maxLength: 30 }), async (upAtEachRequest) => {
        const { store: inner, state } = flakyStore();
        state.up = true;
        const store = failSafeStore(inner);
        await store.init!({ windowMs: 60_000 } as Options);
        let counted = 0;
        for (const up of upAtEachRequest) {
          state.up = up;
          // A Redis that restarted lost its scripts.
          if (!up) state.loaded = false;
          try {
            const { totalHits } = await store.increment('k');
            counted += 1;
            expect(totalHits).to.equal(counted);
          } catch (error) {
            expect(up).to.equal(false);
            expect(error).to.be.instanceOf(SharedStoreUnavailable);
          }
        }
        expect(counted).to.equal(upAtEachRequest.filter(Boolean).length);
      }),
    );
  });
});
