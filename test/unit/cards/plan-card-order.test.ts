import { expect } from 'chai';
import fc from 'fast-check';
import { compactOrder, inChargeOrder, orderWithDefault, planCardOrder, type PlacedCard } from '../../../src/features/cards/rules/plan-card-order.js';

const card = (id: string, position: number, isDefault = false, createdAt = '2026-11-23T12:00:00.000Z'): PlacedCard => ({ id, position, isDefault, createdAt });

/** The cards after the planned writes, applied one by one; fails if any write would leave two defaults. */
function apply(cards: PlacedCard[], order: string[], defaultId: string | null): PlacedCard[] {
  let state = cards.map((c) => ({ ...c }));
  for (const change of planCardOrder(cards, order, defaultId)) {
    state = state.map((c) => (c.id === change.id ? { ...c, position: change.position, isDefault: change.isDefault } : c));
    expect(state.filter((c) => c.isDefault).length, 'one default at every write').to.be.at.most(1);
  }
  return state;
}

describe('planning the charge order of an account’s cards', () => {
  it('when cards are listed, then the default leads and position, creation time and id break ties', () => {
    const cards = [card('b', 1), card('a', 1), card('d', 3, true), card('c', 0, false, '2026-11-24T00:00:00.000Z')];
    expect(inChargeOrder(cards).map((c) => c.id)).to.deep.equal(['d', 'c', 'a', 'b']);
  });

  it('when another card becomes the default, then the old default loses the flag first and the rest are written by card id', () => {
    const cards = [card('c1', 0, true), card('c2', 1), card('c3', 2)];
    const { order, defaultId } = orderWithDefault(cards, 'c3');
    expect(order).to.deep.equal(['c3', 'c1', 'c2']);
    expect(planCardOrder(cards, order, defaultId)).to.deep.equal([
      { id: 'c1', position: 1, isDefault: false },
      { id: 'c2', position: 2, isDefault: false },
      { id: 'c3', position: 0, isDefault: true },
    ]);
  });

  it('when the order is already in place, then nothing is written', () => {
    const cards = [card('c1', 0, true), card('c2', 1)];
    expect(planCardOrder(cards, ['c1', 'c2'], 'c1')).to.deep.equal([]);
  });

  it('when a card was removed, then the gap closes and the default stays', () => {
    const cards = [card('c1', 0, true), card('c3', 2), card('c4', 3)];
    expect(compactOrder(cards)).to.deep.equal({ order: ['c1', 'c3', 'c4'], defaultId: 'c1' });
    expect(planCardOrder(cards, ['c1', 'c3', 'c4'], 'c1')).to.deep.equal([
      { id: 'c3', position: 1, isDefault: false },
      { id: 'c4', position: 2, isDefault: false },
    ]);
  });

  it('when there is no default (only a card waiting for 3-D Secure), then none is made', () => {
    expect(compactOrder([card('c1', 4)])).to.deep.equal({ order: ['c1'], defaultId: null });
  });

  it('when the order misses, repeats or invents a card, or the default is not first, then it is refused', () => {
    const cards = [card('c1', 0, true), card('c2', 1)];
    expect(() => planCardOrder(cards, ['c1'], 'c1')).to.throw(/every live card/);
    expect(() => planCardOrder(cards, ['c1', 'c1'], 'c1')).to.throw(/every live card/);
    expect(() => planCardOrder(cards, ['c1', 'x'], 'c1')).to.throw(/every live card/);
    expect(() => planCardOrder(cards, ['c1', 'c2'], 'c2')).to.throw(/first/);
  });

  it('when any state is given any new order, then the result is positions 0…n-1 in that order, one default first, and the writes depend only on the state', () => {
    const state = fc
      .uniqueArray(fc.integer({ min: 0, max: 50 }), { minLength: 1, maxLength: 8 })
      .chain((ids) =>
        fc.record({
          cards: fc.tuple(...ids.map((id) => fc.record({ id: fc.constant(`card_${id}`), position: fc.integer({ min: 0, max: 20 }), isDefault: fc.boolean(), createdAt: fc.constant('2026-11-23T12:00:00.000Z') }))),
          order: fc.shuffledSubarray(ids.map((id) => `card_${id}`), { minLength: ids.length, maxLength: ids.length }),
          withDefault: fc.boolean(),
        }),
      )
      // The database already holds at most one default.
      .map(({ cards, order, withDefault }) => ({ cards: cards.map((c, i) => ({ ...c, isDefault: c.isDefault && cards.findIndex((o) => o.isDefault) === i })), order, withDefault }));
    fc.assert(
      fc.property(state, ({ cards, order, withDefault }) => {
        const defaultId = withDefault ? order[0]! : null;
        const after = inChargeOrder(apply(cards, order, defaultId));
        expect(after.map((c) => c.id)).to.deep.equal(order);
        expect(after.map((c) => c.position)).to.deep.equal(order.map((_, i) => i));
        expect(after.filter((c) => c.isDefault).map((c) => c.id)).to.deep.equal(defaultId ? [defaultId] : []);
        expect(planCardOrder([...cards].reverse(), order, defaultId)).to.deep.equal(planCardOrder(cards, order, defaultId));
      }),
      { seed: 8, numRuns: 300 },
    );
  });
});
