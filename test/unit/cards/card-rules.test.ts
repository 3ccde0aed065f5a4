import { expect } from 'chai';
import { expiryProblem, isExpired } from '../../../src/features/cards/rules/card-expiry.js';
import { cardOrderProblem } from '../../../src/features/cards/rules/check-card-order.js';
import { releaseBackoffSeconds } from '../../../src/features/cards/rules/release-backoff.js';

describe('card rules', () => {
  const now = new Date('2026-11-23T12:00:00Z');

  it('when the expiry month is this month or later, then the card is not expired; before, it is', () => {
    expect(isExpired(11, 2026, now)).to.equal(false);
    expect(isExpired(10, 2026, now)).to.equal(true);
    expect(isExpired(1, 2027, now)).to.equal(false);
    expect(isExpired(12, 2025, now)).to.equal(true);
    expect(isExpired(11, 2026, new Date('2026-11-30T23:59:59Z'))).to.equal(false);
    expect(isExpired(11, 2026, new Date('2026-12-01T00:00:00Z'))).to.equal(true);
  });

  it('when a typed expiry is a bad month, in the past, two-digit or far ahead, then a problem is named', () => {
    expect(expiryProblem(11, 2026, now)).to.equal(undefined);
    expect(expiryProblem(0, 2027, now)).to.match(/month/);
    expect(expiryProblem(13, 2027, now)).to.match(/month/);
    expect(expiryProblem(10, 2026, now)).to.match(/past/);
    expect(expiryProblem(5, 28, now)).to.match(/four-digit/);
    expect(expiryProblem(5, 2047, now)).to.match(/ahead/);
    expect(expiryProblem(5, 2046, now)).to.equal(undefined);
  });

  it('when a new charge order is checked, then it must name every card exactly once', () => {
    expect(cardOrderProblem(['b', 'a'], ['a', 'b'])).to.equal(undefined);
    expect(cardOrderProblem(['a'], ['a', 'b'])).to.match(/missing: b/);
    expect(cardOrderProblem(['a', 'a', 'b'], ['a', 'b'])).to.match(/more than once/);
    expect(cardOrderProblem(['a', 'b', 'c'], ['a', 'b'])).to.match(/does not have: c/);
  });

  it('when releases keep failing, then the wait doubles from 30 seconds up to an hour', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 50].map(releaseBackoffSeconds)).to.deep.equal([30, 60, 120, 240, 480, 960, 1920, 3600, 3600]);
  });
});
