import { expect } from 'chai';
import { dueNoticeStep, horizonMonthIndex, stopsWorkingAt } from '../../../src/features/cards/rules/expiry-notice-step.js';

describe('expiring-card notice steps', () => {
  const stop = stopsWorkingAt(12, 2026);
  const daysBefore = (days: number) => new Date(stop.getTime() - days * 86_400_000);

  it('when a card expires in a month, then it stops working at the first instant of the next month, UTC', () => {
    expect(stop.toISOString()).to.equal('2027-01-01T00:00:00.000Z');
    expect(stopsWorkingAt(2, 2028).toISOString()).to.equal('2028-03-01T00:00:00.000Z');
  });

  it('when the days before it pass 30 and 7, then the 30-day notice is due, then the 7-day one; none before, none after it stopped', () => {
    const steps = [30, 7];
    expect(dueNoticeStep(stop, daysBefore(31), steps)).to.equal(null);
    expect(dueNoticeStep(stop, daysBefore(30), steps)).to.equal(30);
    expect(dueNoticeStep(stop, daysBefore(8), steps)).to.equal(30);
    expect(dueNoticeStep(stop, daysBefore(7), steps)).to.equal(7);
    expect(dueNoticeStep(stop, daysBefore(0.01), steps)).to.equal(7);
    expect(dueNoticeStep(stop, daysBefore(0), steps)).to.equal(null);
  });

  it('when the scan looks ahead, then its horizon is the month the longest notice reaches', () => {
    expect(horizonMonthIndex(new Date('2026-12-05T00:00:00Z'), [30, 7])).to.equal(2027 * 12 + 1);
    expect(horizonMonthIndex(new Date('2026-11-05T00:00:00Z'), [7])).to.equal(2026 * 12 + 11);
  });
});
