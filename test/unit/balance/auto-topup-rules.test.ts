import { expect } from 'chai';
import fc from 'fast-check';
import { autoTopupCardEligibility } from '../../../src/features/balance/auto-topup-card-eligibility.js';
import { autoTopupAmount, autoTopupCrossing, calendarMonthUtc } from '../../../src/features/balance/rules/auto-topup-amount.js';

const range = { min: 50, max: 1_500_000 };

describe('automatic top-up rules', () => {
  describe('autoTopupAmount', () => {
    it('when a fixed amount or a target is asked for, then the amount is that (or what reaches the target), inside the range and never past the monthly limit', () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 50, max: 1_500_000 }),
          fc.boolean(),
          fc.integer({ min: 51, max: 1_500_000 }),
          fc.integer({ min: 0, max: 1_500_000 }),
          fc.option(fc.integer({ min: 50, max: 5_000_000 }), { nil: null }),
          fc.integer({ min: 0, max: 5_000_000 }),
          (amount, useTarget, target, level, monthlyLimit, spent) => {
            const terms = { threshold: 50, amount: useTarget ? null : amount, target: useTarget ? target : null, monthlyLimit };
            const decision = autoTopupAmount(terms, level, spent, range);
            const left = monthlyLimit === null ? Infinity : monthlyLimit - spent;
            if (!decision.topUp) {
              expect(left, 'refused only when the limit leaves less than the minimum').to.be.below(range.min);
              return;
            }
            expect(decision.amount).to.be.within(range.min, range.max);
            expect(decision.amount).to.be.at.most(left);
            const wanted = useTarget ? Math.max(target - level, 0) : amount;
            expect(decision.amount).to.equal(Math.min(Math.max(wanted, range.min), range.max, left));
          },
        ),
      );
    });

    it('when the target is 30 000 and the level 4 000, then 26 000; when the limit leaves 10 000 of a 20 000 top-up, then 10 000; when it leaves 49, then none', () => {
      expect(autoTopupAmount({ threshold: 5_000, amount: null, target: 30_000, monthlyLimit: null }, 4_000, 0, range)).to.deep.equal({ topUp: true, amount: 26_000 });
      expect(autoTopupAmount({ threshold: 5_000, amount: 20_000, target: null, monthlyLimit: 30_000 }, 4_000, 20_000, range)).to.deep.equal({ topUp: true, amount: 10_000 });
      expect(autoTopupAmount({ threshold: 5_000, amount: 20_000, target: null, monthlyLimit: 30_000 }, 4_000, 29_951, range)).to.deep.equal({ topUp: false, why: 'monthly_limit' });
    });
  });

  describe('autoTopupCrossing', () => {
    it('when the level goes from at or above the threshold to below it, then it crosses; otherwise not', () => {
      fc.assert(
        fc.property(fc.nat(100_000), fc.nat(100_000), fc.nat(100_000), (before, after, threshold) => {
          expect(autoTopupCrossing(before, after, threshold)).to.equal(before >= threshold && after < threshold);
        }),
      );
      expect(autoTopupCrossing(5_000, 4_999, 5_000)).to.equal(true);
      expect(autoTopupCrossing(4_999, 4_000, 5_000)).to.equal(false);
    });
  });

  describe('calendarMonthUtc', () => {
    it('when a time is given, then it lies in [start, end) of its UTC month, and end is the next month’s start', () => {
      fc.assert(
        fc.property(fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }), (at) => {
          const month = calendarMonthUtc(at);
          expect(month.start <= at.toISOString() && at.toISOString() < month.end).to.equal(true);
          expect(calendarMonthUtc(new Date(month.end)).start).to.equal(month.end);
          expect(month.month).to.equal(at.toISOString().slice(0, 7));
        }),
      );
      expect(calendarMonthUtc(new Date('2026-12-31T23:59:59.999Z'))).to.deep.equal({ start: '2026-12-01T00:00:00.000Z', end: '2027-01-01T00:00:00.000Z', month: '2026-12' });
    });
  });

  describe('autoTopupCardEligibility (the card checks, then the card-network rules)', () => {
    const now = new Date('2026-12-04T12:00:00Z');
    const card = { id: 'card_1', brand: 'visa', last4: '4242', status: 'active', expMonth: 12, expYear: 2026, fingerprint: 'fp_1', retryBlockedReason: null, retryNotBefore: null };
    const rulesSaying = (verdict: { eligible: true } | { eligible: false; reason: string; eligibleAfter?: string; busy?: true }) => {
      const asked: unknown[] = [];
      const rules = {
        asked,
        eligibilityOf: async (cards: readonly { id: string }[], initiator: 'merchant') => {
          asked.push({ cards, initiator });
          return new Map(cards.map((c) => [c.id, verdict]));
        },
        reserveIn: async () => true,
        recordResultIn: async () => undefined,
      };
      return rules;
    };

    it('when the card is active and not expired, then it may pay; pending or expired, then not, with a reason the customer can act on', async () => {
      const check = autoTopupCardEligibility();
      expect(await check(card, now)).to.deep.equal({ eligible: true });
      const expired = await check({ ...card, expMonth: 11 }, now);
      expect(expired).to.deep.include({ eligible: false });
      expect(expired.eligible === false && expired.reason).to.match(/expired.*Update its expiry date or choose another card/);
      const pending = await check({ ...card, status: 'pending' }, now);
      expect(pending.eligible === false && pending.reason).to.match(/not verified.*Choose another card/);
    });

    it('when the network rules refuse the card, then it may not pay, saying why and from when; a do_not_retry card is asked about as merchant-initiated and blocked', async () => {
      const later = rulesSaying({ eligible: false, reason: 'retry_later', eligibleAfter: '2026-12-05T12:00:00.000Z' });
      const verdict = await autoTopupCardEligibility(later)(card, now);
      expect(verdict).to.deep.include({ eligible: false, eligibleAfter: '2026-12-05T12:00:00.000Z' });
      expect(verdict.eligible === false && verdict.reason).to.contain('after 2026-12-05 12:00 UTC');
      const never = rulesSaying({ eligible: false, reason: 'do_not_retry' });
      const blocked = await autoTopupCardEligibility(never)({ ...card, status: 'do_not_retry' }, now);
      expect(blocked.eligible === false && blocked.reason).to.match(/never to charge it again.*choose another card/);
      expect(never.asked).to.deep.equal([{ cards: [{ id: 'card_1', last4: '4242', fingerprint: 'fp_1', network: 'visa', blockedReason: 'do_not_retry', notBefore: null }], initiator: 'merchant' }]);
      const busy = await autoTopupCardEligibility(rulesSaying({ eligible: false, reason: 'retry_limit', eligibleAfter: '2026-12-05T12:00:00.000Z', busy: true }))(card, now);
      expect(busy).to.deep.include({ eligible: false, busy: true });
    });

    it('when the top-up\'s try is already counted (a replay), then a full counter (holding that try) does not refuse it, but what the issuer said since does', async () => {
      const full = rulesSaying({ eligible: false, reason: 'retry_limit', eligibleAfter: '2026-12-05T12:00:00.000Z' });
      expect(await autoTopupCardEligibility(full)(card, now, { counted: true })).to.deep.equal({ eligible: true });
      expect((await autoTopupCardEligibility(full)(card, now)).eligible).to.equal(false);
      const never = rulesSaying({ eligible: false, reason: 'do_not_retry' });
      expect((await autoTopupCardEligibility(never)(card, now, { counted: true })).eligible).to.equal(false);
    });
  });
});
