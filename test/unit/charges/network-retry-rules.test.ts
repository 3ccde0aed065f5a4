import { expect } from 'chai';
import fc from 'fast-check';
import {
  checkEligibility,
  countersFor,
  judgeDecline,
  NEEDS_CUSTOMER_CODES,
  NEVER_AGAIN_CODES,
  RETRY_COUNTERS,
  SOFT_DECLINES,
  WAIT_CODES,
  type DeclineFacts,
} from '../../../src/features/charges/rules/network-retry-rules.js';

const now = new Date('2026-12-04T12:00:00Z');
const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3600_000).toISOString();
const decline = (facts: Partial<DeclineFacts>): DeclineFacts => ({ code: 'card_declined', network: 'visa', ...facts });

describe('the card-network retry rules (data)', () => {
  const every = [...NEVER_AGAIN_CODES, ...WAIT_CODES, ...NEEDS_CUSTOMER_CODES, ...SOFT_DECLINES, ...RETRY_COUNTERS];

  it('when any entry is read, then it names its source and the date that source said so', () => {
    for (const entry of every) {
      expect(entry.source, JSON.stringify(entry)).to.be.a('string').with.length.greaterThan(10);
      expect(entry.asOf, JSON.stringify(entry)).to.match(/^\d{4}-\d{2}-\d{2}$/);
      expect(Number.isNaN(Date.parse(entry.asOf))).to.equal(false);
    }
  });

  it('when each never-again code is the only thing a decline says, then the verdict is never_again', () => {
    for (const rule of NEVER_AGAIN_CODES) {
      const facts =
        rule.field === 'advice_code'
          ? decline({ adviceCode: rule.code })
          : rule.field === 'network_advice_code'
            ? decline({ networkAdviceCode: rule.code, network: 'mastercard' })
            : rule.field === 'visa_network_decline_code'
              ? decline({ networkDeclineCode: rule.code })
              : decline({ declineCode: rule.code });
      expect(judgeDecline(facts), `${rule.field} ${rule.code}`).to.include({ kind: 'never_again' });
    }
  });

  it('when Visa’s category 1 codes come from another network, then they are not read as Visa’s', () => {
    expect(judgeDecline(decline({ networkDeclineCode: '43', network: 'mastercard' }))).to.deep.equal({ kind: 'soft' });
  });

  it('when Mastercard advises 24–30, then the card waits 1 h, 24 h, 2, 4, 6, 8, 10 days', () => {
    const hours = WAIT_CODES.map((rule) => {
      const verdict = judgeDecline(decline({ network: 'mastercard', networkDeclineCode: '51', networkAdviceCode: rule.networkAdviceCode }));
      expect(verdict.kind).to.equal('wait');
      return verdict.kind === 'wait' ? verdict.waitSeconds / 3600 : NaN;
    });
    expect(WAIT_CODES.map((rule) => rule.networkAdviceCode)).to.deep.equal(['24', '25', '26', '27', '28', '29', '30']);
    expect(hours).to.deep.equal([1, 24, 48, 96, 144, 192, 240]);
  });

  it('when the customer must act (authentication_required, confirm_card_data), then needs_customer, even though Stripe lists authentication_required as a hard decline', () => {
    expect(judgeDecline(decline({ code: 'authentication_required', declineCode: 'authentication_required' }))).to.include({ kind: 'needs_customer' });
    expect(judgeDecline(decline({ declineCode: 'generic_decline', adviceCode: 'confirm_card_data' }))).to.include({ kind: 'needs_customer' });
  });

  it('when the decline is soft (MAC 02, try_again_later, insufficient funds, anything unlisted), then soft', () => {
    expect(judgeDecline(decline({ network: 'mastercard', networkAdviceCode: '02' }))).to.deep.equal({ kind: 'soft' });
    expect(judgeDecline(decline({ declineCode: 'insufficient_funds', adviceCode: 'try_again_later', networkDeclineCode: '51' }))).to.deep.equal({ kind: 'soft' });
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (code) => {
        fc.pre(![...NEVER_AGAIN_CODES, ...NEEDS_CUSTOMER_CODES].some((rule) => rule.code === code));
        return judgeDecline(decline({ declineCode: code })).kind === 'soft';
      }),
    );
  });

  it('when counters are asked for a network, then 10 a day for all, and 20 (Visa), 35 (Mastercard) or 15 (others) in 30 days', () => {
    const limits = (network: string) => countersFor(network).map((counter) => [counter.windowSeconds / 86_400, counter.maxDeclinedTries]);
    expect(limits('visa')).to.deep.equal([[1, 10], [30, 20]]);
    expect(limits('mastercard')).to.deep.equal([[1, 10], [30, 35]]);
    expect(limits('amex')).to.deep.equal([[1, 10], [30, 15]]);
  });
});

