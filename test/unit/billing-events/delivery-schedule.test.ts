import { expect } from 'chai';
import { DELIVERY_WINDOW_SECONDS, nextAttemptAfterFailure, retryDelaySeconds } from '../../../src/features/billing-events/delivery-schedule.js';

describe('the billing webhook retry schedule', () => {
  it('when attempts fail, then the waits are 30 s doubling, capped at 2 hours', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 50].map(retryDelaySeconds)).to.deep.equal([30, 60, 120, 240, 480, 960, 1920, 3840, 7200, 7200, 7200]);
  });

  it('when the next try would fall more than 3 days after the event, then it is given up (null); before that, the next try is the wait away', () => {
    const created = new Date('2026-12-01T00:00:00Z');
    const now = new Date(created.getTime() + 3600_000);
    expect(nextAttemptAfterFailure(created, 1, now)?.toISOString()).to.equal('2026-12-01T01:00:30.000Z');
    const nearTheEnd = new Date(created.getTime() + (DELIVERY_WINDOW_SECONDS - 7200) * 1000);
    expect(nextAttemptAfterFailure(created, 20, nearTheEnd)?.getTime()).to.equal(created.getTime() + DELIVERY_WINDOW_SECONDS * 1000);
    expect(nextAttemptAfterFailure(created, 20, new Date(nearTheEnd.getTime() + 1000))).to.equal(null);
  });

  it('when an event waited behind its account for over 3 days, then its first failure gives it up (it had its one try)', () => {
    const created = new Date('2026-12-01T00:00:00Z');
    expect(nextAttemptAfterFailure(created, 1, new Date(created.getTime() + 4 * 86_400_000))).to.equal(null);
  });
});
