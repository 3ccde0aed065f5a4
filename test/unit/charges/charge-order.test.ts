import { expect } from 'chai';
import { chargeOrder, failureCode, MAX_TRIES_PER_CARD, nextCardToTry, type CardCandidate, type TriedCard } from '../../../src/features/charges/rules/charge-order.js';

const now = new Date('2026-11-23T12:00:00Z');
const card = (id: string, extra: Partial<CardCandidate> = {}): CardCandidate => ({
  id,
  brand: 'visa',
  last4: '4242',
  paymentMethodId: `pm_${id}`,
  status: 'active',
  expMonth: 12,
  expYear: 2030,
  isDefault: false,
  position: 0,
  ...extra,
});
const tried = (cardId: string, status: TriedCard['status'], errorCode: string | null = null): TriedCard => ({ cardId, status, errorCode });

describe('charge order', () => {
  it('when cards are saved in any order, then the default comes first and the rest follow by position', () => {
    const ordered = chargeOrder([card('c3', { position: 3 }), card('c1', { position: 1 }), card('d', { position: 2, isDefault: true })], now);
    expect(ordered.map((c) => c.id)).to.deep.equal(['d', 'c1', 'c3']);
  });

  it('when a card is unverified or expired, then it is left out; a card expiring this month is still good', () => {
    const ordered = chargeOrder(
      [
        card('pending', { status: 'requires_action', position: 1 }),
        card('marked-expired', { status: 'expired', position: 2 }),
        card('last-month', { expMonth: 10, expYear: 2026, position: 3 }),
        card('this-month', { expMonth: 11, expYear: 2026, position: 4 }),
        card('last-year', { expMonth: 12, expYear: 2025, position: 5 }),
      ],
      now,
    );
    expect(ordered.map((c) => c.id)).to.deep.equal(['this-month']);
  });

  it('when the default declined, then the next card in order is tried, and none after all declined', () => {
    const ordered = chargeOrder([card('d', { isDefault: true }), card('b', { position: 1 }), card('c', { position: 2 })], now);
    expect(nextCardToTry(ordered, [])?.id).to.equal('d');
    expect(nextCardToTry(ordered, [tried('d', 'declined')])?.id).to.equal('b');
    expect(nextCardToTry(ordered, [tried('d', 'declined'), tried('b', 'declined')])?.id).to.equal('c');
    expect(nextCardToTry(ordered, [tried('d', 'declined'), tried('b', 'declined'), tried('c', 'declined')])).to.equal(undefined);
  });

  it('when the gateway refused a card, then it is not tried again; an interrupted try is, a bounded number of times', () => {
    const ordered = chargeOrder([card('d', { isDefault: true }), card('b', { position: 1 })], now);
    expect(nextCardToTry(ordered, [tried('d', 'error', 'gateway_error')])?.id).to.equal('b');
    expect(nextCardToTry(ordered, [tried('d', 'error', 'interrupted')])?.id).to.equal('d');
    expect(nextCardToTry(ordered, [tried('d', 'error', 'gateway_unavailable')])?.id).to.equal('d');
    const interruptedEveryTime = Array.from({ length: MAX_TRIES_PER_CARD }, () => tried('d', 'error', 'interrupted'));
    expect(nextCardToTry(ordered, interruptedEveryTime)?.id).to.equal('b');
  });

  it('when a charge ran out of cards, then it is all_cards_declined if a card declined, gateway_error if only the gateway refused, else no_usable_card', () => {
    expect(failureCode([])).to.equal('no_usable_card');
    expect(failureCode([tried('d', 'error', 'interrupted')])).to.equal('no_usable_card');
    expect(failureCode([tried('d', 'declined')])).to.equal('all_cards_declined');
    expect(failureCode([tried('d', 'error', 'gateway_error')])).to.equal('gateway_error');
    expect(failureCode([tried('d', 'error', 'gateway_error'), tried('b', 'error', 'interrupted'), tried('b', 'error', 'gateway_error')])).to.equal('gateway_error');
    expect(failureCode([tried('d', 'error', 'gateway_error'), tried('b', 'declined')]), 'a card problem leads').to.equal('all_cards_declined');
  });
});
