export type ChargeSource = 'cards' | 'balance' | 'balance_then_cards';

export type Split = { ok: true; balance: number; card: number } | { ok: false };

/**
 * How much of `amount` the balance pays and how much the cards do. `balance` takes all of it or
 * nothing; `balance_then_cards` takes what the balance holds and leaves the rest to the cards,
 * but never a card part below the gateway's minimum charge (the balance then pays less).
 */
export function splitCharge(amount: number, available: number, source: ChargeSource, minimumCardAmount: number): Split {
  if (source === 'cards') return { ok: true, balance: 0, card: amount };
  if (source === 'balance') return available >= amount ? { ok: true, balance: amount, card: 0 } : { ok: false };
  let balance = Math.min(Math.max(available, 0), amount);
  if (amount - balance > 0 && amount - balance < minimumCardAmount) balance = Math.max(0, amount - minimumCardAmount);
  return { ok: true, balance, card: amount - balance };
}
