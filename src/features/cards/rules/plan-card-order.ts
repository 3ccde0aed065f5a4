/** What the order rules need to know of a live card. */
export interface PlacedCard {
  id: string;
  isDefault: boolean;
  position: number;
  createdAt: string;
}

/** One row's new place. */
export interface PlacementChange {
  id: string;
  position: number;
  isDefault: boolean;
}

/** Charge order: the default first, then by position; created_at and id break ties, so the order
 * is the same whichever database or request reads it. */
export function inChargeOrder<T extends PlacedCard>(cards: readonly T[]): T[] {
  return [...cards].sort(
    (a, b) =>
      Number(b.isDefault) - Number(a.isDefault) ||
      a.position - b.position ||
      (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/**
 * The writes that give the live cards `order` (every live card once) as positions 0…n-1, with
 * `defaultId` (which must be first in `order`) the one default, or none. Only rows that change are
 * written. The row that loses the default is written before the row that gains it, because the
 * database allows one default per account at every statement; the rest follow by card id, so the
 * order of writes depends only on the state, never on what the caller sent.
 */
export function planCardOrder(cards: readonly PlacedCard[], order: readonly string[], defaultId: string | null): PlacementChange[] {
  if (defaultId !== null && order[0] !== defaultId) throw new Error('the default card must come first in charge order');
  const byId = new Map(cards.map((card) => [card.id, card]));
  if (order.length !== cards.length || new Set(order).size !== order.length || order.some((id) => !byId.has(id))) {
    throw new Error('the order must name every live card exactly once');
  }
  const changes = order
    .map((id, position) => ({ id, position, isDefault: id === defaultId }))
    .filter((change) => {
      const card = byId.get(change.id)!;
      return card.position !== change.position || card.isDefault !== change.isDefault;
    });
  const losesDefault = (change: PlacementChange) => byId.get(change.id)!.isDefault && !change.isDefault;
  const byCardId = (a: PlacementChange, b: PlacementChange) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return [...changes.filter(losesDefault).sort(byCardId), ...changes.filter((change) => !losesDefault(change)).sort(byCardId)];
}

/** The order that keeps the current default and the current sequence, closing the gaps a removed
 * card leaves (or putting a card that just became the default first). */
export function compactOrder(cards: readonly PlacedCard[]): { order: string[]; defaultId: string | null } {
  const ordered = inChargeOrder(cards);
  return { order: ordered.map((card) => card.id), defaultId: ordered.find((card) => card.isDefault)?.id ?? null };
}

/** `cardId` first and the default; the others keep their sequence. */
export function orderWithDefault(cards: readonly PlacedCard[], cardId: string): { order: string[]; defaultId: string } {
  const rest = inChargeOrder(cards).filter((card) => card.id !== cardId);
  return { order: [cardId, ...rest.map((card) => card.id)], defaultId: cardId };
}