describe('eligibility of a card for an off-session try', () => {
  it('when a card is blocked, then it is skipped for that reason with no time', () => {
    expect(checkEligibility({ network: 'visa', blockedReason: 'do_not_retry', countedTries: [] }, now)).to.deep.equal({ eligible: false, reason: 'do_not_retry' });
    expect(checkEligibility({ network: 'visa', blockedReason: 'needs_customer', countedTries: [] }, now)).to.deep.equal({ eligible: false, reason: 'needs_customer' });
  });

  it('when a card must wait, then retry_later until that time, and eligible from it', () => {
    const notBefore = new Date(now.getTime() + 3600_000).toISOString();
    expect(checkEligibility({ network: 'mastercard', notBefore, countedTries: [] }, now)).to.deep.equal({ eligible: false, reason: 'retry_later', eligibleAfter: notBefore });
    expect(checkEligibility({ network: 'mastercard', notBefore: now.toISOString(), countedTries: [] }, now)).to.deep.equal({ eligible: true });
  });

  it('when 10 tries fall within 24 hours, then retry_limit until the oldest leaves the window; 9 are fine', () => {
    const tries = Array.from({ length: 10 }, (_, index) => hoursAgo(20 - index));
    expect(checkEligibility({ network: 'visa', countedTries: tries.slice(1) }, now)).to.deep.equal({ eligible: true });
    expect(checkEligibility({ network: 'visa', countedTries: tries }, now)).to.deep.equal({ eligible: false, reason: 'retry_limit', eligibleAfter: new Date(Date.parse(tries[0]!) + 86_400_000).toISOString() });
  });

  it('when the 30-day counter is full, then the network’s own limit decides (Visa 20, Mastercard 35)', () => {
    const spread = (count: number) => Array.from({ length: count }, (_, index) => hoursAgo(48 + index * 24));
    expect(checkEligibility({ network: 'visa', countedTries: spread(20) }, now)).to.include({ eligible: false, reason: 'retry_limit' });
    expect(checkEligibility({ network: 'mastercard', countedTries: spread(20) }, now)).to.deep.equal({ eligible: true });
    expect(checkEligibility({ network: 'discover', countedTries: spread(15) }, now)).to.include({ eligible: false, reason: 'retry_limit' });
  });

  it('when tries are anywhere in time, then a card is refused exactly when some window holds its limit, and eligible_after frees a try', () => {
    fc.assert(
      fc.property(fc.constantFrom('visa', 'mastercard', 'amex'), fc.array(fc.integer({ min: 0, max: 40 * 24 }), { maxLength: 45 }), (network, hours) => {
        const tries = hours.map((h) => hoursAgo(h));
        const full = countersFor(network).some((counter) => tries.filter((at) => Date.parse(at) > now.getTime() - counter.windowSeconds * 1000).length >= counter.maxDeclinedTries);
        const verdict = checkEligibility({ network, countedTries: tries }, now);
        if (verdict.eligible) return !full;
        const later = new Date(Date.parse(verdict.eligibleAfter!) + 1);
        return full && checkEligibility({ network, countedTries: tries }, later).eligible;
      }),
    );
  });
});
