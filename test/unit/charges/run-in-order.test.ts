import { expect } from 'chai';
import fc from 'fast-check';
import { runInOrder } from '../../../scripts/charge-batch/run-in-order.js';

async function* items(count: number, taken: { n: number }) {
  for (let i = 0; i < count; i += 1) {
    taken.n += 1;
    yield i;
  }
}

describe('runInOrder (the batch runner’s bounded, ordered pipeline)', () => {
  it('when work finishes in any order, then results are emitted in input order, with never more than `concurrency` running or `window` held', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 60 }), fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 12 }), async (delays, concurrency, window) => {
        const taken = { n: 0 };
        const emitted: number[] = [];
        let running = 0;
        let mostRunning = 0;
        let mostHeld = 0;
        await runInOrder(
          items(delays.length, taken),
          async (i) => {
            running += 1;
            mostRunning = Math.max(mostRunning, running);
            mostHeld = Math.max(mostHeld, taken.n - emitted.length);
            for (let tick = 0; tick < delays[i]!; tick += 1) await new Promise((resolve) => setImmediate(resolve));
            running -= 1;
            return i;
          },
          (i) => void emitted.push(i),
          { concurrency, window },
        );
        expect(emitted).to.deep.equal(delays.map((_, i) => i));
        expect(mostRunning).to.be.at.most(concurrency);
        expect(mostHeld).to.be.at.most(Math.max(concurrency, window));
      }),
      { numRuns: 200 },
    );
  });

  it('when one item fails, then the run rejects with its error instead of hanging', async () => {
    const run = runInOrder(items(10, { n: 0 }), async (i) => {
      if (i === 4) throw new Error('boom');
      return i;
    }, () => undefined, { concurrency: 3, window: 6 });
    let error: unknown;
    await run.catch((caught: unknown) => (error = caught));
    expect(String(error)).to.match(/boom/);
  });
});
