import { expect } from 'chai';
import fc from 'fast-check';
import { backoffSeconds } from '../../../src/jobs/backoff.js';

const backoffs = fc
  .record({ firstSeconds: fc.integer({ min: 1, max: 3600 }), extra: fc.integer({ min: 0, max: 86_400 }) })
  .map(({ firstSeconds, extra }) => ({ firstSeconds, maxSeconds: firstSeconds + extra }));
const passes = fc.integer({ min: 0, max: 10_000 });

describe('backoff', () => {
  it('when nothing was waited yet, then the wait is the first delay', () => {
    fc.assert(fc.property(backoffs, (backoff) => backoffSeconds(backoff, 0) === backoff.firstSeconds));
  });

  it('whatever the count, then the wait is never above the cap', () => {
    fc.assert(fc.property(backoffs, passes, (backoff, n) => backoffSeconds(backoff, n) <= backoff.maxSeconds));
  });

  it('when one more wait was made, then the wait never gets shorter', () => {
    fc.assert(fc.property(backoffs, passes, (backoff, n) => backoffSeconds(backoff, n + 1) >= backoffSeconds(backoff, n)));
  });

  it('when the delays double, then they read 5, 10, 20, … up to the cap', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7, 100_000].map((n) => backoffSeconds({ firstSeconds: 5, maxSeconds: 300 }, n))).to.deep.equal([5, 10, 20, 40, 80, 160, 300, 300, 300]);
  });
});
